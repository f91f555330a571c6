"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { markFeedbackGivenAction } from "@/app/(staff)/dossiers/referrals-actions";
import { TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const buttonClass = "rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60";

/**
 * Feedback to a worker who referred through a partner's link: the advisor writes it here and it is
 * mailed to them; the label says about whom and to which address it goes. The second button marks
 * it given without a mail, for feedback given another way (by phone, or while the mail is off).
 */
export function MailFeedbackForm({
  referralId,
  client,
  referrer,
}: {
  referralId: string;
  client: string;
  referrer: { name: string; email: string };
}) {
  const t = useTranslations("partnerLinks");
  const router = useRouter();
  const form = useFormAction(markFeedbackGivenAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="min-w-64 space-y-2">
      <input type="hidden" name="referralId" value={referralId} />
      <FormAlert id={`mail-feedback-error-${referralId}`} message={form.error} />
      <TextareaField
        {...form.field("feedback")}
        label={t("feedbackText", { client, worker: referrer.name, email: referrer.email })}
        hint={t("feedbackHint")}
        rows={4}
        maxLength={1000}
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {t("feedbackSend")}
        </button>
        <button
          type="submit"
          name="givenOtherwise"
          value="true"
          disabled={form.pending}
          aria-label={t("feedbackOtherwiseLabel", { client, worker: referrer.name })}
          className={buttonClass}
        >
          {t("feedbackOtherwise")}
        </button>
      </div>
    </form>
  );
}
