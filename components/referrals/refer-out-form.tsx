"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { referOutAction } from "@/app/(staff)/dossiers/referrals-actions";
import { Choice, ChoiceGroup, SelectField, TextareaField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

export type PartnerChoice = { id: string; name: string };

/** Partners that work on the dossier's legal domain come first; a warm handover asks for consent and its scope. */
export function ReferOutForm({
  caseId,
  suggested,
  others,
  today,
  submissionId,
}: {
  caseId: string;
  suggested: PartnerChoice[];
  others: PartnerChoice[];
  today: string;
  submissionId: string;
}) {
  const t = useTranslations("referrals");
  const router = useRouter();
  const [chosenHandover, setHandover] = useState<string | null>(null);
  const form = useFormAction(referOutAction, {
    submissionId,
    onSuccess: (_, element) => {
      element?.reset();
      setHandover(null);
      router.refresh();
    },
  });
  // Without scripts the warm handover's fields come with the page that answers the post.
  const handover = chosenHandover ?? form.sent("handover") ?? null;

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 className="font-semibold">{t("referOutTitle")}</h3>
      <FormAlert id="refer-out-error" message={form.error} />
      <SelectField id="referral-partner" label={t("partner")} {...form.field("partnerId", "")}>
        <option value="">{t("choosePartner")}</option>
        {suggested.length > 0 && (
          <optgroup label={t("suggestedGroup")}>
            {suggested.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t("otherGroup")}>
          {others.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <TextareaField
        id="referral-reason"
        label={t("reasonField")}
        hint={t("reasonHint")}
        rows={2}
        {...form.field("reason")}
      />
      <ChoiceGroup legend={t("handoverField")} error={form.fieldError("handover")}>
        {(["WARM", "INFORMATION_ONLY"] as const).map((value) => (
          <Choice
            key={value}
            type="radio"
            name="handover"
            value={value}
            defaultChecked={form.sent("handover") === value}
            onChange={() => setHandover(value)}
            label={value === "WARM" ? t("handoverWarm") : t("handoverInformation")}
            className="mt-2"
          />
        ))}
      </ChoiceGroup>
      {handover === "WARM" && (
        <div className="space-y-3 rounded border-l-4 border-brand-700 pl-3">
          <TextareaField
            id="referral-shared"
            label={t("sharedInformation")}
            rows={2}
            {...form.field("sharedInformation")}
          />
          <Choice type="checkbox" name="consent" label={t("consentToShare")} error={form.fieldError("consent")} />
        </div>
      )}
      <TextField
        id="referral-follow-up"
        type="date"
        min={today}
        label={t("followUpOn")}
        {...form.field("followUpOn")}
      />
      <SubmitButton pending={form.pending}>{t("referOut")}</SubmitButton>
    </form>
  );
}
