"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { logQuickContactAction } from "@/app/(staff)/dossiers/actions";
import { ChoiceGroup, ChoiceTiles } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { LegalDomainSelect, type DomainGroup } from "./legal-domain-select";
import { SubmitButton } from "@/components/form/submit-button";

type Option = { value: string; label: string };

/** On success the action leads back to the desk. */
export function QuickContactForm({
  visitId,
  domains,
  defaultDomainId,
  actions,
  outcomes,
  submissionId,
}: {
  visitId: string;
  domains: DomainGroup[];
  defaultDomainId?: string;
  actions: Option[];
  outcomes: Option[];
  submissionId: string;
}) {
  const t = useTranslations("quickContact");
  const forms = useTranslations("caseForms");
  const form = useFormAction(logQuickContactAction, { submissionId });

  return (
    <form {...form.props} className="max-w-2xl space-y-5">
      <input type="hidden" name="visitId" value={visitId} />
      {form.submissionField}
      <FormAlert id="quick-contact-error" message={form.error} />
      <LegalDomainSelect
        domains={domains}
        defaultDomainId={form.sent("legalDomainId") ?? defaultDomainId}
        error={form.fieldError("legalDomainId")}
      />
      <ChoiceGroup legend={t("actions")} error={form.fieldError("actions")}>
        <ChoiceTiles type="checkbox" name="actions" options={actions} />
      </ChoiceGroup>
      <ChoiceGroup legend={forms("outcome")} error={form.fieldError("outcome")}>
        <ChoiceTiles type="radio" name="outcome" options={outcomes} checked={form.sent("outcome")} />
      </ChoiceGroup>
      <SubmitButton pending={form.pending} size="large">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
