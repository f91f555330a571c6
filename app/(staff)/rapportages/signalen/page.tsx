import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { PrintButton } from "@/components/print-button";
import { CostBenefitPeriodForm } from "@/components/reports/cost-benefit-period-form";
import { SIGNAL_REGISTER_ROLES } from "@/lib/auth/policy";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getSignalReport, signalPeriod } from "@/lib/signals/report";
import { signalExampleWords, signalRowWords } from "@/lib/signals/report-export";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signalReport"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The signal report for the municipality: which problems with which other parties the advisors
 * saw in a period, against the period before, the answers received and consented examples.
 */
export default async function SignalReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(SIGNAL_REGISTER_ROLES);
  const { period, error } = signalPeriod(await searchParams);
  const report = await getSignalReport(actor, period);
  const t = await getTranslations("signalReport");
  const translate = await getTranslations();
  const { day, locale } = await getStaffFormat();
  const words = (key: string, values?: Record<string, string | number>) => translate(`signalReport.${key}`, values);
  const download = (format: string) =>
    `/rapportages/signalen/export?${new URLSearchParams({ format, van: period.from, tot: period.to })}`;
  const examples = report.rows.filter((row) => row.examples.length > 0);

  return (
    <>
      <p className="print:hidden">
        <Link href="/rapportages" className="font-semibold text-brand-800 underline">
          {t("backToReports")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-slate-700">{t("intro", { municipality: report.organisation.municipality })}</p>
      <p className="mb-6 text-lg font-medium">{t("periodLine", { from: day(period.from), to: day(period.to) })}</p>
      {error && (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
          {translate(error)} {t("periodFallback")}
        </p>
      )}
      <CostBenefitPeriodForm
        action="/rapportages/signalen"
        from={period.from}
        to={period.to}
        labels={{ legend: t("periodLegend"), from: t("from"), to: t("to"), show: t("show") }}
      />
      <div className="mb-8 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("print")} />
        <a
          href={download("docx")}
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("downloadDocx")}
        </a>
        <a
          href={download("csv")}
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("downloadCsv")}
        </a>
        <Link
          href="/signalen"
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("toRegister")}
        </Link>
      </div>

      <section aria-labelledby="signal-table-title" className="mb-8">
        <h2 id="signal-table-title" className="mb-2 text-2xl font-semibold">
          {t("tableTitle")}
        </h2>
        <p className="mb-1 text-slate-700">{t("smallNumbers")}</p>
        <p className="mb-3 text-slate-700">
          {t("previousLine", { from: day(report.previous.from), to: day(report.previous.to) })}
        </p>
        {report.rows.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable
            caption={t("tableTitle")}
            headers={[t("otherParty"), t("theme"), t("signals"), t("dossiers"), t("previous"), t("trendHeader")]}
            rows={report.rows.map((row) => {
              const { theme, trend } = signalRowWords(row, words);
              return [row.otherParty, theme, row.signals, row.dossiers ?? "–", row.previous ?? "–", trend];
            })}
          />
        )}
      </section>

      <section aria-labelledby="signal-answers-title" className="mb-8">
        <h2 id="signal-answers-title" className="mb-2 text-2xl font-semibold">
          {t("answersTitle")}
        </h2>
        {report.answers.length === 0 ? (
          <p>{t("noAnswers")}</p>
        ) : (
          <ul className="space-y-4">
            {report.answers.map((answer, index) => (
              <li key={index} className="max-w-3xl rounded border border-slate-300 p-3">
                <p className="font-semibold">
                  {answer.otherParty}: {t(`themes.${answer.theme}`)}
                </p>
                <p className="whitespace-pre-wrap">{answer.description}</p>
                <p className="text-slate-700">
                  {answer.raisedWith
                    ? t("raisedLine", { with: answer.raisedWith, on: answer.raisedOn ? day(answer.raisedOn) : "–" })
                    : t("raisedUnknown")}
                </p>
                <p className="whitespace-pre-wrap">
                  {t("answerLine", { on: day(answer.answeredOn), answer: answer.answer })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="signal-examples-title" className="mb-8">
        <h2 id="signal-examples-title" className="mb-2 text-2xl font-semibold">
          {t("examplesTitle")}
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">{t("examplesIntro")}</p>
        {examples.length === 0 ? (
          <p>{t("noExamples")}</p>
        ) : (
          examples.map((row) => (
            <div key={`${row.otherParty}-${row.theme}`} className="mb-3">
              <h3 className="font-semibold">
                {row.otherParty}: {t(`themes.${row.theme}`)}
              </h3>
              <ul className="list-disc pl-6">
                {row.examples.map((example, index) => (
                  <li key={index}>{signalExampleWords(example, words, locale)}</li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </>
  );
}
