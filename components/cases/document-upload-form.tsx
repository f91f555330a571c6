"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { uploadDocumentAction } from "@/app/(staff)/dossiers/documents-actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, UPLOAD_KINDS } from "@/lib/documents/upload-limits";
import { SubmitButton } from "@/components/form/submit-button";

/**
 * No `capture` attribute: it would open the camera only and hide the PDF a client brought on a
 * phone. Without it a tablet offers the camera and the files together.
 */
export function DocumentUploadForm({ caseId, submissionId }: { caseId: string; submissionId: string }) {
  const t = useTranslations("documents");
  const router = useRouter();
  const [tooLarge, setTooLarge] = useState(false);
  const form = useFormAction(uploadDocumentAction, {
    submissionId,
    beforeSubmit: (element) => {
      const file = new FormData(element).get("file");
      // The server refuses it as well, but a file far over the limit would not even reach the
      // server action (its body limit), so say it here in the same words.
      const overLimit = file instanceof File && file.size > MAX_DOCUMENT_BYTES;
      setTooLarge(overLimit);
      return !overLimit;
    },
    onSuccess: (_, element) => {
      element?.reset();
      router.refresh();
    },
  });

  return (
    <form {...form.props} className="space-y-3" aria-labelledby="document-upload-title">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <h3 id="document-upload-title" className="text-lg font-semibold">
        {t("uploadTitle")}
      </h3>
      <FormAlert id="document-upload-error" message={tooLarge ? DOCUMENT_TOO_LARGE : form.error} />
      <TextField
        id="document-file"
        name="file"
        type="file"
        accept="application/pdf,image/*"
        label={t("file")}
        hint={t("fileHint")}
        error={form.fieldError("file")}
      />
      <SelectField id="document-kind" label={t("kind")} {...form.field("kind", "CLIENT_LETTER")}>
        {UPLOAD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={form.pending}>{form.pending ? t("uploading") : t("upload")}</SubmitButton>
    </form>
  );
}
