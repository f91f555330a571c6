"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { referOutAction } from "@/app/(staff)/dossiers/referrals-actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

export type PartnerChoice = { id: string; name: string };

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

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
  const fieldError = form.fieldError;
  // Without scripts the warm handover's fields come with the page that answers the post.
  const handover = chosenHandover ?? form.sent("handover") ?? null;

  return (
    <form {...form.props} className="space-y-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 className="font-semibold">{t("referOutTitle")}</h3>
      <FormAlert id="refer-out-error" message={form.error} />
      <div>
        <label htmlFor="referral-partner" className="block font-medium">
          {t("partner")}
        </label>
        <select
          id="referral-partner"
          name="partnerId"
          defaultValue={form.sent("partnerId") ?? ""}
          {...fieldErrorProps("referral-partner-error", fieldError("partnerId"))}
          className={fieldClass}
        >
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
        </select>
        <FieldError id="referral-partner-error" message={fieldError("partnerId")} />
      </div>
      <div>
        <label htmlFor="referral-reason" className="block font-medium">
          {t("reasonField")}
        </label>
        <p id="referral-reason-hint" className="text-sm text-slate-700">
          {t("reasonHint")}
        </p>
        <textarea
          id="referral-reason"
          name="reason"
          rows={2}
          defaultValue={form.sent("reason")}
          {...fieldErrorProps("referral-reason-error", fieldError("reason"), "referral-reason-hint")}
          className={fieldClass}
        />
        <FieldError id="referral-reason-error" message={fieldError("reason")} />
      </div>
      <fieldset aria-describedby="referral-handover-error">
        <legend className="font-medium">{t("handoverField")}</legend>
        {(["WARM", "INFORMATION_ONLY"] as const).map((value) => (
          <label key={value} className="mt-2 flex items-center gap-2">
            <input
              type="radio"
              name="handover"
              value={value}
              defaultChecked={form.sent("handover") === value}
              onChange={() => setHandover(value)}
              className="h-5 w-5"
            />
            {value === "WARM" ? t("handoverWarm") : t("handoverInformation")}
          </label>
        ))}
        <FieldError id="referral-handover-error" message={fieldError("handover")} />
      </fieldset>
      {handover === "WARM" && (
        <div className="space-y-3 rounded border-l-4 border-brand-700 pl-3">
          <div>
            <label htmlFor="referral-shared" className="block font-medium">
              {t("sharedInformation")}
            </label>
            <textarea
              id="referral-shared"
              name="sharedInformation"
              rows={2}
              defaultValue={form.sent("sharedInformation")}
              {...fieldErrorProps("referral-shared-error", fieldError("sharedInformation"))}
              className={fieldClass}
            />
            <FieldError id="referral-shared-error" message={fieldError("sharedInformation")} />
          </div>
          <div>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="consent"
                {...fieldErrorProps("referral-consent-error", fieldError("consent"))}
                className="mt-1 h-5 w-5"
              />
              {t("consentToShare")}
            </label>
            <FieldError id="referral-consent-error" message={fieldError("consent")} />
          </div>
        </div>
      )}
      <div>
        <label htmlFor="referral-follow-up" className="block font-medium">
          {t("followUpOn")}
        </label>
        <input
          id="referral-follow-up"
          name="followUpOn"
          type="date"
          min={today}
          defaultValue={form.sent("followUpOn")}
          {...fieldErrorProps("referral-follow-up-error", fieldError("followUpOn"))}
          className={fieldClass}
        />
        <FieldError id="referral-follow-up-error" message={fieldError("followUpOn")} />
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("referOut")}
      </button>
    </form>
  );
}
