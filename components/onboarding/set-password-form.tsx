"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { setPasswordWithLinkAction } from "@/app/wachtwoord/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

/** A new password, twice; the policy is said before typing, not only after a refusal. */
export function SetPasswordForm({ linkSecret, email }: { linkSecret: string; email: string }) {
  const t = useTranslations("setPassword");
  const form = useFormAction(setPasswordWithLinkAction);
  return (
    <form {...form.props} className="space-y-4">
      <FormAlert id="set-password-error" message={form.error} />
      <input type="hidden" name="linkSecret" value={linkSecret} />
      {/* Lets a password manager store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        {...form.field("password")}
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
      />
      <TextField
        {...form.field("passwordRepeat")}
        type="password"
        label={t("passwordRepeat")}
        autoComplete="new-password"
      />
      <SubmitButton pending={form.pending} className="w-full">
        {form.pending ? t("submitting") : t("submit")}
      </SubmitButton>
    </form>
  );
}
