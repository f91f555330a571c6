import { TextField } from "@/components/form/field";

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
        <button
          type="submit"
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {labels.show}
        </button>
      </fieldset>
    </form>
  );
}
