import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AppShell } from "@/components/app-shell";
import { ClientTexts } from "@/components/client-texts";
import { navigationFor } from "@/lib/auth/navigation";
import { homePath } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";

// The shell only; every page below authorises itself (layouts do not run for actions).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  const t = await getTranslations();
  const { roles } = await getStaffFormat();
  return (
    <ClientTexts namespaces={["app"]}>
      <AppShell
        appName={t("app.name")}
        homeHref={homePath(actor.roles)}
        navLabel={t("shell.mainNavigation")}
        nav={navigationFor(actor.roles).map((item) => ({ href: item.href, text: t(`nav.${item.label}`) }))}
        userLine={t("shell.loggedInAs", { name: actor.name })}
        roleLabel={roles(actor.roles, actor.advisorKind, "comma")}
      >
        {children}
      </AppShell>
    </ClientTexts>
  );
}
