"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { promoteToDossierAction } from "@/app/(staff)/dossiers/actions";
import { Choice, TextareaField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

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
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("promote")}
      </button>
    </form>
  );
}
