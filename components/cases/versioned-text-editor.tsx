"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { editCaseNoteAction, editCaseQuestionAction } from "@/app/(staff)/dossiers/actions";
import { TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

type Target = { kind: "note"; noteId: string } | { kind: "question"; caseId: string };

const ACTIONS = { note: editCaseNoteAction, question: editCaseQuestionAction };

/** The fields of the edit: a note names its own version, the question the dossier's. */
const FIELDS = {
  note: { id: "noteId", text: "body", version: "expectedVersion" },
  question: { id: "caseId", text: "question", version: "version" },
} as const;

/**
 * Edits a note or the dossier's question. The save names the version the advisor started from;
 * when a colleague saved in between, the server refuses, the page reloads the text, and the form
 * shows it as it now is next to the advisor's own text, which stays in the field so nothing typed
 * is lost either.
 */
export function VersionedTextEditor({ target, body, version }: { target: Target; body: string; version: number }) {
  const t = useTranslations("noteEdit");
  const label = target.kind === "note" ? t("editLabel") : t("questionEditLabel");
  const router = useRouter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(body);
  // The version this edit builds on: the one the advisor saw when they began, or, after a
  // conflict, the one they were shown.
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState(false);
  const form = useFormAction(ACTIONS[target.kind], {
    onSuccess: () => {
      setEditing(false);
      setConflict(false);
      router.refresh();
    },
    onRefusal: (refusal) => {
      // A refusal without field errors is about the note itself (changed meanwhile, gone):
      // show it as it now is, and let a next save build on the version shown.
      if (Object.keys(refusal.fieldErrors).length === 0) {
        setConflict(true);
        router.refresh();
      }
    },
  });
  const fields = FIELDS[target.kind];

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
        aria-label={label}
      >
        {target.kind === "note" ? t("edit") : t("questionEdit")}
      </button>
    );
  }

  return (
    <form {...form.props} className="mt-2 space-y-2" aria-label={label}>
      <input type="hidden" name={fields.id} value={target.kind === "note" ? target.noteId : target.caseId} />
      <input type="hidden" name={fields.version} value={conflict ? version : baseVersion} />
      <FormAlert id={`${id}-error`} message={form.error} />
      {conflict && form.error && (
        <div className="rounded border border-slate-400 bg-slate-50 px-3 py-2">
          <p className="text-sm font-semibold">{target.kind === "note" ? t("currentText") : t("currentQuestion")}</p>
          <p className="whitespace-pre-wrap" data-testid="current-text">
            {body}
          </p>
        </div>
      )}
      <TextareaField
        id={`${id}-body`}
        name={fields.text}
        label={label}
        labelSrOnly
        rows={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        error={form.fieldError(fields.text)}
        aria-describedby={form.error ? `${id}-error` : undefined}
      />
      <div className="flex gap-3">
        <SubmitButton pending={form.pending}>{form.pending ? t("saving") : t("save")}</SubmitButton>
        <button
          type="button"
          onClick={() => setEditing(false)}
          className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
