"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { addCaseNoteAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

export function NoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { pending, error, fieldError, run } = useResultAction(addCaseNoteAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ caseId, body: form.get("body") }, () => {
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <FormAlert id="note-error" message={error} />
      <label htmlFor="body" className="block font-medium">
        {t("newNote")}
      </label>
      <textarea id="body" name="body" rows={3} {...fieldErrorProps("body-error", fieldError("body"))} className="block w-full rounded border border-slate-500 px-3 py-2" />
      {fieldError("body") && (
        <p id="body-error" className="text-sm font-medium text-red-800">
          {fieldError("body")}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("saveNote")}
      </button>
    </form>
  );
}
