"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function LoginForm() {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      // The server validates (zod) and answers in Dutch; the form only shows what it says.
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (result?.ok && !result.error) {
        router.replace("/");
        router.refresh();
        return;
      }
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("unexpected"));
    } catch {
      setError(t("unexpected"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <div aria-live="assertive">
        {error && (
          <p id="login-error" role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
            {error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={error ? true : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={error ? true : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
