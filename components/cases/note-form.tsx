"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { addCaseNoteAction } from "@/app/(staff)/dossiers/actions";
import { TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

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
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("saveNote")}
      </button>
    </form>
  );
}
