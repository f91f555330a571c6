import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { LanguageSwitch } from "@/components/language-switch";
import { SetPasswordForm } from "@/components/onboarding/set-password-form";
import { describeOneTimeLink } from "@/lib/auth/set-password-with-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setPassword");
  // The link's secret is in the address: no search engine. Other sites never see the path either
  // (the app's Referrer-Policy); "no-referrer" here would make the form's POST come from origin "null".
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SetPasswordPage({ params }: { params: Promise<{ linkSecret: string }> }) {
  const { linkSecret } = await params;
  const link = await describeOneTimeLink(linkSecret);
  const t = await getTranslations();
  return (
    <ClientTexts namespaces={["app", "setPassword"]}>
      <main id="inhoud" tabIndex={-1} className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
        <div className="mb-6 flex items-center justify-between">
          <p className="text-2xl font-bold text-brand-800">{t("app.name")}</p>
          <LanguageSwitch />
        </div>
        {link ? (
          <>
            <h1 className="mb-2 text-3xl font-bold">
              {link.purpose === "INVITATION" ? t("setPassword.welcome", { name: link.name }) : t("setPassword.title")}
            </h1>
            <p className="mb-6 text-slate-700">{t("setPassword.intro", { email: link.email })}</p>
            <SetPasswordForm linkSecret={linkSecret} email={link.email} />
          </>
        ) : (
          <>
            <h1 className="mb-2 text-3xl font-bold">{t("setPassword.unusableTitle")}</h1>
            <p className="mb-6 text-slate-700">{t("setPassword.unusableText")}</p>
            <Link href="/login" className="font-semibold text-brand-800 underline">
              {t("setPassword.toLogin")}
            </Link>
          </>
        )}
      </main>
    </ClientTexts>
  );
}
