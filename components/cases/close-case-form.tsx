"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { closeCaseAction } from "@/app/(staff)/dossiers/actions";
import { ChoiceGroup, ChoiceTiles } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

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
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("close")}
      </button>
    </form>
  );
}
