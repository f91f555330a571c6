"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { createPartnerLinkAction, revokePartnerLinkAction } from "@/app/(staff)/sociale-kaart/[partnerId]/link-actions";
import { SelectField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

/** A new link for this partner; after it is made, its full address is shown here, once. */
export function CreatePartnerLinkForm({
  partnerId,
  locations,
  submissionId,
}: {
  partnerId: string;
  locations: { id: string; name: string }[];
  submissionId: string;
}) {
  const t = useTranslations("partnerLinks");
  const form = useFormAction(createPartnerLinkAction, { submissionId });
  const created = form.state.status === "ok" ? form.state.value : null;
  return (
    <div className="space-y-4">
      {created && (
        <div role="status" className="rounded border border-green-700 bg-green-50 p-3">
          <h3 className="font-semibold">{t("createdHeading")}</h3>
          <p id="partner-link-created-text" className="mb-2">
            {t("createdText")}
          </p>
          <TextField
            label={t("createdField")}
            readOnly
            value={created.url}
            dir="ltr"
            aria-describedby="partner-link-created-text"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
      <form {...form.props} className="space-y-3">
        <h3 className="text-lg font-semibold">{t("createHeading")}</h3>
        <FormAlert id="partner-link-error" message={form.error} />
        {form.submissionField}
        <input type="hidden" name="partnerId" value={partnerId} />
        <TextField
          {...form.field("label")}
          label={t("label")}
          hint={t("labelHint")}
          maxLength={100}
          autoComplete="off"
        />
        <SelectField {...form.field("locationId")} label={t("location")}>
          <option value="">{t("chooseLocation")}</option>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={form.pending}>{form.pending ? t("creating") : t("create")}</SubmitButton>
      </form>
    </div>
  );
}

export function RevokePartnerLinkButton({ linkId, label }: { linkId: string; label: string }) {
  const t = useTranslations("partnerLinks");
  const form = useFormAction(revokePartnerLinkAction);
  return (
    <form {...form.props}>
      <input type="hidden" name="linkId" value={linkId} />
      <button
        type="submit"
        disabled={form.pending}
        aria-label={t("revokeLabel", { label })}
        className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {t("revoke")}
      </button>
      {form.error && (
        <span role="alert" className="block text-sm text-red-800">
          {form.error}
        </span>
      )}
    </form>
  );
}
