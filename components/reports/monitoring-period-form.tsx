import { useTranslations } from "@/lib/i18n/use-translations";
import { TextField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: string;
  from: string;
  to: string;
  /** The refusal of a wrong period, per field ("from", "to"). */
  fieldErrors?: Record<string, string[]>;
};

/** A plain GET form: the period lands in the address bar, so a report can be bookmarked and shared. */
export function MonitoringPeriodForm({ action, from, to, fieldErrors = {} }: Props) {
  const t = useTranslations("monitoring");
  const field = (name: "van" | "tot", key: "from" | "to", value: string) => (
    <TextField
      id={`periode-${name}`}
      name={name}
      type="date"
      label={t(key)}
      defaultValue={value}
      required
      controlWidth="w-auto"
      error={fieldErrors[key]?.[0]}
      aria-describedby="periode-hint"
    />
  );
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
        <SubmitButton className="mt-7">{t("show")}</SubmitButton>
      </div>
      <p id="periode-hint" className="mt-2 text-sm text-slate-700">
        {t("periodHint")}
      </p>
    </form>
  );
}
