"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId } from "react";
import {
  approveLetterAction,
  returnLetterAction,
  reviseLetterAction,
  setLetterReviewAction,
} from "@/app/(staff)/dossiers/letters-actions";
import { Choice, TextareaField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

type Review = { reviewId: string; version: number; title: string };

function ReviewFields({ reviewId, version }: Review) {
  return (
    <>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** The supervising professional's yes: the letter loses its CONCEPT mark. */
export function ApproveLetterForm(review: Review) {
  const t = useTranslations("letterReview");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(approveLetterAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props}>
      <ReviewFields {...review} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <SubmitButton pending={form.pending}>
        {t("approve")}
        <span className="sr-only">: {review.title}</span>
      </SubmitButton>
    </form>
  );
}

/** Back to the volunteer with what should change. */
export function ReturnLetterForm(review: Review) {
  const t = useTranslations("letterReview");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(returnLetterAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} aria-label={t("returnNamed", { title: review.title })} className="space-y-2">
      <ReviewFields {...review} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <TextareaField label={t("comment")} hint={t("commentHint")} rows={4} {...form.field("comment")} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("return")}
      </SubmitButton>
    </form>
  );
}

/** The volunteer's revision of a returned letter: sent for review again. */
export function ReviseLetterForm({ text, ...review }: Review & { text: string }) {
  const t = useTranslations("letterReview");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(reviseLetterAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} aria-label={t("reviseNamed", { title: review.title })} className="space-y-2">
      <ReviewFields {...review} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <TextareaField
        label={t("revisedText")}
        lang="nl"
        rows={20}
        className="[&_textarea]:font-[Arial,Helvetica,sans-serif]"
        {...form.field("text", text)}
      />
      <SubmitButton pending={form.pending}>{t("resubmit")}</SubmitButton>
    </form>
  );
}

/** The coordinator's setting: volunteers' letters wait for their supervisor, or not. */
export function LetterReviewSettingForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("letterReview");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(setLetterReviewAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="space-y-3">
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("settingSaved")}
          </p>
        )}
      </div>
      <Choice
        type="checkbox"
        name="reviewVolunteerLetters"
        label={t("settingLabel")}
        hint={t("settingHint")}
        defaultChecked={enabled}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("settingSave")}
      </SubmitButton>
    </form>
  );
}
