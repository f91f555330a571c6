"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { logQuickContactAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useResultAction } from "@/components/use-result-action";
import { ChoiceGroup, LegalDomainSelect, type DomainGroup } from "./fields";

type Option = { value: string; label: string };

export function QuickContactForm({ visitId, domains, defaultDomainId, actions, outcomes }: { visitId: string; domains: DomainGroup[]; defaultDomainId?: string; actions: Option[]; outcomes: Option[] }) {
  const t = useTranslations("quickContact");
  const forms = useTranslations("caseForms");
  const router = useRouter();
  const { pending, error, fieldError, run } = useResultAction(logQuickContactAction, { once: true });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run({ visitId, legalDomainId: form.get("legalDomainId"), actions: form.getAll("actions"), outcome: form.get("outcome") ?? undefined }, () => router.push("/balie"));
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5">
      <FormAlert id="quick-contact-error" message={error} />
      <LegalDomainSelect domains={domains} defaultDomainId={defaultDomainId} error={fieldError("legalDomainId")} />
      <ChoiceGroup name="actions" type="checkbox" legend={t("actions")} options={actions} error={fieldError("actions")} />
      <ChoiceGroup name="outcome" type="radio" legend={forms("outcome")} options={outcomes} error={fieldError("outcome")} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
