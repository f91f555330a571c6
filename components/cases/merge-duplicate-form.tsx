"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { mergeDuplicateClientAction } from "@/app/(staff)/dossiers/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { MERGE_CONFIRMATION_WORD } from "@/lib/clients/merge-confirmation";

/**
 * A likely second record of the dossier's client moves into this one: every visit, dossier,
 * consent and referral of it. It cannot be undone, so the confirmation word comes first; the
 * dossier then says it is done (the list this form is in is gone).
 */
export function MergeDuplicateForm({
  caseId,
  mergeClientId,
  label,
}: {
  caseId: string;
  mergeClientId: string;
  /** The other record as the list shows it, so each form on the page has its own name. */
  label: string;
}) {
  const t = useTranslations("duplicates");
  const id = useId();
  const form = useFormAction(mergeDuplicateClientAction);
  return (
    <form {...form.props} aria-label={t("formLabel", { other: label })} className="mt-2 space-y-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="mergeClientId" value={mergeClientId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <TextField
        id={`${id}-confirmation`}
        name="confirmation"
        label={t("confirm", { word: MERGE_CONFIRMATION_WORD })}
        autoComplete="off"
        controlWidth="w-64"
        error={form.fieldError("confirmation") ?? form.fieldError("mergeClientId")}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("merge")}
      </SubmitButton>
    </form>
  );
}
