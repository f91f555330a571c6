"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { promoteToDossierAction } from "@/app/(staff)/dossiers/actions";
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
      <label htmlFor="promote-question" className="block font-medium">
        {forms("question")}
      </label>
      <textarea
        id="promote-question"
        name="question"
        rows={3}
        defaultValue={form.sent("question")}
        className="block w-full rounded border border-slate-500 px-3 py-2"
      />
      <p className="text-sm font-medium text-red-800">{form.fieldError("question")}</p>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="consent" className="mt-1 h-5 w-5" />
        <span>{forms("consent")}</span>
      </label>
      <p className="text-sm font-medium text-red-800">{form.fieldError("consent")}</p>
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
