"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { openDossierAction } from "@/app/(staff)/dossiers/actions";
import { Choice, TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { LegalDomainSelect, type DomainGroup } from "./legal-domain-select";
import { SubmitButton } from "@/components/form/submit-button";

/** On success the action leads to the new dossier. */
export function OpenDossierForm({
  visitId,
  domains,
  defaultDomainId,
  submissionId,
}: {
  visitId: string;
  domains: DomainGroup[];
  defaultDomainId?: string;
  submissionId: string;
}) {
  const t = useTranslations("caseForms");
  const form = useFormAction(openDossierAction, { submissionId });

  return (
    <form
      {...form.props}
      className="max-w-2xl space-y-5"
      aria-describedby={form.error ? "open-dossier-error" : undefined}
    >
      <input type="hidden" name="visitId" value={visitId} />
      {form.submissionField}
      <FormAlert id="open-dossier-error" message={form.error} />
      <TextareaField id="question" label={t("question")} rows={4} {...form.field("question")} />
      <LegalDomainSelect
        domains={domains}
        defaultDomainId={form.sent("legalDomainId") ?? defaultDomainId}
        error={form.fieldError("legalDomainId")}
      />
      <Choice type="checkbox" name="consent" label={t("consent")} error={form.fieldError("consent")} />
      <SubmitButton pending={form.pending} size="large">
        {t("openDossier")}
      </SubmitButton>
    </form>
  );
}
