"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addBenefitItemAction } from "@/app/(staff)/dossiers/[caseId]/baten/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import type { CategoryGroup } from "./benefits-panel";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

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
  const fieldError = form.fieldError;
  const [beneficiary, setBeneficiary] = useState(() => form.sent("beneficiary") ?? "");

  function chooseCategory(value: string) {
    const group = groups.find((candidate) => candidate.categories.some((category) => category.value === value))?.group;
    const suggested = group ? SUGGESTED_BENEFICIARY[group] : null;
    if (suggested !== null) setBeneficiary(suggested);
  }

  const described = (name: string) => ({
    "aria-describedby": `benefit-${name}-error`,
    "aria-invalid": fieldError(name) ? true : undefined,
  });
  const errorOf = (name: string) => (
    <p id={`benefit-${name}-error`} className="text-sm font-medium text-red-800">
      {fieldError(name)}
    </p>
  );

  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {form.submissionField}
      <FormAlert id="benefit-error" message={form.error} />
      <div>
        <label htmlFor="benefit-category" className="block font-medium">
          {t("category")}
        </label>
        <select
          id="benefit-category"
          name="category"
          defaultValue={form.sent("category") ?? ""}
          onChange={(event) => chooseCategory(event.target.value)}
          className={fieldClass}
          {...described("category")}
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
        </select>
        {errorOf("category")}
      </div>
      <div>
        <label htmlFor="benefit-amount" className="block font-medium">
          {t("amount")}
        </label>
        <p id="benefit-amount-hint" className="text-sm text-slate-700">
          {t("amountHint")}
        </p>
        <input
          id="benefit-amount"
          name="amount"
          inputMode="decimal"
          defaultValue={form.sent("amount")}
          className={fieldClass}
          aria-describedby="benefit-amount-hint benefit-amount-error"
          aria-invalid={fieldError("amount") ? true : undefined}
        />
        {errorOf("amount")}
      </div>
      <div>
        <label htmlFor="benefit-beneficiary" className="block font-medium">
          {t("beneficiary")}
        </label>
        <select
          id="benefit-beneficiary"
          name="beneficiary"
          value={beneficiary}
          onChange={(event) => setBeneficiary(event.target.value)}
          className={fieldClass}
          {...described("beneficiary")}
        >
          <option value="">{t("noBeneficiary")}</option>
          <option value="CLIENT">{beneficiaries("CLIENT")}</option>
          <option value="GOVERNMENT">{beneficiaries("GOVERNMENT")}</option>
        </select>
        {errorOf("beneficiary")}
      </div>
      <div>
        <label htmlFor="benefit-description" className="block font-medium">
          {t("description")}
        </label>
        <input
          id="benefit-description"
          name="description"
          maxLength={500}
          defaultValue={form.sent("description")}
          className={fieldClass}
          {...described("description")}
        />
        {errorOf("description")}
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("add")}
      </button>
    </form>
  );
}
