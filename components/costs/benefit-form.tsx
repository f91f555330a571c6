"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addBenefitItemAction } from "@/app/(staff)/dossiers/[caseId]/baten/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import type { CategoryGroup } from "./benefits-panel";
import { SubmitButton } from "@/components/form/submit-button";

/** Choosing a category suggests who the amount is for; the advisor can still change it. */
const SUGGESTED_BENEFICIARY: Record<CategoryGroup["group"], string | null> = {
  CLIENT: "CLIENT",
  GOVERNMENT: "GOVERNMENT",
  EFFECT: "",
  OTHER: null,
};

const GROUP_LABELS = {
  CLIENT: "groupClient",
  GOVERNMENT: "groupGovernment",
  EFFECT: "groupEffect",
  OTHER: "groupOther",
} as const;

export function BenefitForm({
  caseId,
  groups,
  submissionId,
}: {
  caseId: string;
  groups: CategoryGroup[];
  submissionId: string;
}) {
  const t = useTranslations("benefitsPanel");
  const beneficiaries = useTranslations("benefitBeneficiary");
  const router = useRouter();
  const form = useFormAction(addBenefitItemAction, {
    submissionId,
    onSuccess: (_, element) => {
      element?.reset();
      setBeneficiary("");
      router.refresh();
    },
  });
  const [beneficiary, setBeneficiary] = useState(() => form.sent("beneficiary") ?? "");

  function chooseCategory(value: string) {
    const group = groups.find((candidate) => candidate.categories.some((category) => category.value === value))?.group;
    const suggested = group ? SUGGESTED_BENEFICIARY[group] : null;
    if (suggested !== null) setBeneficiary(suggested);
  }

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <FormAlert id="benefit-error" message={form.error} />
      <SelectField
        id="benefit-category"
        label={t("category")}
        onChange={(event) => chooseCategory(event.target.value)}
        {...form.field("category", "")}
      >
        <option value="">{t("chooseCategory")}</option>
        {groups.map(({ group, categories }) => (
          <optgroup key={group} label={t(GROUP_LABELS[group])}>
            {categories.map((category) => (
              <option key={category.value} value={category.value}>
                {category.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        id="benefit-amount"
        label={t("amount")}
        hint={t("amountHint")}
        inputMode="decimal"
        {...form.field("amount")}
      />
      {/* Held here: choosing a category suggests who the amount is for. */}
      <SelectField
        id="benefit-beneficiary"
        name="beneficiary"
        label={t("beneficiary")}
        value={beneficiary}
        onChange={(event) => setBeneficiary(event.target.value)}
        error={form.fieldError("beneficiary")}
      >
        <option value="">{t("noBeneficiary")}</option>
        <option value="CLIENT">{beneficiaries("CLIENT")}</option>
        <option value="GOVERNMENT">{beneficiaries("GOVERNMENT")}</option>
      </SelectField>
      <TextField id="benefit-description" label={t("description")} maxLength={500} {...form.field("description")} />
      <SubmitButton pending={form.pending}>{t("add")}</SubmitButton>
    </form>
  );
}
