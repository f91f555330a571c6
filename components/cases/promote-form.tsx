"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { promoteToDossierAction } from "@/app/(staff)/dossiers/actions";
import { Choice, TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

export function PromoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations("quickContact");
  const forms = useTranslations("caseForms");
  const router = useRouter();
  const form = useFormAction(promoteToDossierAction, { onSuccess: () => router.refresh() });

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <FormAlert id="promote-error" message={form.error} />
      <TextareaField id="promote-question" label={forms("question")} rows={3} {...form.field("question")} />
      <Choice type="checkbox" name="consent" label={forms("consent")} error={form.fieldError("consent")} />
      <SubmitButton pending={form.pending}>{t("promote")}</SubmitButton>
    </form>
  );
}
