"use client";

import { useTranslations } from "next-intl";
import { logQuickContactAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { ChoiceGroup, LegalDomainSelect, type DomainGroup } from "./fields";

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
      <ChoiceGroup
        name="actions"
        type="checkbox"
        legend={t("actions")}
        options={actions}
        error={form.fieldError("actions")}
      />
      <ChoiceGroup
        name="outcome"
        type="radio"
        legend={forms("outcome")}
        options={outcomes}
        error={form.fieldError("outcome")}
        defaultValue={form.sent("outcome")}
      />
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("save")}
      </button>
    </form>
  );
}
