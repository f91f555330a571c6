"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { openDossierAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert, fieldErrorProps } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";
import { LegalDomainSelect, type DomainGroup } from "./fields";


const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

export function OpenDossierForm({ visitId, domains, defaultDomainId }: { visitId: string; domains: DomainGroup[]; defaultDomainId?: string }) {
  const t = useTranslations("caseForms");
  const router = useRouter();
  const { pending, error, fieldError, run } = useResultAction(openDossierAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(
      { visitId, question: form.get("question"), legalDomainId: form.get("legalDomainId"), consent: form.get("consent") === "on" },
      (value) => router.push(`/dossiers/${value.caseId}`),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5" aria-describedby={error ? "open-dossier-error" : undefined}>
      <FormAlert id="open-dossier-error" message={error} />
      <div>
        <label htmlFor="question" className="block font-medium">
          {t("question")}
        </label>
        <textarea id="question" name="question" rows={4} {...fieldErrorProps("question-error", fieldError("question"))} className={fieldClass} />
        <p id="question-error" className="text-sm font-medium text-red-800">
          {fieldError("question")}
        </p>
      </div>
      <LegalDomainSelect domains={domains} defaultDomainId={defaultDomainId} error={fieldError("legalDomainId")} />
      <div>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="consent" className="mt-1 h-5 w-5" {...fieldErrorProps("consent-error", fieldError("consent"))} />
          <span>{t("consent")}</span>
        </label>
        <p id="consent-error" className="text-sm font-medium text-red-800">
          {fieldError("consent")}
        </p>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("openDossier")}
      </button>
    </form>
  );
}
