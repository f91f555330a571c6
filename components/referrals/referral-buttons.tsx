"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { markFeedbackGivenAction, requestFeedbackAction, updateReferralStatusAction } from "@/app/(staff)/dossiers/referrals-actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

const buttonClass = "rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60";

function InlineError({ message }: { message: string | null }) {
  return message ? (
    <span role="alert" className="block text-sm text-red-800">
      {message}
    </span>
  ) : null;
}

/** The next steps of the referral flow; `from` is the status on screen, so a stale click is refused. */
export function ReferralStatusButtons({ referralId, from, next }: { referralId: string; from: string; next: { value: string; label: string }[] }) {
  const router = useRouter();
  const { pending, error, run } = useResultAction(updateReferralStatusAction);
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-2">
        {next.map((status) => (
          <button key={status.value} type="button" disabled={pending} onClick={() => run({ referralId, from, to: status.value }, () => router.refresh())} className={buttonClass}>
            {status.label}
          </button>
        ))}
      </div>
      <InlineError message={error} />
    </div>
  );
}

export function MarkFeedbackGivenButton({ referralId, label }: { referralId: string; label: string }) {
  const router = useRouter();
  const { pending, error, run } = useResultAction(markFeedbackGivenAction);
  return (
    <>
      <button type="button" disabled={pending} onClick={() => run({ referralId }, () => router.refresh())} className={buttonClass}>
        {label}
      </button>
      <InlineError message={error} />
    </>
  );
}

export function RequestFeedbackForm({ referralId, partnerName }: { referralId: string; partnerName: string }) {
  const t = useTranslations("referrals");
  const router = useRouter();
  const { pending, error, run } = useResultAction(requestFeedbackAction);
  const errorId = `request-feedback-error-${referralId}`;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ referralId, consent: form.get("consent") === "on" }, () => router.refresh());
  }

  return (
    <form onSubmit={submit} noValidate className="mt-2 space-y-2">
      <FormAlert id={errorId} message={error} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="consent" className="mt-0.5 h-5 w-5" />
        {t("requestFeedbackConsent", { partner: partnerName })}
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("requestFeedback")}
      </button>
    </form>
  );
}
