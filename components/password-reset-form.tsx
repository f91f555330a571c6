"use client";

import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { requestPasswordResetAction } from "@/app/wachtwoord-vergeten/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

/**
 * Asks the address a reset link goes to. The answer after a send is the same whether the address
 * is known or not, so the page says only what happens if it is.
 */
export function PasswordResetForm() {
  const t = useTranslations("passwordReset");
  const form = useFormAction(requestPasswordResetAction);

  if (form.state.status === "ok")
    return (
      <div className="space-y-4">
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("sent")}
        </p>
        <Link href="/login" className="inline-block text-brand-800 underline">
          {t("backToLogin")}
        </Link>
      </div>
    );

  const emailError = form.fieldError("email");
  return (
    <form {...form.props} className="space-y-4">
      {/* A field's own refusal is said next to it; only another one (no mail) needs the alert. */}
      <FormAlert id="password-reset-error" message={emailError ? null : form.error} />
      <TextField id="email" type="email" label={t("email")} autoComplete="username" {...form.field("email")} />
      <SubmitButton pending={form.pending} className="w-full">
        {form.pending ? t("submitting") : t("submit")}
      </SubmitButton>
    </form>
  );
}
