"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { correctClientDetailsAction } from "@/app/(staff)/dossiers/actions";
import { Choice, SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

type Client = {
  displayName: string;
  phone: string | null;
  email: string | null;
  birthYear: number | null;
  postcodeArea: string | null;
  preferredLanguage: string;
  needsInterpreter: boolean;
  heardVia: string | null;
};

/** The client's details as they should be now, corrected from their dossier. */
export function ClientDetailsForm({
  caseId,
  client,
  languages,
  channels,
}: {
  caseId: string;
  client: Client;
  languages: { value: string; label: string }[];
  /** The answers to "how did the client hear of the hour?" (lib/desk/schema.ts HEARD_VIA). */
  channels: { value: string; label: string }[];
}) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const form = useFormAction(correctClientDetailsAction, { onSuccess: () => router.refresh() });
  const refused = form.state.status === "refused";

  return (
    <>
      <h3 className="mt-4 font-semibold">{t("clientDetailsTitle")}</h3>
      <form {...form.props} className="mt-3 space-y-3">
        <input type="hidden" name="caseId" value={caseId} />
        <FormAlert id="client-details-error" message={form.error} />
        <TextField label={t("clientName")} autoComplete="off" {...form.field("displayName", client.displayName)} />
        <TextField type="tel" label={t("clientPhone")} autoComplete="off" {...form.field("phone", client.phone)} />
        <TextField type="email" label={t("clientEmail")} autoComplete="off" {...form.field("email", client.email)} />
        <TextField
          label={t("clientBirthYear")}
          inputMode="numeric"
          autoComplete="off"
          {...form.field("birthYear", client.birthYear)}
        />
        <TextField
          label={t("clientPostcodeArea")}
          inputMode="numeric"
          autoComplete="off"
          {...form.field("postcodeArea", client.postcodeArea)}
        />
        <SelectField label={t("clientLanguage")} {...form.field("preferredLanguage", client.preferredLanguage)}>
          {languages.map((language) => (
            <option key={language.value} value={language.value}>
              {language.label}
            </option>
          ))}
        </SelectField>
        <Choice
          type="checkbox"
          name="needsInterpreter"
          label={t("clientInterpreter")}
          defaultChecked={refused ? form.sent("needsInterpreter") === "on" : client.needsInterpreter}
        />
        <SelectField label={t("clientHeardVia")} {...form.field("heardVia", client.heardVia ?? "")}>
          <option value="">{t("clientHeardViaNotAsked")}</option>
          {channels.map((channel) => (
            <option key={channel.value} value={channel.value}>
              {channel.label}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={form.pending} variant="secondary">
          {t("saveClientDetails")}
        </SubmitButton>
        <p role="status" className="font-medium text-green-800">
          {form.state.status === "ok" ? t("clientDetailsSaved") : null}
        </p>
      </form>
    </>
  );
}
