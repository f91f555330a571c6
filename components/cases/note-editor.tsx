"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { editCaseNoteAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

/**
 * Edits one note. The save names the version the advisor started from; when a colleague saved in
 * between, the server refuses, the page reloads the note, and the form shows the text as it now
 * is next to the advisor's own text, which stays in the field so nothing typed is lost either.
 */
export function NoteEditor({ noteId, body, version }: { noteId: string; body: string; version: number }) {
  const t = useTranslations("noteEdit");
  const router = useRouter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(body);
  // The version this edit builds on: the one the advisor saw when they began, or, after a
  // conflict, the one they were shown.
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState(false);
  const { pending, error, fieldError, run } = useResultAction(editCaseNoteAction);

  if (!editing) {
    return (
      <button
        type="button"
        onClick={() => {
          setDraft(body);
          setBaseVersion(version);
          setConflict(false);
          setEditing(true);
        }}
        className="mt-1 text-sm font-semibold text-brand-800 underline"
        aria-label={t("editLabel")}
      >
        {t("edit")}
      </button>
    );
  }

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const expectedVersion = conflict ? version : baseVersion;
    run(
      { noteId, body: draft, expectedVersion },
      () => {
        setEditing(false);
        setConflict(false);
        router.refresh();
      },
      (failure) => {
        // A refusal without field errors is about the note itself (changed meanwhile, gone):
        // show it as it now is, and let a next save build on the version shown.
        if (!failure.fieldErrors) {
          setConflict(true);
          router.refresh();
        }
      },
    );
  }

  const bodyError = fieldError("body");
  return (
    <form onSubmit={save} noValidate className="mt-2 space-y-2" aria-label={t("editLabel")}>
      <FormAlert id={`${id}-error`} message={error} />
      {conflict && error && (
        <div className="rounded border border-slate-400 bg-slate-50 px-3 py-2">
          <p className="text-sm font-semibold">{t("currentText")}</p>
          <p className="whitespace-pre-wrap" data-testid="note-current-text">
            {body}
          </p>
        </div>
      )}
      <label htmlFor={`${id}-body`} className="sr-only">
        {t("editLabel")}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded border border-slate-500 px-3 py-2"
      />
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={() => setEditing(false)} className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
