"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { addCaseNoteAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
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
      <label htmlFor="body" className="block font-medium">
        {t("newNote")}
      </label>
      <textarea
        id="body"
        name="body"
        rows={3}
        defaultValue={form.sent("body")}
        {...fieldErrorProps("body-error", form.fieldError("body"))}
        className="block w-full rounded border border-slate-500 px-3 py-2"
      />
      {form.fieldError("body") && (
        <p id="body-error" className="text-sm font-medium text-red-800">
          {form.fieldError("body")}
        </p>
      )}
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
