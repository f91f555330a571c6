"use client";

import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";

export function LanguageSwitch() {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: "nl" | "en") =>
    startTransition(async () => {
      const result = await setLocaleAction(next);
      if (result.ok) router.refresh();
    });
  return (
    <div role="group" aria-label={t("language")} className="flex gap-1 text-sm">
      {(["nl", "en"] as const).map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          disabled={pending}
          aria-pressed={locale === option}
          onClick={() => choose(option)}
          className="rounded px-2 py-1 underline-offset-2 hover:underline aria-pressed:bg-brand-100 aria-pressed:font-semibold aria-pressed:text-brand-900"
        >
          {option === "nl" ? t("languageNl") : t("languageEn")}
        </button>
      ))}
    </div>
  );
}
