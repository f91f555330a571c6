"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { eraseClientAction } from "@/app/(staff)/beheer/privacy/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { ERASE_CONFIRMATION_WORD } from "@/lib/privacy/erase-confirmation";
import { SubmitButton } from "@/components/form/submit-button";

/** Erasure cannot be undone: the admin types the confirmation word before the button does anything. */
export function EraseClientForm({ clientId }: { clientId: string }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const form = useFormAction(eraseClientAction, { onSuccess: () => router.refresh() });
  const done = form.state.status === "ok" ? form.state.value : null;

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <FormAlert id="erase-error" message={form.error} />
      <TextField
        id="erase-confirmation"
        name="confirmation"
        label={t("eraseConfirmLabel", { word: ERASE_CONFIRMATION_WORD })}
        autoComplete="off"
        controlWidth="w-64"
        error={form.fieldError("confirmation")}
      />
      <SubmitButton pending={form.pending} variant="danger">
        {t("eraseButton")}
      </SubmitButton>
      <p aria-live="polite">{done && t("eraseDone", done)}</p>
    </form>
  );
}
