"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { setCaseOtherPartyAction } from "@/app/(staff)/dossiers/actions";
import { SelectField, TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { TYPED_OTHER_PARTY } from "@/lib/other-parties/kinds";

type Props = {
  caseId: string;
  /** The coordinator's list, and the dossier's own entry when it was taken off the list since. */
  choices: { id: string; name: string }[];
  current: { otherPartyId: string | null; typedName: string | null };
};

/**
 * Who the problem is with: an entry of the list (its address goes on letters), a typed name, or
 * not known yet. The name box is always there, so the form works before its script.
 */
export function CaseOtherPartyForm({ caseId, choices, current }: Props) {
  const t = useTranslations("caseOtherParty");
  const id = useId();
  const router = useRouter();
  const form = useFormAction(setCaseOtherPartyAction, { onSuccess: () => router.refresh() });
  const chosen = current.otherPartyId ?? (current.typedName ? TYPED_OTHER_PARTY : "");
  return (
    <form {...form.props} aria-label={t("formLabel")} className="mt-2 space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t("choice")} {...form.field("choice", chosen)}>
          <option value="">{t("unknown")}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
          <option value={TYPED_OTHER_PARTY}>{t("typed")}</option>
        </SelectField>
        <TextField
          label={t("typedName")}
          hint={t("typedNameHint")}
          autoComplete="off"
          {...form.field("typedName", current.typedName ?? undefined)}
        />
      </div>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
