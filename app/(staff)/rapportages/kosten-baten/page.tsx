import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/data-table";
import { PrintButton } from "@/components/print-button";
import { CostBenefitFigures } from "@/components/reports/cost-benefit-figures";
import { CostBenefitPeriodForm } from "@/components/reports/cost-benefit-period-form";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { formatShare, hourlyCostCents } from "@/lib/reports/cost-benefit";
import { costBenefitPeriod, getCostBenefitOverview } from "@/lib/reports/cost-benefit-overview";
import { REPORT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costBenefit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CostBenefitPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(REPORT_ROLES);
  const { period, error } = costBenefitPeriod(await searchParams);
  const overview = await getCostBenefitOverview(actor, period);
  const t = await getTranslations();
  const c = await getTranslations("costBenefit");
  const { locale, euro, minutes, day, month: calendarMonth, name, list } = await getStaffFormat();
  const month = (value: string) => calendarMonth(value, "MMM yyyy");
  const domain = (value: { nameNl: string; nameEn: string } | null) => (value ? name(value) : c("unknownDomain"));
  const { totals, extrapolation, rows } = overview;
  const query = new URLSearchParams({ van: period.from, tot: period.to });

  return (
    <>
      <p className="print:hidden">
        <Link href="/rapportages" className="font-semibold text-brand-800 underline">
          {c("backToReports")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{c("title")}</h1>
      <p className="mb-2 text-slate-700">{c("intro", { organisation: overview.organisation })}</p>
      <p className="mb-6 text-lg font-medium">{c("period", { from: day(period.from), to: day(period.to) })}</p>
      {error && (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
          {error} {c("periodFallback")}
        </p>
      )}
      <CostBenefitPeriodForm
        action="/rapportages/kosten-baten"
        from={period.from}
        to={period.to}
        labels={{ legend: c("periodLegend"), from: c("from"), to: c("to"), show: c("show") }}
      />
      <div className="mb-8 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={c("print")} />
        <a
          href={`/rapportages/kosten-baten/export?${new URLSearchParams({ format: "csv", ...Object.fromEntries(query) })}`}
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {c("downloadCsv")}
        </a>
        <a
          href={`/rapportages/kosten-baten/export?${new URLSearchParams({ format: "xlsx", ...Object.fromEntries(query) })}`}
          className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {c("downloadXlsx")}
        </a>
      </div>

      <section aria-labelledby="summary-title" className="mb-8">
        <h2 id="summary-title" className="mb-2 text-2xl font-semibold">
          {c("summaryTitle")}
        </h2>
        <p className="mb-1 text-lg font-medium">{c("casesCounted", { count: rows.length })}</p>
        <p className="mb-4 text-slate-700">
          {c("whichCases", { without: overview.closedWithoutBenefits, closed: overview.closedCases })}
        </p>
        <CostBenefitFigures
          label={c("summaryTitle")}
          figures={[
            { term: c("time"), value: minutes(totals.minutes) },
            {
              term: c("costs"),
              value: euro(totals.costs.totalCents),
              note: c("costsParts", {
                advisor: euro(totals.costs.advisorCents),
                project: euro(totals.costs.projectCents),
                service: euro(totals.costs.serviceCents),
              }),
            },
            { term: c("clientBenefits"), value: euro(totals.clientBenefitsCents) },
            { term: c("governmentBenefits"), value: euro(totals.governmentBenefitsCents) },
            { term: c("benefits"), value: euro(totals.benefitsCents) },
            { term: c("net"), value: euro(totals.netCents), strong: true },
            { term: c("governmentNet"), value: euro(totals.governmentNetCents) },
            {
              term: c("averageNet"),
              value: totals.averageNetCents === null ? "–" : euro(totals.averageNetCents),
              strong: true,
            },
          ]}
        />
        <p className="mt-4">
          {totals.netSplit
            ? c("split", {
                client: formatShare(totals.netSplit.client, locale),
                government: formatShare(totals.netSplit.government, locale),
              })
            : c("noSplit")}
        </p>
      </section>

      <section aria-labelledby="extrapolation-title" className="mb-8">
        <h2 id="extrapolation-title" className="mb-2 text-2xl font-semibold">
          {c("extrapolationTitle")}
        </h2>
        {extrapolation && totals.averageNetCents !== null ? (
          <>
            <p>
              {c("extrapolation", {
                domains: list(extrapolation.domains.map(domain)),
                share: formatShare(extrapolation.represented, locale),
                questions: extrapolation.questions,
                cases: extrapolation.cases,
                average: euro(totals.averageNetCents),
                total: euro(extrapolation.netCents),
              })}
              {extrapolation.clientCents !== null &&
                extrapolation.governmentCents !== null &&
                ` ${c("extrapolationSplit", { client: euro(extrapolation.clientCents), government: euro(extrapolation.governmentCents) })}`}
            </p>
            <p className="mt-2 text-slate-700">{c("extrapolationCaveat")}</p>
          </>
        ) : (
          <p>{c("noExtrapolation")}</p>
        )}
      </section>

      <section aria-labelledby="effects-title" className="mb-8">
        <h2 id="effects-title" className="mb-2 text-2xl font-semibold">
          {c("effectsTitle")}
        </h2>
        <p className="mb-2 text-slate-700">{c("effectsText")}</p>
        <ul className="list-disc pl-6">
          {overview.effects.map((effect) => (
            <li key={effect.category}>
              {t(`benefitCategory.${effect.category}`)}: {c("effectCases", { count: effect.cases })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cases-title" className="mb-8">
        <h2 id="cases-title" className="mb-2 text-2xl font-semibold">
          {c("casesTitle")}
        </h2>
        <p className="mb-2 text-slate-700">{c("casesText")}</p>
        {rows.length === 0 ? (
          <p>{c("noCases")}</p>
        ) : (
          <DataTable
            caption={c("casesTitle")}
            headers={[
              c("case"),
              c("domain"),
              c("closedMonth"),
              c("timeShort"),
              c("costs"),
              c("client"),
              c("government"),
              c("netShort"),
              c("governmentNetShort"),
              c("effects"),
              c("story"),
            ]}
            rows={[
              ...rows.map((row) => [
                c("caseNumber", { number: row.number }),
                domain(row.domain),
                month(row.closedMonth),
                minutes(row.minutes, "clock"),
                euro(row.costs.totalCents),
                euro(row.clientBenefitsCents),
                euro(row.governmentBenefitsCents),
                euro(row.netCents),
                euro(row.governmentNetCents),
                <span key="effects" className="text-sm">
                  {list(
                    row.unquantified.map((category) => t(`benefitCategory.${category}`)),
                    "comma",
                  ) || "–"}
                </span>,
                row.storyCaseId ? (
                  <Link
                    key="story"
                    href={`/rapportages/kosten-baten/verhaal/${row.storyCaseId}`}
                    className="font-semibold text-brand-800 underline"
                  >
                    {c("storyLink", { number: row.number })}
                  </Link>
                ) : (
                  "–"
                ),
              ]),
              [
                <strong key="total">{c("total")}</strong>,
                "",
                "",
                <strong key="time">{minutes(totals.minutes, "clock")}</strong>,
                <strong key="costs">{euro(totals.costs.totalCents)}</strong>,
                <strong key="client">{euro(totals.clientBenefitsCents)}</strong>,
                <strong key="government">{euro(totals.governmentBenefitsCents)}</strong>,
                <strong key="net">{euro(totals.netCents)}</strong>,
                <strong key="governmentNet">{euro(totals.governmentNetCents)}</strong>,
                "",
                "",
              ],
            ]}
          />
        )}
      </section>

      <section aria-labelledby="rates-title" className="mb-8">
        <h2 id="rates-title" className="mb-2 text-2xl font-semibold">
          {c("ratesTitle")}
        </h2>
        <p className="mb-4">
          {c("currentRate", {
            total: euro(hourlyCostCents(overview.currentRate)),
            advisor: euro(overview.currentRate.advisorHourCents),
            project: euro(overview.currentRate.projectHourCents),
            service: euro(overview.currentRate.serviceHourCents),
          })}
        </p>
        {overview.rates.length === 0 ? (
          <p className="mb-4">{c("noRates")}</p>
        ) : (
          <div className="mb-4">
            <h3 className="text-lg font-semibold">{c("ratesHistory")}</h3>
            <DataTable
              caption={c("ratesHistory")}
              headers={[c("validFrom"), c("advisorHour"), c("projectHour"), c("serviceHour"), c("perHour")]}
              rows={overview.rates.map((rate) => [
                day(rate.validFrom),
                euro(rate.advisorHourCents),
                euro(rate.projectHourCents),
                euro(rate.serviceHourCents),
                euro(rate.hourlyCostCents),
              ])}
            />
          </div>
        )}
        <p>
          <Link href="/instellingen" className="font-medium text-brand-800 underline hover:text-brand-700">
            {t("settings.elsewhere")}
          </Link>
        </p>
      </section>
    </>
  );
}
