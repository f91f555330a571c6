"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { reopenCaseAction } from "@/app/(staff)/dossiers/actions";
import { TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/** A closed dossier opened again, with the reason; the closing it undoes stays in its history. */
export function ReopenCaseForm({ caseId, version }: { caseId: string; version: number }) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const form = useFormAction(reopenCaseAction, { onSuccess: () => router.refresh() });

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert id="reopen-error" message={form.error} />
      <TextareaField
        id="reopen-reason"
        label={t("reopenReason")}
        hint={t("reopenReasonHint")}
        rows={2}
        maxLength={500}
        {...form.field("reason")}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("reopen")}
      </SubmitButton>
    </form>
  );
}
