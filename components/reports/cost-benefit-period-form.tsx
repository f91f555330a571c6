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
        <div>
          <label htmlFor="period-from" className="block">
            {labels.from}
          </label>
          <input
            id="period-from"
            name="van"
            type="date"
            defaultValue={from}
            required
            className="mt-1 rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="period-to" className="block">
            {labels.to}
          </label>
          <input
            id="period-to"
            name="tot"
            type="date"
            defaultValue={to}
            required
            className="mt-1 rounded border border-slate-500 px-3 py-2"
          />
        </div>
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
