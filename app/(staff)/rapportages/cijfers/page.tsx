import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { translateResult } from "@/lib/i18n/translate-refusal";
import { PrintButton } from "@/components/print-button";
import { MonitoringDownload } from "@/components/reports/monitoring-download";
import { MonitoringFigure } from "@/components/reports/monitoring-figure";
import { shownValue } from "@/components/reports/shown-value";
import { MonitoringPeriodForm } from "@/components/reports/monitoring-period-form";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getMonitoringFigures } from "@/lib/reports/monitoring";
import { monitoringTables } from "@/lib/reports/monitoring-export";
import { REPORT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function MonitoringPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(REPORT_ROLES);
  const { van, tot } = await searchParams;
  const result = await translateResult(await getMonitoringFigures(actor, { from: single(van), to: single(tot) }));
  const t = await getTranslations("monitoring");
  const { locale, day } = await getStaffFormat();

  if (!result.ok) {
    return (
      <>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p role="alert" className="my-4 rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {t("periodError")}: {result.error}
        </p>
        <MonitoringPeriodForm
          action="/rapportages/cijfers"
          from={single(van) ?? ""}
          to={single(tot) ?? ""}
          fieldErrors={result.fieldErrors}
        />
      </>
    );
  }

  const figures = result.value;
  const { from, to } = figures.period;
  const query = (format: string) => new URLSearchParams({ format, van: from, tot: to }).toString();
  const texts = {
    preparing: t("download.preparing"),
    receiving: t("download.receiving"),
    done: t.raw("download.done") as string,
    failed: t("download.failed"),
    progress: t("download.progress"),
  };
  const wait = figures.waitingTimes[0];
  const keyFigures: [string, string][] = [
    [t("keyContacts"), shownValue(figures.contacts.total, "count", locale)],
    [t("keyClients"), shownValue(figures.clients.total, "count", locale)],
    [t("keySolved"), shownValue(figures.outcomes.solvedWithoutReferralPercent, "percent", locale)],
    [t("keyWait"), wait.medianMinutes === null ? "–" : t("minutes", { minutes: wait.medianMinutes })],
  ];

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 text-lg">
        {t("intro", { organisation: figures.organisation.name, from: day(from), to: day(to) })}
      </p>
      <p className="mb-6 text-slate-700">{t("privacy")}</p>

      <MonitoringPeriodForm action="/rapportages/cijfers" from={from} to={to} />

      <section aria-labelledby="downloads-titel" className="mb-8 print:hidden">
        <h2 id="downloads-titel" className="mb-2 text-xl font-semibold">
          {t("downloadsTitle")}
        </h2>
        <div className="flex flex-wrap items-start gap-4">
          <MonitoringDownload
            href={`/rapportages/cijfers/export?${query("csv")}`}
            label={t("downloadCsv")}
            texts={texts}
          />
          <MonitoringDownload
            href={`/rapportages/cijfers/export?${query("xlsx")}`}
            label={t("downloadXlsx")}
            texts={texts}
          />
          <PrintButton label={t("print")} />
        </div>
        <p className="mt-3">
          <Link
            href={`/rapportages/landelijk?${new URLSearchParams({ van: from, tot: to })}`}
            className="font-medium text-brand-800 underline"
          >
            {t("nationalLink")}
          </Link>
          {" · "}
          <Link href="/rapportages" className="font-medium text-brand-800 underline">
            {t("backToReports")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="kort-titel" className="mb-10">
        <h2 id="kort-titel" className="mb-3 text-2xl font-semibold">
          {t("keyFiguresTitle")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {keyFigures.map(([label, value]) => (
            <div key={label} className="rounded border border-slate-300 p-4">
              <dt className="text-slate-700">{label}</dt>
              <dd className="text-3xl font-bold text-brand-800">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {monitoringTables(figures, t, locale).map((table) => (
        <MonitoringFigure key={table.id} table={table} />
      ))}

      <section aria-labelledby="tellen-titel" className="mb-6 break-inside-avoid">
        <h2 id="tellen-titel" className="mb-2 text-2xl font-semibold">
          {t("definitionsTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {(["contact", "client", "question", "wait", "percent"] as const).map((key) => (
            <li key={key}>{t(`definitions.${key}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
