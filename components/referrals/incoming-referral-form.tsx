"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordIncomingReferralAction } from "@/app/(staff)/dossiers/referrals-actions";
import { Choice, SelectField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import type { PartnerChoice } from "./refer-out-form";
import { SubmitButton } from "@/components/form/submit-button";

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
  // Without scripts the consent box comes with the page that answers the post.
  const wantsFeedback = ticked ?? form.sent("feedbackRequested") === "on";
  const nothingRecorded = form.state.status === "ok" && form.state.value.referralId === null;

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      <h3 className="font-semibold">{t("incomingFormTitle")}</h3>
      <FormAlert id="incoming-error" message={form.error} />
      <SelectField id="incoming-partner" label={t("referrer")} {...form.field("partnerId", "")}>
        <option value="">{t("ownInitiative")}</option>
        {partners.map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name}
          </option>
        ))}
      </SelectField>
      <Choice
        type="checkbox"
        name="feedbackRequested"
        label={t("feedbackRequested")}
        defaultChecked={form.sent("feedbackRequested") === "on"}
        onChange={(event) => setWantsFeedback(event.currentTarget.checked)}
      />
      {wantsFeedback && (
        <Choice type="checkbox" name="consent" label={t("consentToFeedback")} error={form.fieldError("consent")} />
      )}
      <SubmitButton pending={form.pending} variant="secondary">
        {t("recordIncoming")}
      </SubmitButton>
      <div aria-live="polite">{nothingRecorded && <p role="status">{t("nothingRecorded")}</p>}</div>
    </form>
  );
}
