"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { addCaseLegalDomainAction, removeCaseLegalDomainAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { LegalDomainSelect, type DomainGroup } from "./legal-domain-select";

/** One more legal domain for the dossier; the primary one stays as the intake chose it. */
export function AddCaseDomainForm({ caseId, domains }: { caseId: string; domains: DomainGroup[] }) {
  const t = useTranslations("caseDomains");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(addCaseLegalDomainAction, {
    onSuccess: (_value, element) => {
      element?.reset();
      router.refresh();
    },
  });
  return (
    <form {...form.props} aria-label={t("add")} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <LegalDomainSelect domains={domains} error={form.fieldError("legalDomainId")} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("add")}
      </SubmitButton>
    </form>
  );
}

/** An additional legal domain taken off the dossier again. */
export function RemoveCaseDomainButton({
  caseId,
  legalDomainId,
  name,
}: {
  caseId: string;
  legalDomainId: string;
  name: string;
}) {
  const t = useTranslations("caseDomains");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(removeCaseLegalDomainAction, { onSuccess: () => router.refresh() });
  return (
    <form {...form.props} className="inline">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="legalDomainId" value={legalDomainId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t("remove")}
        <span className="sr-only">: {name}</span>
      </SubmitButton>
    </form>
  );
}
