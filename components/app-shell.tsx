import Link from "next/link";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { NavLinks } from "./nav-links";

type Props = {
  appName: string;
  homeHref: string;
  navLabel: string;
  nav: { href: string; text: string }[];
  userLine: string;
  roleLabel: string;
  children: React.ReactNode;
};

export function AppShell({ appName, homeHref, navLabel, nav, userLine, roleLabel, children }: Props) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-4">
            <Link href={homeHref} className="text-xl font-bold text-brand-800">
              {appName}
            </Link>
            <NavLinks items={nav} label={navLabel} />
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <p>
              <span className="font-medium">{userLine}</span> <span className="text-slate-600">({roleLabel})</span>
            </p>
            <LanguageSwitch />
            <LogoutButton />
          </div>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
