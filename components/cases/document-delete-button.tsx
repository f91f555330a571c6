"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { deleteDocumentAction } from "@/app/(staff)/dossiers/documents-actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

/** Deleting cannot be undone, so it takes a second, explicit step; focus follows the step. */
export function DocumentDeleteButton({
  caseId,
  documentId,
  fileName,
}: {
  caseId: string;
  documentId: string;
  fileName: string;
}) {
  const t = useTranslations("documents");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const form = useFormAction(deleteDocumentAction, { onSuccess: () => router.refresh() });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) deleteRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={deleteRef}
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={t("deleteLabel", { name: fileName })}
        className="mt-2 rounded border border-red-700 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
      >
        {t("delete")}
      </button>
    );
  }
  const errorId = `document-delete-error-${documentId}`;
  return (
    <form {...form.props} role="group" aria-label={t("deleteLabel", { name: fileName })} className="mt-2 space-y-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="documentId" value={documentId} />
      <FormAlert id={errorId} message={form.error} />
      <p className="font-medium">{t("confirmDelete", { name: fileName })}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={form.pending}
          className="rounded bg-red-700 px-3 py-1 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {t("confirmYes")}
        </button>
        <button
          ref={cancelRef}
          type="button"
          onClick={() => setConfirming(false)}
          className="rounded border border-slate-500 px-3 py-1 font-semibold hover:bg-slate-100"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
