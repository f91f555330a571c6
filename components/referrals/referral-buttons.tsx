"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import {
  markFeedbackGivenAction,
  requestFeedbackAction,
  updateReferralStatusAction,
} from "@/app/(staff)/dossiers/referrals-actions";
import { Choice } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const buttonClass = "rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60";

function InlineError({ message }: { message: string | null }) {
  return message ? (
    <span role="alert" className="block text-sm text-red-800">
      {message}
    </span>
  ) : null;
}

/** The next steps of the referral flow; `from` is the status on screen, so a stale click is refused. */
export function ReferralStatusButtons({
  referralId,
  from,
  next,
}: {
  referralId: string;
  from: string;
  next: { value: string; label: string }[];
}) {
  const router = useRouter();
  const form = useFormAction(updateReferralStatusAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="mt-2">
      <input type="hidden" name="referralId" value={referralId} />
      <input type="hidden" name="from" value={from} />
      <div className="flex flex-wrap gap-2">
        {next.map((status) => (
          <button
            key={status.value}
            type="submit"
            name="to"
            value={status.value}
            disabled={form.pending}
            className={buttonClass}
          >
            {status.label}
          </button>
        ))}
      </div>
      <InlineError message={form.error} />
    </form>
  );
}

export function MarkFeedbackGivenButton({ referralId, label }: { referralId: string; label: string }) {
  const router = useRouter();
  const form = useFormAction(markFeedbackGivenAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="contents">
      <input type="hidden" name="referralId" value={referralId} />
      <button type="submit" disabled={form.pending} className={buttonClass}>
        {label}
      </button>
      <InlineError message={form.error} />
    </form>
  );
}

export function RequestFeedbackForm({ referralId, partnerName }: { referralId: string; partnerName: string }) {
  const t = useTranslations("referrals");
  const router = useRouter();
  const form = useFormAction(requestFeedbackAction, { onSuccess: () => router.refresh() });
  const errorId = `request-feedback-error-${referralId}`;

  return (
    <form {...form.props} className="mt-2 space-y-2">
      <input type="hidden" name="referralId" value={referralId} />
      <FormAlert id={errorId} message={form.error} />
      <Choice
        type="checkbox"
        name="consent"
        label={t("requestFeedbackConsent", { partner: partnerName })}
        className="text-sm"
      />
      <button type="submit" disabled={form.pending} className={buttonClass}>
        {t("requestFeedback")}
      </button>
    </form>
  );
}
