"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { reassignDossierAction } from "@/app/(staff)/adviseurs/actions";
import { handOverDossierAction } from "@/app/(staff)/dossiers/actions";
import { SelectField, TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

/**
 * A dossier given to a colleague with a note for them: by its advisor from the dossier
 * ("handOver"; they leave it when they can no longer read it), or by the coordinator from an
 * advisor's list ("reassign"; the row moves to the new advisor's list).
 */
export function HandOverDossierForm({
  by,
  caseId,
  version,
  label,
  advisors,
}: {
  by: "handOver" | "reassign";
  caseId: string;
  version: number;
  /** Names the dossier for a screen reader where several forms share a page. */
  label?: string;
  advisors: { id: string; name: string }[];
}) {
  const t = useTranslations("handover");
  const id = useId();
  const router = useRouter();
  const form = useFormAction<unknown>(by === "handOver" ? handOverDossierAction : reassignDossierAction, {
    onSuccess: (_value, element) => {
      element?.reset();
      router.refresh();
    },
  });
  return (
    <form {...form.props} aria-label={label ? t("formLabel", { dossier: label }) : undefined} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      {form.state.status === "ok" && (
        <p role="status" className="font-medium text-green-800">
          {t("done")}
        </p>
      )}
      <SelectField id={`${id}-advisor`} {...form.field("advisorId")} label={t("advisor")} controlWidth="w-64">
        <option value="">{t("chooseAdvisor")}</option>
        {advisors.map((advisor) => (
          <option key={advisor.id} value={advisor.id}>
            {advisor.name}
          </option>
        ))}
      </SelectField>
      <TextareaField
        id={`${id}-note`}
        {...form.field("note")}
        label={t("note")}
        hint={t("noteHint")}
        rows={3}
        maxLength={2000}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
