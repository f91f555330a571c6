import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { PrintPageStyle } from "@/components/print-page-style";
import { HoursPrintButton } from "@/components/reports/hours-print-button";
import { HoursRangeForm } from "@/components/reports/hours-range-form";
import { HoursTable } from "@/components/reports/hours-table";
import { LinkBar } from "@/components/link-bar";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { getHoursReport, type Minutes } from "@/lib/reports/hours";
import { spreekuurHours, type SpreekuurMinutes } from "@/lib/time/spreekuur";
import { formatTenths, planLines, tenthsOfHour } from "@/lib/reports/hours-format";
import { MAX_WEEKS } from "@/lib/reports/hours-weeks";
import { TIME_KINDS } from "@/lib/time/plan";
import { REPORT_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hoursReport"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PATH = "/rapportages/uren";
// On paper the wide tables need the long side of the sheet.
const PRINT_PAGE = "@page { size: A4 landscape; margin: 12mm; }";

export default async function HoursReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole(REPORT_ROLES);
  const { van, tot, locatie } = await searchParams;
  const report = await getHoursReport(actor, { fromWeek: van, toWeek: tot, locationId: locatie });
  const t = await getTranslations();
  const { locale, day, roles } = await getStaffFormat();

  const { range, location, totals } = report;
  const withPlan = location === null;
  const hours = (minutes: number) => formatTenths(tenthsOfHour(minutes), locale);
  const signedHours = (minutes: number) => formatTenths(tenthsOfHour(minutes), locale, { sign: true });
  const ratio = (tenths: number | null) =>
    tenths === null ? t("hoursReport.noRatio") : t("hoursReport.ratioValue", { ratio: formatTenths(tenths, locale) });
  const utilisation = (percent: number | null) =>
    percent === null ? t("hoursReport.noUtilisation") : t("hoursReport.utilisationValue", { percent });
  const spreekuurCells = (row: { spreekuur: SpreekuurMinutes; utilisationPercent: number | null }) => [
    hours(row.spreekuur.presence),
    hours(row.spreekuur.overtime),
    hours(row.spreekuur.outsideHours),
    hours(row.spreekuur.byHand),
    hours(spreekuurHours(row.spreekuur)),
    hours(row.spreekuur.inConversation),
    utilisation(row.utilisationPercent),
  ];
  const period = t("hoursReport.period", {
    from: day(range.from.start, "EEEE d MMMM yyyy"),
    to: day(range.to.end, "EEEE d MMMM yyyy"),
  });
  const query = (from: string, to: string) =>
    new URLSearchParams({ van: from, tot: to, ...(location ? { locatie: location.id } : {}) });
  const href = (from: string, to: string) => `${PATH}?${query(from, to)}`;
  const exportHref = (format: "csv" | "xlsx") =>
    `${PATH}/export?${new URLSearchParams({ format, ...Object.fromEntries(query(range.from.label, range.to.label)) })}`;

  const kindCells = (minutes: Minutes) => TIME_KINDS.map((kind) => hours(minutes[kind]));
  const planCells = (plannedTotal: number | null, difference: number | null) =>
    withPlan && plannedTotal !== null && difference !== null ? [hours(plannedTotal), signedHours(difference)] : [];
  const kindHeaders = TIME_KINDS.map((kind) => t(`timeKind.${kind}`));
  const planHeaders = withPlan ? [t("hoursReport.plan"), t("hoursReport.differenceColumn")] : [];
  const spreekuurHeaders = [
    t("hoursReport.presence"),
    t("hoursReport.overtime"),
    t("hoursReport.outsideHours"),
    t("hoursReport.byHand"),
    t("hoursReport.spreekuurTotal"),
    t("hoursReport.inConversation"),
    t("hoursReport.utilisation"),
  ];
  const sessionCells = (row: { sessionsHeld: number; sessionsCancelled: number; standIns: number }) =>
    [row.sessionsHeld, row.sessionsCancelled, row.standIns].map(String);
  const singleWeek = range.from.label === range.to.label;

  return (
    <>
      <PrintPageStyle css={PRINT_PAGE} />
      <p className="mb-2 print:hidden">
        <Link href="/rapportages" className="text-brand-800 underline">
          {t("hoursReport.backToReports")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("hoursReport.title")}</h1>
      <p className="mb-6 text-slate-700 print:text-black">
        {t("hoursReport.intro", { organisation: report.organisation })}
      </p>

      <LinkBar
        label={t("hoursReport.weekNavigation")}
        links={[
          { key: "previous", href: href(range.previous.from, range.previous.to), text: t("hoursReport.previousWeek") },
          {
            key: "current",
            href: href(range.current, range.current),
            text: t("hoursReport.thisWeek"),
            current: singleWeek && range.from.label === range.current,
          },
          { key: "next", href: href(range.next.from, range.next.to), text: t("hoursReport.nextWeek") },
        ]}
      />
      <HoursRangeForm
        action={PATH}
        texts={{
          legend: t("hoursReport.chooseWeeks"),
          fromWeek: t("hoursReport.fromWeek"),
          toWeek: t("hoursReport.toWeek"),
          hint: t("hoursReport.weekHint"),
          location: t("hoursReport.location"),
          allLocations: t("hoursReport.allLocations"),
          show: t("hoursReport.show"),
        }}
        fromWeek={range.from.label}
        toWeek={range.to.label}
        locationId={location?.id ?? null}
        locations={report.locations}
      />

      <section aria-labelledby="hours-period" className="mb-8">
        <h2 id="hours-period" className="text-2xl font-semibold">
          {singleWeek
            ? t("hoursReport.weekTitle", { week: range.from.week, year: range.from.year })
            : t("hoursReport.rangeTitle", {
                fromWeek: range.from.week,
                fromYear: range.from.year,
                toWeek: range.to.week,
                toYear: range.to.year,
              })}
        </h2>
        <p className="text-slate-700 print:text-black">{period}</p>
        <p className="mb-4 text-slate-700 print:text-black">
          {t("hoursReport.locationLine", { location: location?.name ?? t("hoursReport.allLocations") })}
        </p>
        {range.clamped ? (
          <p role="status" className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
            {t("hoursReport.clamped", { max: MAX_WEEKS })}
          </p>
        ) : null}

        <div
          className="mb-6 flex flex-wrap items-center gap-3 print:hidden"
          role="group"
          aria-label={t("hoursReport.downloads")}
        >
          <a
            href={exportHref("csv")}
            download
            className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("hoursReport.downloadCsv")}
          </a>
          <a
            href={exportHref("xlsx")}
            download
            className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("hoursReport.downloadExcel")}
          </a>
          <HoursPrintButton text={t("hoursReport.print")} />
        </div>

        <h3 className="mb-2 text-xl font-semibold">{t("hoursReport.summary")}</h3>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4">
          {[
            [t("hoursReport.totalHours"), hours(totals.total)],
            ...(withPlan && totals.plannedTotal !== null && totals.difference !== null
              ? [
                  [t("hoursReport.plannedHours"), hours(totals.plannedTotal)],
                  [t("hoursReport.difference"), signedHours(totals.difference)],
                ]
              : []),
            [t("hoursReport.ratio"), ratio(totals.ratioTenths)],
            [t("hoursReport.utilisation"), utilisation(totals.utilisationPercent)],
            [t("hoursReport.sessionsHeld"), String(totals.sessionsHeld)],
            [t("hoursReport.sessionsCancelled"), String(totals.sessionsCancelled)],
            [t("hoursReport.standIns"), String(totals.standIns)],
          ].map(([term, value]) => (
            <div key={term} className="break-inside-avoid rounded border border-slate-300 p-3">
              <dt className="text-slate-700 print:text-black">{term}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-slate-700 print:text-black">{t("hoursReport.ratioHint")}</p>
      </section>

      <section className="mb-8 break-inside-avoid">
        <HoursTable
          caption={t("hoursReport.tableCaption", { table: t("hoursReport.perPerson"), period })}
          headers={[t("hoursReport.person"), ...kindHeaders, t("hoursReport.total"), ...planHeaders]}
          rows={report.people.map((person) => ({
            key: person.userId,
            header: person.name,
            detail: roles(person.roles, person.advisorKind, "comma"),
            cells: [
              ...kindCells(person.minutes),
              hours(person.total),
              ...planCells(person.plannedTotal, person.difference),
            ],
          }))}
          footer={{
            key: "total",
            header: t("hoursReport.total"),
            cells: [
              ...kindCells(totals.minutes),
              hours(totals.total),
              ...planCells(totals.plannedTotal, totals.difference),
            ],
          }}
          empty={t("hoursReport.noPeople")}
        />
      </section>

      <section aria-labelledby="hours-spreekuur" className="mb-8 break-inside-avoid">
        <h2 id="hours-spreekuur" className="text-xl font-semibold">
          {t("hoursReport.spreekuurTitle")}
        </h2>
        <p className="mb-3 max-w-prose text-slate-700 print:text-black">{t("hoursReport.spreekuurIntro")}</p>
        <HoursTable
          caption={t("hoursReport.tableCaption", { table: t("hoursReport.spreekuurTitle"), period })}
          headers={[t("hoursReport.person"), ...spreekuurHeaders]}
          rows={report.people
            .filter((person) => person.minutes.CONSULTATION !== 0 || person.spreekuur.inConversation !== 0)
            .map((person) => ({
              key: person.userId,
              header: person.name,
              detail: roles(person.roles, person.advisorKind, "comma"),
              cells: spreekuurCells(person),
            }))}
          footer={{ key: "total", header: t("hoursReport.total"), cells: spreekuurCells(totals) }}
          empty={t("hoursReport.noPeople")}
        />
      </section>

      <section className="mb-8">
        <HoursTable
          caption={t("hoursReport.tableCaption", { table: t("hoursReport.perWeek"), period })}
          headers={[
            t("hoursReport.week"),
            ...kindHeaders,
            t("hoursReport.total"),
            ...planHeaders,
            t("hoursReport.ratio"),
            t("hoursReport.utilisation"),
            t("hoursReport.sessionsHeld"),
            t("hoursReport.sessionsCancelled"),
            t("hoursReport.standIns"),
          ]}
          rows={report.weeks.map((row) => ({
            key: row.week.label,
            header: t("hoursReport.weekCell", { week: row.week.week }),
            detail: `${day(row.week.start, "d MMM")} – ${day(row.week.end, "d MMM yyyy")}`,
            cells: [
              ...kindCells(row.minutes),
              hours(row.total),
              ...planCells(row.plannedTotal, row.difference),
              ratio(row.ratioTenths),
              utilisation(row.utilisationPercent),
              ...sessionCells(row),
            ],
          }))}
          footer={{
            key: "total",
            header: t("hoursReport.total"),
            cells: [
              ...kindCells(totals.minutes),
              hours(totals.total),
              ...planCells(totals.plannedTotal, totals.difference),
              ratio(totals.ratioTenths),
              utilisation(totals.utilisationPercent),
              ...sessionCells(totals),
            ],
          }}
          empty={t("hoursReport.noPeople")}
        />
      </section>

      <section aria-labelledby="hours-notes" className="text-slate-700 print:text-black">
        <h2 id="hours-notes" className="mb-2 text-xl font-semibold text-slate-900">
          {t("hoursReport.notesTitle")}
        </h2>
        {withPlan ? (
          <>
            {report.planChanged ? <p>{t("hoursReport.planChanged")}</p> : null}
            <p>{t("hoursReport.planTitle")}</p>
            <ul className="mb-2 list-disc pl-6">
              {planLines(report.plan, t, locale).map((line) => (
                <li key={line.role}>
                  {line.role}: {line.text}
                </li>
              ))}
            </ul>
            <p>{t("hoursReport.differenceNote")}</p>
          </>
        ) : (
          <p>{t("hoursReport.locationNote")}</p>
        )}
        <p>{t("hoursReport.hoursNote")}</p>
      </section>

      <section aria-labelledby="hours-plan" className="mt-8 print:hidden">
        <h2 id="hours-plan" className="mb-2 text-xl font-semibold">
          {t("hoursPlan.title")}
        </h2>
        <p className="mb-3 text-slate-700">{t("hoursPlan.intro")}</p>
        <p>
          <Link href="/instellingen" className="font-medium text-brand-800 underline hover:text-brand-700">
            {t("settings.elsewhere")}
          </Link>
        </p>
      </section>
    </>
  );
}
