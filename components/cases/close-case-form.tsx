"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { closeCaseAction } from "@/app/(staff)/dossiers/actions";
import { ChoiceGroup, ChoiceTiles } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

export function CloseCaseForm({
  caseId,
  version,
  outcomes,
  suggested,
}: {
  caseId: string;
  version: number;
  outcomes: { value: string; label: string }[];
  suggested?: string | null;
}) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const form = useFormAction(closeCaseAction, { onSuccess: () => router.refresh() });

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert id="close-error" message={form.error} />
      <ChoiceGroup legend={t("outcome")} error={form.fieldError("outcome")}>
        <ChoiceTiles type="radio" name="outcome" options={outcomes} checked={suggested} />
      </ChoiceGroup>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("close")}
      </SubmitButton>
    </form>
  );
}
