"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { recordStoryConsentAction } from "@/app/(staff)/dossiers/[caseId]/baten/actions";
import { Choice } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/** The client's consent to use their story without a name; unticking it records the withdrawal. */
export function StoryConsentForm({ caseId, givenOn }: { caseId: string; givenOn: string | null }) {
  const t = useTranslations("benefitsPanel");
  const router = useRouter();
  const form = useFormAction(recordStoryConsentAction, { onSuccess: () => router.refresh() });
  const saved = form.state.status === "ok";

  return (
    <form {...form.props} className="space-y-2 border-t border-slate-300 pt-3">
      <input type="hidden" name="caseId" value={caseId} />
      <h3 className="font-semibold">{t("storyTitle")}</h3>
      <p className="text-sm text-slate-700">{t("storyExplained")}</p>
      <p>{givenOn ? t("storyGiven", { date: givenOn }) : t("storyNone")}</p>
      <FormAlert id="story-consent-error" message={form.error} />
      {/* The key re-creates the box when the consent changes, so it always shows what is stored. */}
      <Choice
        key={givenOn ?? "none"}
        type="checkbox"
        name="given"
        defaultChecked={givenOn !== null}
        label={t("storyConsent")}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("storySave")}
      </SubmitButton>
      <p aria-live="polite" className="text-sm">
        {saved && t("storySaved")}
      </p>
    </form>
  );
}
