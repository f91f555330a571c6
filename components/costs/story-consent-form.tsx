"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordStoryConsentAction } from "@/app/(staff)/dossiers/[caseId]/baten/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

/** The client's consent to use their story without a name; unticking it records the withdrawal. */
export function StoryConsentForm({ caseId, givenOn }: { caseId: string; givenOn: string | null }) {
  const t = useTranslations("benefitsPanel");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { pending, error, run } = useResultAction(recordStoryConsentAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const given = new FormData(event.currentTarget).get("storyConsent") === "on";
    run({ caseId, given }, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2 border-t border-slate-300 pt-3">
      <h3 className="font-semibold">{t("storyTitle")}</h3>
      <p className="text-sm text-slate-700">{t("storyExplained")}</p>
      <p>{givenOn ? t("storyGiven", { date: givenOn }) : t("storyNone")}</p>
      <FormAlert id="story-consent-error" message={error} />
      {/* The key re-creates the box when the consent changes, so it always shows what is stored. */}
      <label key={givenOn ?? "none"} className="flex items-center gap-2">
        <input type="checkbox" name="storyConsent" defaultChecked={givenOn !== null} className="h-5 w-5 shrink-0" />
        {t("storyConsent")}
      </label>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("storySave")}
      </button>
      <p aria-live="polite" className="text-sm">
        {saved && t("storySaved")}
      </p>
    </form>
  );
}
