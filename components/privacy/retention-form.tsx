"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { setRetentionMonthsAction } from "@/app/(staff)/beheer/privacy/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/** The organisation's retention period in months. */
export function RetentionForm({ months }: { months: number }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const form = useFormAction(setRetentionMonthsAction, { onSuccess: () => router.refresh() });
  const saved = form.state.status === "ok";

  return (
    <form {...form.props} className="space-y-3">
      <FormAlert id="retention-error" message={form.error} />
      <TextField
        id="retention-months"
        label={t("retentionLabel")}
        inputMode="numeric"
        controlWidth="w-32"
        {...form.field("months", months)}
      />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("retentionSave")}
      </SubmitButton>
      <p aria-live="polite">{saved && t("retentionSaved")}</p>
    </form>
  );
}
