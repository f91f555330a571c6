"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { logCaseTimeAction } from "@/app/(staff)/dossiers/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

export function TimeForm({ caseId, submissionId }: { caseId: string; submissionId: string }) {
  const t = useTranslations("time");
  const router = useRouter();
  const form = useFormAction(logCaseTimeAction, {
    submissionId,
    onSuccess: (_, element) => {
      element?.reset();
      router.refresh();
    },
  });

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <FormAlert id="time-error" message={form.error} />
      <div className="grid grid-cols-2 gap-3">
        <TextField id="minutes" label={t("minutes")} inputMode="numeric" {...form.field("minutes")} />
        <SelectField id="time-kind" label={t("kind")} {...form.field("kind", "AFTERCARE")}>
          <option value="AFTERCARE">{t("AFTERCARE")}</option>
          <option value="CONSULTATION">{t("CONSULTATION")}</option>
        </SelectField>
      </div>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("log")}
      </SubmitButton>
    </form>
  );
}
