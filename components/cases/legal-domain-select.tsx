import { useTranslations } from "@/lib/i18n/use-translations";
import { SelectField } from "@/components/form/field";

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
    <SelectField
      id="legalDomainId"
      name="legalDomainId"
      label={t("legalDomain")}
      defaultValue={defaultDomainId ?? ""}
      error={error}
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
    </SelectField>
  );
}
