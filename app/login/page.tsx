import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { LanguageSwitch } from "@/components/language-switch";
import { LoginForm } from "@/components/login-form";
import { homePath } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; wachtwoord?: string | string[] }>;
}) {
  const actor = await currentActor();
  if (actor) redirect(homePath(actor.roles));
  const { callbackUrl, wachtwoord } = await searchParams;
  const t = await getTranslations();
  return (
    <ClientTexts namespaces={["app", "login"]}>
      <main id="inhoud" tabIndex={-1} className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
        <div className="mb-6 flex items-center justify-between">
          <p className="text-2xl font-bold text-brand-800">{t("app.name")}</p>
          <LanguageSwitch />
        </div>
        <p className="mb-6 text-slate-700">{t("app.tagline")}</p>
        <h1 className="mb-2 text-3xl font-bold">{t("login.title")}</h1>
        <p className="mb-6 text-slate-700">{t("login.intro")}</p>
        {wachtwoord === "ingesteld" && (
          <p role="status" className="mb-6 rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("setPassword.done")}
          </p>
        )}
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </main>
    </ClientTexts>
  );
}
