import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { translateResult } from "@/lib/i18n/translate-refusal";
import { DataTable } from "@/components/data-table";
import { MonitoringDownload } from "@/components/reports/monitoring-download";
import { shownValue } from "@/components/reports/shown-value";
import { MonitoringPeriodForm } from "@/components/reports/monitoring-period-form";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getNationalExport } from "@/lib/reports/national-export";
import { REPORT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nationalExport"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function NationalExportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(REPORT_ROLES);
  const { van, tot } = await searchParams;
  const result = await translateResult(await getNationalExport(actor, { from: single(van), to: single(tot) }));
  const t = await getTranslations("nationalExport");
  const m = await getTranslations("monitoring");
  const { locale, day } = await getStaffFormat();

  if (!result.ok) {
    return (
      <>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p role="alert" className="my-4 rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {m("periodError")}: {result.error}
        </p>
        <MonitoringPeriodForm
          action="/rapportages/landelijk"
          from={single(van) ?? ""}
          to={single(tot) ?? ""}
          fieldErrors={result.fieldErrors}
        />
      </>
    );
  }

  const { period, rows } = result.value;
  const query = (format: string) => new URLSearchParams({ format, van: period.from, tot: period.to }).toString();
  const texts = {
    preparing: m("download.preparing"),
    receiving: m("download.receiving"),
    done: m.raw("download.done") as string,
    failed: m("download.failed"),
    progress: m("download.progress"),
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 text-lg">{t("intro")}</p>
      <p className="mb-2">{t("merge")}</p>
      <p className="mb-6 text-slate-700">{t("privacy")}</p>

      <MonitoringPeriodForm action="/rapportages/landelijk" from={period.from} to={period.to} />

      <p className="mb-3 font-medium">{t("period", { from: day(period.from), to: day(period.to) })}</p>
      <div className="mb-4 flex flex-wrap items-start gap-4 print:hidden">
        <MonitoringDownload
          href={`/rapportages/landelijk/export?${query("csv")}`}
          label={t("downloadCsv")}
          texts={texts}
        />
        <MonitoringDownload
          href={`/rapportages/landelijk/export?${query("xlsx")}`}
          label={t("downloadXlsx")}
          texts={texts}
        />
      </div>
      <p className="mb-8 print:hidden">
        <Link
          href={`/rapportages/cijfers?${new URLSearchParams({ van: period.from, tot: period.to })}`}
          className="font-medium text-brand-800 underline"
        >
          {t("backToFigures")}
        </Link>
      </p>

      <section aria-labelledby="inhoud-titel">
        <h2 id="inhoud-titel" className="mb-2 text-2xl font-semibold">
          {t("previewTitle")}
        </h2>
        <DataTable
          caption={t("previewCaption")}
          headers={[t("section"), t("code"), t("label"), t("value"), t("unit")]}
          rows={rows.map((row) => [
            row.onderdeel,
            row.code,
            row.omschrijving,
            shownValue(row.waarde, row.eenheid === "procent" ? "percent" : "count", locale),
            row.eenheid,
          ])}
        />
      </section>
    </>
  );
}
