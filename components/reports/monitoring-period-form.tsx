import { useTranslations } from "next-intl";

type Props = {
  action: string;
  from: string;
  to: string;
  /** The refusal of a wrong period, per field ("from", "to"). */
  fieldErrors?: Record<string, string[]>;
};

const fieldClass = "mt-1 block rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/** A plain GET form: the period lands in the address bar, so a report can be bookmarked and shared. */
export function MonitoringPeriodForm({ action, from, to, fieldErrors = {} }: Props) {
  const t = useTranslations("monitoring");
  const field = (name: "van" | "tot", key: "from" | "to", value: string) => {
    const error = fieldErrors[key]?.[0];
    return (
      <div>
        <label htmlFor={`periode-${name}`} className="block font-medium">
          {t(key)}
        </label>
        <input
          id={`periode-${name}`}
          name={name}
          type="date"
          defaultValue={value}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `periode-${name}-fout periode-hint` : "periode-hint"}
          className={fieldClass}
        />
        {error ? (
          <p id={`periode-${name}-fout`} className="mt-1 font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form
      action={action}
      method="get"
      aria-labelledby="periode-titel"
      className="mb-6 rounded border border-slate-300 p-4 print:hidden"
    >
      <h2 id="periode-titel" className="mb-2 text-xl font-semibold">
        {t("periodTitle")}
      </h2>
      <div className="flex flex-wrap items-start gap-4">
        {field("van", "from", from)}
        {field("tot", "to", to)}
        <button
          type="submit"
          className="mt-7 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("show")}
        </button>
      </div>
      <p id="periode-hint" className="mt-2 text-sm text-slate-700">
        {t("periodHint")}
      </p>
    </form>
  );
}
