"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { addCaseNoteAction } from "@/app/(staff)/dossiers/actions";
import { TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

export function NoteForm({ caseId, submissionId }: { caseId: string; submissionId: string }) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const form = useFormAction(addCaseNoteAction, {
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
      <FormAlert id="note-error" message={form.error} />
      <TextareaField id="body" label={t("newNote")} rows={3} {...form.field("body")} />
      <SubmitButton pending={form.pending}>{t("saveNote")}</SubmitButton>
    </form>
  );
}
