"use client";

import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { logInAction } from "@/app/login/actions";
import { TextField } from "@/components/form/field";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/**
 * Logs in with or without scripts: the server action checks the password and sets the session
 * cookie, then goes to `callbackUrl` (a path of this site) or the role's home. The server
 * validates (zod) and answers in Dutch; the form only shows what it says.
 */
export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("login");
  const form = useFormAction(logInAction);
  const error = form.error;

  return (
    <form {...form.props} className="space-y-4" aria-describedby={error ? "login-error" : undefined}>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div aria-live="assertive">
        {error && (
          <p id="login-error" role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
            {error}
          </p>
        )}
      </div>
      {/* The refusal never says which of the two was wrong, so both are marked. */}
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        defaultValue={form.sent("email")}
        aria-invalid={error ? true : undefined}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        aria-invalid={error ? true : undefined}
      />
      <SubmitButton pending={form.pending} className="w-full">
        {form.pending ? t("submitting") : t("submit")}
      </SubmitButton>
      <p>
        <Link href="/wachtwoord-vergeten" className="text-brand-800 underline">
          {t("forgotPassword")}
        </Link>
      </p>
    </form>
  );
}
