"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId, useState } from "react";
import { importPartnersAction, previewPartnerImportAction } from "@/app/(staff)/sociale-kaart/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { type ImportOutcome, type ImportPreview, MAX_IMPORT_BYTES, problemOfKey } from "@/lib/partners/import-shape";

/** A refusal's lines, in the order the file has them; a problem with the file itself is shown at the file field. */
function RefusedLines({ fieldErrors }: { fieldErrors: Record<string, string[]> }) {
  const t = useTranslations("partnerImport");
  // The upload's and the confirmation's refusals can both be on the page: each its own heading id.
  const titleId = useId();
  const lines = Object.entries(fieldErrors).flatMap(([key, reasons]) => {
    const at = problemOfKey(key);
    return at ? reasons.map((reason) => ({ ...at, reason })) : [];
  });
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="rounded border border-red-700 p-4">
      <h3 id={titleId} className="text-lg font-semibold text-red-800">
        {t("problemsTitle")}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {lines.map(({ line, column, reason }, index) => (
          <li key={`${line}-${column}-${index}`}>
            {column ? t("problem", { line, column, reason }) : t("problemNoColumn", { line, reason })}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-slate-700">{t("linesNote")}</p>
    </section>
  );
}

function PreviewOf({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("partnerImport");
  const columnName = useTranslations("partnerImport.column");
  return (
    <div className="space-y-3">
      <p>{t("previewIntro", { fileName: preview.fileName })}</p>
      <p className="font-semibold">{t("addedCount", { count: preview.added.length })}</p>
      {preview.added.length > 0 && (
        <ul className="list-disc pl-6">
          {preview.added.map((row) => (
            <li key={row.line}>{t("addedRow", row)}</li>
          ))}
        </ul>
      )}
      <p className="font-semibold">{t("changedCount", { count: preview.changed.length })}</p>
      {preview.changed.length > 0 && (
        <ul className="list-disc pl-6">
          {preview.changed.map((row) => (
            <li key={row.line}>
              {t("changedRow", {
                line: row.line,
                name: row.name,
                columns: row.columns.map((column) => columnName(column)).join(", "),
              })}
            </li>
          ))}
        </ul>
      )}
      {preview.unchanged > 0 && <p>{t("unchangedCount", { count: preview.unchanged })}</p>}
    </div>
  );
}

/**
 * Two forms that work without scripts: the upload answers a preview (nothing written), whose
 * confirmation sends the same file back, and the server checks it all again before writing.
 */
export function PartnerImportForm() {
  const t = useTranslations("partnerImport");
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useFormAction<ImportPreview>(previewPartnerImportAction, {
    beforeSubmit: (element) => {
      const file = new FormData(element).get("file");
      // The server refuses it too, but a file far over the limit would not reach the action at all.
      const overLimit = file instanceof File && file.size > MAX_IMPORT_BYTES;
      setTooLarge(overLimit);
      return !overLimit;
    },
  });
  const preview = upload.state.status === "ok" ? upload.state.value : null;
  // With scripts both answers stay: a confirmation's answer belongs to the preview it confirmed,
  // not to a file checked after it. Without scripts the page after a confirmation has no preview.
  const [answeredPreview, setAnsweredPreview] = useState<ImportPreview | null>(null);
  const confirm = useFormAction<ImportOutcome>(importPartnersAction, {
    onSuccess: () => setAnsweredPreview(preview),
    onRefusal: () => setAnsweredPreview(preview),
  });
  const answered = confirm.state.status !== "idle" && (!preview || answeredPreview === preview);
  const done = answered && confirm.state.status === "ok" ? confirm.state.value : null;
  const refused = answered && confirm.state.status === "refused" ? confirm.state : null;
  const showPreview = preview && !done;
  const nothingToDo = preview && preview.added.length === 0 && preview.changed.length === 0;

  return (
    <div className="space-y-6">
      <form {...upload.props} className="space-y-3" aria-labelledby="import-upload-title">
        <h2 id="import-upload-title" className="text-2xl font-semibold">
          {t("uploadTitle")}
        </h2>
        <FormAlert id="import-upload-error" message={tooLarge ? t("fileTooLarge") : upload.error} />
        <TextField
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          label={t("file")}
          hint={t("fileHint")}
          error={upload.fieldError("file")}
        />
        <SubmitButton pending={upload.pending} variant="secondary">
          {upload.pending ? t("checking") : t("check")}
        </SubmitButton>
      </form>
      {upload.state.status === "refused" && <RefusedLines fieldErrors={upload.state.fieldErrors} />}

      <FormAlert id="import-confirm-error" message={refused?.error ?? null} />
      {refused && <RefusedLines fieldErrors={refused.fieldErrors} />}
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("done", done)}
          </p>
        )}
      </div>

      {showPreview && (
        <section aria-labelledby="import-preview-title" className="space-y-4 rounded border border-slate-300 p-4">
          <h2 id="import-preview-title" className="text-2xl font-semibold">
            {t("previewTitle")}
          </h2>
          <PreviewOf preview={preview} />
          {nothingToDo ? (
            <p role="status">{t("nothingToDo")}</p>
          ) : (
            <form {...confirm.props} className="space-y-3">
              <input type="hidden" name="content" value={preview.content} />
              <SubmitButton pending={confirm.pending}>{confirm.pending ? t("confirming") : t("confirm")}</SubmitButton>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
