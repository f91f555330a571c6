"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordIncomingReferralAction } from "@/app/(staff)/dossiers/referrals-actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import type { PartnerChoice } from "./refer-out-form";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

/** Who sent the client, when the desk did not record it; feedback to them only with the client's consent. */
export function IncomingReferralForm({ caseId, partners }: { caseId: string; partners: PartnerChoice[] }) {
  const t = useTranslations("referrals");
  const router = useRouter();
  const [ticked, setWantsFeedback] = useState<boolean | null>(null);
  const form = useFormAction(recordIncomingReferralAction, {
    onSuccess: (_, element) => {
      element?.reset();
      setWantsFeedback(false);
      router.refresh();
    },
  });
  const fieldError = form.fieldError;
  // Without scripts the consent box comes with the page that answers the post.
  const wantsFeedback = ticked ?? form.sent("feedbackRequested") === "on";
  const nothingRecorded = form.state.status === "ok" && form.state.value.referralId === null;

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      <h3 className="font-semibold">{t("incomingFormTitle")}</h3>
      <FormAlert id="incoming-error" message={form.error} />
      <div>
        <label htmlFor="incoming-partner" className="block font-medium">
          {t("referrer")}
        </label>
        <select
          id="incoming-partner"
          name="partnerId"
          defaultValue={form.sent("partnerId") ?? ""}
          className={fieldClass}
        >
          <option value="">{t("ownInitiative")}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="feedbackRequested"
          defaultChecked={form.sent("feedbackRequested") === "on"}
          onChange={(event) => setWantsFeedback(event.currentTarget.checked)}
          className="mt-1 h-5 w-5"
        />
        {t("feedbackRequested")}
      </label>
      {wantsFeedback && (
        <div>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="consent"
              {...fieldErrorProps("incoming-consent-error", fieldError("consent"))}
              className="mt-1 h-5 w-5"
            />
            {t("consentToFeedback")}
          </label>
          <p id="incoming-consent-error" className="text-sm font-medium text-red-800">
            {fieldError("consent")}
          </p>
        </div>
      )}
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("recordIncoming")}
      </button>
      <div aria-live="polite">{nothingRecorded && <p role="status">{t("nothingRecorded")}</p>}</div>
    </form>
  );
}
