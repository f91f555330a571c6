import { TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";

/** The period of a report as a plain GET form: the address then names the period, so it can be bookmarked and printed. */
export function CostBenefitPeriodForm({
  action,
  from,
  to,
  labels,
}: {
  action: string;
  from: string;
  to: string;
  labels: { legend: string; from: string; to: string; show: string };
}) {
  return (
    <form method="get" action={action} className="mb-6 print:hidden">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-1 font-medium">{labels.legend}</legend>
        <TextField
          id="period-from"
          name="van"
          type="date"
          label={labels.from}
          defaultValue={from}
          required
          controlWidth="w-auto"
        />
        <TextField
          id="period-to"
          name="tot"
          type="date"
          label={labels.to}
          defaultValue={to}
          required
          controlWidth="w-auto"
        />
        <SubmitButton variant="secondary">{labels.show}</SubmitButton>
      </fieldset>
    </form>
  );
}
