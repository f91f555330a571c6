"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { linkVisitToDossierAction } from "@/app/(staff)/dossiers/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/** One button per open dossier: this conversation belongs to it. Leads to the dossier. */
export function LinkVisitForm({ visitId, caseId, label }: { visitId: string; caseId: string; label: string }) {
  const t = useTranslations("caseForms");
  const form = useFormAction(linkVisitToDossierAction);
  return (
    <form {...form.props} className="space-y-2">
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="caseId" value={caseId} />
      <FormAlert id={`link-${caseId}-error`} message={form.error} />
      <SubmitButton pending={form.pending} aria-label={`${t("linkVisit")}: ${label}`}>
        {t("linkVisit")}
      </SubmitButton>
    </form>
  );
}
