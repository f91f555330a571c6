// The weekly hours report as a file: the same report object the page shows, so a download can never
// hold other numbers than the screen. Hours are tenths of an hour in both, rounded once.
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { staffFormat } from "@/lib/format/staff-format";
import type { Locale } from "@/lib/i18n/locales";
import { TIME_KINDS } from "@/lib/time/plan";
import { CSV_CONTENT_TYPE, toCsv, toXlsx, XLSX_CONTENT_TYPE, type Sheet } from "./export";
import { formatTenths, planLines, tenthsAsNumber, tenthsOfHour, type Translate } from "./hours-format";
import {
  getHoursReport,
  type HoursReport,
  type HoursReportOptions,
  type HoursReportQuery,
  type Minutes,
} from "./hours";
import { SPREEKUUR_PARTS, type SpreekuurMinutes } from "@/lib/time/spreekuur";
import { clock } from "@/lib/clock";
import { REPORT_ROLES } from "@/lib/auth/policy";

const HOURS_EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type HoursExportFormat = (typeof HOURS_EXPORT_FORMATS)[number];

export function isHoursExportFormat(value: unknown): value is HoursExportFormat {
  return typeof value === "string" && (HOURS_EXPORT_FORMATS as readonly string[]).includes(value);
}

/** hours and ratio cells hold tenths; a CSV writes them "6,5", a workbook as the number 6.5. */
type CellKind = "text" | "hours" | "ratio" | "count" | "percent";
type Table = {
  name: string;
  columns: { key: string; header: string; kind: CellKind }[];
  rows: Record<string, string | number | null>[];
};

function hoursReportTables(report: HoursReport, t: Translate, locale: Locale, madeAt: Date): Table[] {
  const text = (key: string, values?: Record<string, string | number>) => t(`hoursReport.${key}`, values);
  const kindColumns = TIME_KINDS.map((kind) => ({
    key: kind,
    header: text("export.hoursOf", { kind: t(`timeKind.${kind}`) }),
    kind: "hours" as const,
  }));
  const kindCells = (minutes: Minutes) =>
    Object.fromEntries(TIME_KINDS.map((kind) => [kind, tenthsOfHour(minutes[kind])]));
  const hours = (minutes: number | null) => (minutes === null ? null : tenthsOfHour(minutes));
  // At a location the plan does not apply (see getHoursReport), so its columns are left out.
  const planColumns = [
    { key: "total", header: text("export.totalHours"), kind: "hours" as const },
    ...(report.location
      ? []
      : [
          { key: "plan", header: text("export.planHours"), kind: "hours" as const },
          { key: "difference", header: text("export.differenceHours"), kind: "hours" as const },
        ]),
  ];
  // Where the spreekuur hours come from, and how much of the presence went to conversations.
  const spreekuurColumns = [
    ...SPREEKUUR_PARTS.map((part) => ({ key: part, header: text(`export.${part}`), kind: "hours" as const })),
    { key: "utilisation", header: text("export.utilisation"), kind: "percent" as const },
  ];
  const spreekuurCells = (row: { spreekuur: SpreekuurMinutes; utilisationPercent: number | null }) => ({
    ...Object.fromEntries(SPREEKUUR_PARTS.map((part) => [part, tenthsOfHour(row.spreekuur[part])])),
    utilisation: row.utilisationPercent,
  });
  const { from, to } = report.range;

  return [
    {
      name: text("export.aboutSheet"),
      columns: [
        { key: "item", header: text("export.item"), kind: "text" },
        { key: "value", header: text("export.value"), kind: "text" },
      ],
      rows: [
        { item: text("export.organisation"), value: report.organisation },
        {
          item: text("export.weeks"),
          value: from.label === to.label ? from.label : text("export.weekRange", { from: from.label, to: to.label }),
        },
        { item: text("export.period"), value: text("export.dayRange", { from: from.start, to: to.end }) },
        { item: text("location"), value: report.location?.name ?? text("allLocations") },
        { item: text("export.madeAt"), value: staffFormat(locale).date(madeAt, "yyyy-MM-dd HH:mm") },
        ...planLines(report.plan, t, locale).map((line) => ({
          item: text("export.planOf", { role: line.role }),
          value: line.text,
        })),
        ...(report.planChanged && !report.location ? [{ item: text("export.note"), value: text("planChanged") }] : []),
        { item: text("export.note"), value: report.location ? text("locationNote") : text("differenceNote") },
        { item: text("export.note"), value: text("spreekuurNote") },
      ],
    },
    {
      name: text("perPerson"),
      columns: [
        { key: "name", header: text("person"), kind: "text" },
        { key: "role", header: text("role"), kind: "text" },
        ...kindColumns,
        ...planColumns,
        ...spreekuurColumns,
      ],
      rows: [
        ...report.people.map((person) => ({
          name: person.name,
          role: staffFormat(locale).roles(person.roles, person.advisorKind, "comma"),
          ...kindCells(person.minutes),
          total: hours(person.total),
          plan: hours(person.plannedTotal),
          difference: hours(person.difference),
          ...spreekuurCells(person),
        })),
        {
          name: text("total"),
          role: null,
          ...kindCells(report.totals.minutes),
          total: hours(report.totals.total),
          plan: hours(report.totals.plannedTotal),
          difference: hours(report.totals.difference),
          ...spreekuurCells(report.totals),
        },
      ],
    },
    {
      name: text("perWeek"),
      columns: [
        { key: "week", header: text("week"), kind: "text" },
        { key: "monday", header: text("export.monday"), kind: "text" },
        { key: "sunday", header: text("export.sunday"), kind: "text" },
        ...kindColumns,
        ...planColumns,
        { key: "ratio", header: text("export.ratio"), kind: "ratio" },
        { key: "sessionsHeld", header: text("sessionsHeld"), kind: "count" },
        { key: "sessionsCancelled", header: text("sessionsCancelled"), kind: "count" },
        { key: "standIns", header: text("standIns"), kind: "count" },
        ...spreekuurColumns,
      ],
      rows: [
        ...report.weeks.map((week) => ({
          ...week,
          week: week.week.label,
          monday: week.week.start,
          sunday: week.week.end,
        })),
        { ...report.totals, week: text("total"), monday: from.start, sunday: to.end },
      ].map((row) => ({
        week: row.week,
        monday: row.monday,
        sunday: row.sunday,
        ...kindCells(row.minutes),
        total: hours(row.total),
        plan: hours(row.plannedTotal),
        difference: hours(row.difference),
        ratio: row.ratioTenths,
        sessionsHeld: row.sessionsHeld,
        sessionsCancelled: row.sessionsCancelled,
        standIns: row.standIns,
        ...spreekuurCells(row),
      })),
    },
  ];
}

function csvOf(tables: Table[]): string {
  const cell = (kind: CellKind, value: string | number | null) =>
    value === null
      ? ""
      : typeof value === "number" && (kind === "hours" || kind === "ratio")
        ? formatTenths(value, "nl", { grouping: false })
        : value;
  // One file, the tables one after another with an empty line between; the byte-order mark only
  // belongs at the very start.
  return tables
    .map((table, index) => {
      const rows = table.rows.map((row) =>
        Object.fromEntries(table.columns.map((column) => [column.key, cell(column.kind, row[column.key] ?? null)])),
      );
      const csv = toCsv(rows, table.columns);
      return index === 0 ? csv : csv.replace(/^\uFEFF/, "");
    })
    .join("\r\n");
}

function sheetsOf(tables: Table[]): Sheet<Record<string, unknown>>[] {
  const cell = (kind: CellKind, value: string | number | null) =>
    typeof value === "number" && (kind === "hours" || kind === "ratio") ? tenthsAsNumber(value) : value;
  return tables.map((table) => ({
    name: table.name,
    columns: table.columns.map(({ key, header }) => ({ key, header })),
    rows: table.rows.map((row) =>
      Object.fromEntries(table.columns.map((column) => [column.key, cell(column.kind, row[column.key] ?? null)])),
    ),
  }));
}

/**
 * The report as a CSV or .xlsx download, for the coordinator only. The file leaves Spreekuur with
 * named staff hours in it, so the export is written to the audit trail.
 */
export async function exportHoursReport(
  actor: Actor | null,
  query: HoursReportQuery,
  format: HoursExportFormat,
  t: Translate,
  locale: Locale,
  options: HoursReportOptions = {},
): Promise<{ body: string | Uint8Array; fileName: string; contentType: string }> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const report = await getHoursReport(coordinator, query, options);
  const tables = hoursReportTables(report, t, locale, options.now ?? clock.now());
  const { from, to } = report.range;
  const baseName = `${t("hoursReport.export.fileName")}-${from.label === to.label ? from.label : `${from.label}-${to.label}`}`;
  await recordAudit({
    actor: coordinator,
    action: "report.hours_export",
    access: "READ",
    details: { format, fromWeek: from.label, toWeek: to.label, locationId: report.location?.id ?? null },
  });
  return format === "csv"
    ? { body: csvOf(tables), fileName: `${baseName}.csv`, contentType: CSV_CONTENT_TYPE }
    : { body: await toXlsx(sheetsOf(tables)), fileName: `${baseName}.xlsx`, contentType: XLSX_CONTENT_TYPE };
}
