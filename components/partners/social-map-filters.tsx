import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { Choice, SelectField, TextField } from "@/components/form/field";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import type { SocialMapFilter } from "@/lib/partners/schema";
import type { DomainGroup } from "./domain-groups";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  filter: SocialMapFilter;
  types: readonly PartnerType[];
  domains: DomainGroup[];
  /** The coordinator may look up inactive partners to bring one back. */
  canShowInactive: boolean;
};

/**
 * A plain GET form: the search lands in the address bar, so a host can bookmark "debt help" or
 * go back to the last search, and it works before any JavaScript has loaded.
 */
export function SocialMapFilters({ filter, types, domains, canShowInactive }: Props) {
  const t = useTranslations("socialMap");
  const typeLabel = useTranslations("partnerType");
  return (
    <form
      action="/sociale-kaart"
      method="get"
      role="search"
      aria-label={t("filters")}
      className="mb-6 grid gap-4 rounded border border-slate-300 p-4 md:grid-cols-3"
    >
      <TextField
        id="zoek"
        name="zoek"
        type="search"
        label={t("search")}
        hint={t("searchHint")}
        defaultValue={filter.query ?? ""}
        maxLength={100}
        className="md:col-span-3"
      />
      <SelectField id="soort" name="soort" label={t("type")} defaultValue={filter.type ?? ""}>
        <option value="">{t("allTypes")}</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {typeLabel(type)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="rechtsgebied"
        name="rechtsgebied"
        label={t("legalDomain")}
        hint={t("legalDomainHint")}
        defaultValue={filter.domainId ?? ""}
        className="md:col-span-2"
      >
        <option value="">{t("allDomains")}</option>
        {domains.map((group) => (
          <optgroup key={group.id} label={group.label}>
            <option value={group.id}>{t("wholeDomain", { domain: group.label })}</option>
            {group.children.map((child) => (
              <option key={child.id} value={child.id}>
                {`${group.label} > ${child.label}`}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="flex flex-col gap-2 md:col-span-3">
        <Choice
          type="checkbox"
          name="bibliotheek"
          value="ja"
          defaultChecked={filter.inLibrary}
          label={t("inLibraryOnly")}
        />
        {canShowInactive && (
          <Choice
            type="checkbox"
            name="inactief"
            value="ja"
            defaultChecked={filter.includeInactive}
            label={t("includeInactive")}
          />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4 md:col-span-3">
        <SubmitButton>{t("apply")}</SubmitButton>
        <Link href="/sociale-kaart" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
