import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { LanguageSwitch } from "@/components/language-switch";
import { PasswordResetForm } from "@/components/password-reset-form";
import { mailConfigured } from "@/lib/mail/send-mail";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("title") };
}

/** Public, like the login: whoever forgot their password is not logged in. */
export default async function ForgottenPasswordPage() {
  const t = await getTranslations();
  return (
    <ClientTexts namespaces={["app", "passwordReset"]}>
      <main id="inhoud" tabIndex={-1} className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
        <div className="mb-6 flex items-center justify-between">
          <p className="text-2xl font-bold text-brand-800">{t("app.name")}</p>
          <LanguageSwitch />
        </div>
        <h1 className="mb-2 text-3xl font-bold">{t("passwordReset.title")}</h1>
        {mailConfigured() ? (
          <>
            <p className="mb-6 text-slate-700">{t("passwordReset.intro")}</p>
            <PasswordResetForm />
          </>
        ) : (
          <>
            <p className="mb-6 text-slate-700">{t("passwordReset.noMail")}</p>
            <Link href="/login" className="text-brand-800 underline">
              {t("passwordReset.backToLogin")}
            </Link>
          </>
        )}
      </main>
    </ClientTexts>
  );
}
