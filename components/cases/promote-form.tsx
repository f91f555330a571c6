"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { promoteToDossierAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

export function PromoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations("quickContact");
  const forms = useTranslations("caseForms");
  const router = useRouter();
  const { pending, error, fieldError, run } = useResultAction(promoteToDossierAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ caseId, question: form.get("question"), consent: form.get("consent") === "on" }, () => router.refresh());
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormAlert id="promote-error" message={error} />
      <label htmlFor="promote-question" className="block font-medium">
        {forms("question")}
      </label>
      <textarea id="promote-question" name="question" rows={3} className="block w-full rounded border border-slate-500 px-3 py-2" />
      <p className="text-sm font-medium text-red-800">{fieldError("question")}</p>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="consent" className="mt-1 h-5 w-5" />
        <span>{forms("consent")}</span>
      </label>
      <p className="text-sm font-medium text-red-800">{fieldError("consent")}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("promote")}
      </button>
    </form>
  );
}
