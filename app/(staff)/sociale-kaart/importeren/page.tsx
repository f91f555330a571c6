import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { PartnerImportForm } from "@/components/partners/partner-import-form";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { IMPORT_COLUMNS, TYPE_NAMES } from "@/lib/partners/import-format";
import { listLegalDomainChoices } from "@/lib/partners/queries";
import { PARTNER_TYPES } from "@/lib/partners/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerImport"))("title") };
}

/** A plain link, not next/link: the route handler answers a file to download, not a page. */
const EXPORT = "/sociale-kaart/export";
const DOWNLOAD_LINK = "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

/** The coordinator's page for the social map as a file: download it, explain the format, read one in. */
export default async function ImportSocialMapPage() {
  const actor = await requirePageRole(PARTNER_EDIT_ROLES);
  const [choices, format, t] = await Promise.all([
    listLegalDomainChoices(actor),
    getStaffFormat(),
    getTranslations("partnerImport"),
  ]);
  const domains = choices.flatMap((domain) => [domain, ...domain.children]);

  return (
    <ClientTexts namespaces={["partnerImport"]}>
      <p className="mb-4">
        <Link href="/sociale-kaart" className="font-medium text-brand-800 underline hover:text-brand-700">
          {t("backToMap")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t("intro")}</p>

      <section aria-labelledby="download-title" className="mb-8">
        <h2 id="download-title" className="text-2xl font-semibold">
          {t("downloadTitle")}
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">{t("downloadIntro")}</p>
        <div className="flex flex-wrap gap-3">
          <a href={`${EXPORT}?format=csv`} className={DOWNLOAD_LINK}>
            {t("downloadCsv")}
          </a>
          <a href={`${EXPORT}?format=xlsx`} className={DOWNLOAD_LINK}>
            {t("downloadXlsx")}
          </a>
        </div>
      </section>

      <div className="mb-8">
        <PartnerImportForm />
      </div>

      <section aria-labelledby="format-title" className="max-w-4xl space-y-4">
        <h2 id="format-title" className="text-2xl font-semibold">
          {t("formatTitle")}
        </h2>
        <p className="text-slate-700">{t("formatIntro")}</p>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-1 pr-4">
                {t("columnHeader")}
              </th>
              <th scope="col" className="py-1">
                {t("meaningHeader")}
              </th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map(({ field, headers: [header, ...others] }) => (
              <tr key={field} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-1 pr-4 font-mono font-semibold">
                  {header}
                </th>
                <td className="py-1">
                  {t(`columns.${field}`)}{" "}
                  <span className="text-slate-700">{t("alsoAccepted", { headers: others.join(", ") })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold text-brand-800">{t("typesTitle")}</summary>
          <ul className="mt-2 list-disc pl-6">
            {PARTNER_TYPES.map((type) => (
              <li key={type}>{TYPE_NAMES[type]}</li>
            ))}
          </ul>
        </details>

        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold text-brand-800">{t("domainsTitle")}</summary>
          <table className="mt-2 w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-1 pr-4">
                  {t("domainCode")}
                </th>
                <th scope="col" className="py-1">
                  {t("domainName")}
                </th>
              </tr>
            </thead>
            <tbody>
              {domains.map((domain) => (
                <tr key={domain.id} className="border-b border-slate-200">
                  <td className="py-1 pr-4 font-mono">{domain.code}</td>
                  <td className="py-1">{format.name(domain)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </ClientTexts>
  );
}
