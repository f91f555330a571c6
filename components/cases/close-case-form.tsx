"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { closeCaseAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";
import { ChoiceGroup } from "./fields";

export function CloseCaseForm({ caseId, version, outcomes, suggested }: { caseId: string; version: number; outcomes: { value: string; label: string }[]; suggested?: string | null }) {
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
      <ChoiceGroup name="outcome" type="radio" legend={t("outcome")} options={outcomes} error={fieldError("outcome")} defaultValue={suggested} />
      <button type="submit" disabled={pending} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t("close")}
      </button>
    </form>
  );
}
