import { useTranslations } from "next-intl";

export type DomainGroup = { id: string; label: string; children: { id: string; label: string }[] };

/** The two-level legal domain choice: a whole domain ("algemeen") or one of its sub-domains. */
export function LegalDomainSelect({
  domains,
  defaultDomainId,
  error,
}: {
  domains: DomainGroup[];
  defaultDomainId?: string;
  error?: string;
}) {
  const t = useTranslations("caseForms");
  return (
    <div>
      <label htmlFor="legalDomainId" className="block font-medium">
        {t("legalDomain")}
      </label>
      <select
        id="legalDomainId"
        name="legalDomainId"
        defaultValue={defaultDomainId ?? ""}
        aria-describedby="legalDomainId-error"
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
      >
        <option value="">{t("chooseDomain")}</option>
        {domains.map((group) => (
          <optgroup key={group.id} label={group.label}>
            <option value={group.id}>{t("generalIn", { domain: group.label })}</option>
            {group.children.map((child) => (
              <option key={child.id} value={child.id}>{`${group.label} > ${child.label}`}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id="legalDomainId-error" className="text-sm font-medium text-red-800">
        {error}
      </p>
    </div>
  );
}

/** A group of large, tappable radio or check boxes with a legend and its error. */
export function ChoiceGroup({
  name,
  legend,
  type,
  options,
  error,
  defaultValue,
}: {
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string }[];
  error?: string;
  defaultValue?: string | null;
}) {
  return (
    <fieldset aria-describedby={`${name}-error`}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 rounded border border-slate-400 px-3 py-2">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              className="h-5 w-5"
            />
            {option.label}
          </label>
        ))}
      </div>
      <p id={`${name}-error`} className="text-sm font-medium text-red-800">
        {error}
      </p>
    </fieldset>
  );
}
