"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { closeCaseAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";

export function CloseCaseForm({ caseId, version, outcomes }: { caseId: string; version: number; outcomes: { value: string; label: string }[] }) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const { pending, error, fieldError, run } = useResultAction(closeCaseAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ caseId, version, outcome: form.get("outcome") ?? undefined }, () => router.refresh());
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormAlert id="close-error" message={error} />
      <fieldset aria-describedby="outcome-error">
        <legend className="font-medium">{t("outcome")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {outcomes.map((outcome) => (
            <label key={outcome.value} className="flex items-center gap-2 rounded border border-slate-400 px-3 py-2">
              <input type="radio" name="outcome" value={outcome.value} className="h-5 w-5" />
              {outcome.label}
            </label>
          ))}
        </div>
        <p id="outcome-error" className="text-sm font-medium text-red-800">
          {fieldError("outcome")}
        </p>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("close")}
      </button>
    </form>
  );
}
