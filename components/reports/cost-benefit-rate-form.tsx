"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { setCostRateAction } from "@/app/(staff)/rapportages/kosten-baten/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { SubmitButton } from "@/components/form/submit-button";

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
  const saved = form.state.status === "ok";

  const field = (name: "validFrom" | "advisorHour" | "projectHour" | "serviceHour", stored: string) => ({
    id: `rate-${name}`,
    label: t(name),
    ...form.field(name, stored),
  });

  return (
    <form {...form.props} className="space-y-3 print:hidden">
      <h3 className="text-lg font-semibold">{t("newRate")}</h3>
      <FormAlert id="rate-error" message={form.error} />
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField type="date" {...field("validFrom", today)} />
        <TextField inputMode="decimal" {...field("advisorHour", current.advisorHour)} />
        <TextField inputMode="decimal" {...field("projectHour", current.projectHour)} />
        <TextField inputMode="decimal" {...field("serviceHour", current.serviceHour)} />
      </div>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("saveRate")}
      </SubmitButton>
      <p aria-live="polite">{saved && t("rateSaved")}</p>
    </form>
  );
}
