"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { assignDossierAction } from "@/app/(staff)/adviseurs/actions";
import { SelectField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

/** One dossier of the coordinator's list, given to an advisor; the row leaves the list once it is. */
export function AssignDossierForm({
  caseId,
  label,
  advisors,
}: {
  caseId: string;
  /** Names the dossier for a screen reader: its subject and since when it runs. */
  label: string;
  advisors: { id: string; name: string }[];
}) {
  const t = useTranslations("credentials");
  const id = useId();
  const form = useFormAction(assignDossierAction);
  return (
    <form {...form.props} aria-label={t("assignLabel", { dossier: label })} className="space-y-2">
      <input type="hidden" name="caseId" value={caseId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div className="flex flex-wrap items-end gap-2">
        <SelectField id={`${id}-advisor`} {...form.field("advisorId")} label={t("assignTo")} controlWidth="w-64">
          <option value="">{t("chooseAdvisor")}</option>
          {advisors.map((advisor) => (
            <option key={advisor.id} value={advisor.id}>
              {advisor.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={form.pending}>{t("assign")}</SubmitButton>
      </div>
    </form>
  );
}
