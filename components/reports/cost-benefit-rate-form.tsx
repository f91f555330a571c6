"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { setCostRateAction } from "@/app/(staff)/rapportages/kosten-baten/actions";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

const fieldClass = "mt-1 block w-full rounded border border-slate-500 px-3 py-2";

/** A new hourly rate from a date on; the amounts start as the rate of today, so a change is one field. */
export function CostBenefitRateForm({
  today,
  current,
}: {
  today: string;
  current: { advisorHour: string; projectHour: string; serviceHour: string };
}) {
  const t = useTranslations("costBenefit");
  const router = useRouter();
  const form = useFormAction(setCostRateAction, { onSuccess: () => router.refresh() });
  const fieldError = form.fieldError;
  const saved = form.state.status === "ok";

  const field = (
    name: "validFrom" | "advisorHour" | "projectHour" | "serviceHour",
    props: React.InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div>
      <label htmlFor={`rate-${name}`} className="block font-medium">
        {t(name)}
      </label>
      <input
        id={`rate-${name}`}
        name={name}
        className={fieldClass}
        aria-describedby={`rate-${name}-error`}
        aria-invalid={fieldError(name) ? true : undefined}
        {...props}
        defaultValue={form.sent(name) ?? props.defaultValue}
      />
      <p id={`rate-${name}-error`} className="text-sm font-medium text-red-800">
        {fieldError(name)}
      </p>
    </div>
  );

  return (
    <form {...form.props} className="space-y-3 print:hidden">
      <h3 className="text-lg font-semibold">{t("newRate")}</h3>
      <FormAlert id="rate-error" message={form.error} />
      <div className="grid gap-3 sm:grid-cols-4">
        {field("validFrom", { type: "date", defaultValue: today })}
        {field("advisorHour", { inputMode: "decimal", defaultValue: current.advisorHour })}
        {field("projectHour", { inputMode: "decimal", defaultValue: current.projectHour })}
        {field("serviceHour", { inputMode: "decimal", defaultValue: current.serviceHour })}
      </div>
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t("saveRate")}
      </button>
      <p aria-live="polite">{saved && t("rateSaved")}</p>
    </form>
  );
}
