"use client";

import { useTranslations } from "next-intl";
import { openDossierAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { LegalDomainSelect, type DomainGroup } from "./fields";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

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
      <div>
        <label htmlFor="question" className="block font-medium">
          {t("question")}
        </label>
        <textarea
          id="question"
          name="question"
          rows={4}
          defaultValue={form.sent("question")}
          {...fieldErrorProps("question-error", form.fieldError("question"))}
          className={fieldClass}
        />
        <p id="question-error" className="text-sm font-medium text-red-800">
          {form.fieldError("question")}
        </p>
      </div>
      <LegalDomainSelect
        domains={domains}
        defaultDomainId={form.sent("legalDomainId") ?? defaultDomainId}
        error={form.fieldError("legalDomainId")}
      />
      <div>
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="consent"
            className="mt-1 h-5 w-5"
            {...fieldErrorProps("consent-error", form.fieldError("consent"))}
          />
          <span>{t("consent")}</span>
        </label>
        <p id="consent-error" className="text-sm font-medium text-red-800">
          {form.fieldError("consent")}
        </p>
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("openDossier")}
      </button>
    </form>
  );
}
