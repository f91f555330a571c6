import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/app-shell";
import { ClientTexts } from "@/components/client-texts";
import { NAVIGATION } from "@/lib/auth/navigation";
import { HOME_PATH } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";

// The shell only; every page below authorises itself (layouts do not run for actions).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  const t = await getTranslations();
  const { role } = await getStaffFormat();
  return (
    <ClientTexts namespaces={["app"]}>
      <AppShell
        appName={t("app.name")}
        homeHref={HOME_PATH[actor.role]}
        navLabel={t("shell.mainNavigation")}
        nav={NAVIGATION[actor.role].map((item) => ({ href: item.href, text: t(`nav.${item.label}`) }))}
        userLine={t("shell.loggedInAs", { name: actor.name })}
        roleLabel={role(actor.role, actor.advisorKind, "comma")}
      >
        {children}
      </AppShell>
    </ClientTexts>
  );
}
