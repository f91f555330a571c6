"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { setHoursPlanAction } from "@/app/(staff)/rapportages/uren/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

/**
 * The library's own weekly plan for one role and kind of work, e.g. 5 h aftercare for an advisor,
 * from a week on (this week unless another day is chosen): the weeks before keep their plan.
 */
export function HoursPlanForm({
  roles,
  kinds,
  today,
}: {
  roles: { value: string; label: string }[];
  kinds: { value: string; label: string }[];
  today: string;
}) {
  const t = useTranslations("hoursPlan");
  const router = useRouter();
  const form = useFormAction(setHoursPlanAction, { onSuccess: () => router.refresh() });

  return (
    <form {...form.props} className="space-y-3 print:hidden">
      <FormAlert id="hours-plan-error" message={form.error} />
      <div className="flex flex-wrap items-start gap-3">
        <SelectField id="plan-role" label={t("role")} controlWidth="w-auto" {...form.field("role")}>
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </SelectField>
        <SelectField id="plan-kind" label={t("kind")} controlWidth="w-auto" {...form.field("kind")}>
          {kinds.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </SelectField>
        <TextField
          id="plan-hours"
          label={t("hours")}
          inputMode="decimal"
          controlWidth="w-auto"
          {...form.field("hours")}
        />
        <TextField
          id="plan-valid-from"
          type="date"
          label={t("validFrom")}
          hint={t("validFromHint")}
          controlWidth="w-auto"
          {...form.field("validFrom", today)}
        />
        {/* Level with the boxes below their labels, also when an error stands under one. */}
        <SubmitButton pending={form.pending} className="mt-7">
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
