import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import type { SocialMapFilter } from "@/lib/partners/schema";
import type { DomainGroup } from "./domain-groups";

type Props = {
  filter: SocialMapFilter;
  types: readonly PartnerType[];
  domains: DomainGroup[];
  /** The coordinator may look up inactive partners to bring one back. */
  canShowInactive: boolean;
};

const fieldClass = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2";

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
      <div className="md:col-span-3">
        <label htmlFor="zoek" className="block font-medium">
          {t("search")}
        </label>
        <input
          id="zoek"
          name="zoek"
          type="search"
          defaultValue={filter.query ?? ""}
          maxLength={100}
          aria-describedby="zoek-hint"
          className={fieldClass}
        />
        <p id="zoek-hint" className="mt-1 text-sm text-slate-700">
          {t("searchHint")}
        </p>
      </div>
      <div>
        <label htmlFor="soort" className="block font-medium">
          {t("type")}
        </label>
        <select id="soort" name="soort" defaultValue={filter.type ?? ""} className={fieldClass}>
          <option value="">{t("allTypes")}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </select>
      </div>
      <div className="md:col-span-2">
        <label htmlFor="rechtsgebied" className="block font-medium">
          {t("legalDomain")}
        </label>
        <select
          id="rechtsgebied"
          name="rechtsgebied"
          defaultValue={filter.domainId ?? ""}
          aria-describedby="rechtsgebied-hint"
          className={fieldClass}
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
        </select>
        <p id="rechtsgebied-hint" className="mt-1 text-sm text-slate-700">
          {t("legalDomainHint")}
        </p>
      </div>
      <div className="flex flex-col gap-2 md:col-span-3">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="bibliotheek" value="ja" defaultChecked={filter.inLibrary} className="h-5 w-5" />
          {t("inLibraryOnly")}
        </label>
        {canShowInactive && (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="inactief"
              value="ja"
              defaultChecked={filter.includeInactive}
              className="h-5 w-5"
            />
            {t("includeInactive")}
          </label>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4 md:col-span-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/sociale-kaart" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
