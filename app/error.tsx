"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { DocumentTitle } from "@/components/document-title";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  const app = useTranslations("app");
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto max-w-xl px-4 py-16">
      <DocumentTitle title={`${t("title")} · ${app("name")}`} />
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-lg">{t("text")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </main>
  );
}
