"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { mergeClientsAction } from "@/app/(staff)/beheer/privacy/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { MERGE_CONFIRMATION_WORD } from "@/lib/clients/merge-confirmation";
import { SubmitButton } from "@/components/form/submit-button";

/** The other record of this person moves into this one; the confirmation word first, as it cannot be undone. */
export function MergeClientsForm({ keepClientId }: { keepClientId: string }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const form = useFormAction(mergeClientsAction, {
    onSuccess: (_, element) => {
      element?.reset();
      router.refresh();
    },
  });
  const done = form.state.status === "ok" ? form.state.value : null;

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="keepClientId" value={keepClientId} />
      <FormAlert id="merge-error" message={form.error} />
      <TextField
        id="merge-client-number"
        label={t("mergeOtherNumber")}
        hint={t("mergeOtherNumberHint")}
        autoComplete="off"
        controlWidth="w-80"
        {...form.field("mergeClientId")}
      />
      <TextField
        id="merge-confirmation"
        name="confirmation"
        label={t("mergeConfirmLabel", { word: MERGE_CONFIRMATION_WORD })}
        autoComplete="off"
        controlWidth="w-64"
        error={form.fieldError("confirmation")}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("mergeButton")}
      </SubmitButton>
      <p aria-live="polite">{done && t("mergeDone", done)}</p>
    </form>
  );
}
