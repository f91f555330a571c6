// One description of the monitoring figures as named tables, used three times: the page renders
// it, the CSV and the workbook write it. So the page and both files hold the same numbers by
// construction, and a change to a figure shows up in all three.
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { staffFormat } from "@/lib/format/staff-format";
import type { Locale } from "@/lib/i18n/locales";
import { ok, type Result } from "@/lib/result";
import { CSV_CONTENT_TYPE, toCsv, toXlsx, XLSX_CONTENT_TYPE } from "./export";
import { getMonitoringFigures, type CountTable, type DomainRow, type MonitoringFigures } from "./monitoring";
import type { ReportCell } from "./suppression";
import { clock } from "@/lib/clock";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** A translator for the "monitoring" messages: next-intl's, on a page or in a route handler. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type FigureUnit = "count" | "percent" | "minutes";
/** A number, a suppressed count ("<5"), or null: not shown (too few) or there is nothing to divide by. */
export type FigureValue = ReportCell | number | null;
type FigureColumn = { key: string; header: string; unit: FigureUnit };
type FigureRow = {
  /** Stable, for machines: an enum value, a taxonomy code, a month (yyyy-MM). */
  code: string;
  label: string;
  /** Per column key; a key that is missing does not apply to this row (the percentage of a total). */
  values: Record<string, FigureValue>;
  /** A total or a summary line: in the table, not in the chart. */
  summary?: boolean;
};
export type FigureTable = {
  /** Stable, for machines: the "figuur" column of the CSV. */
  id: string;
  title: string;
  description: string;
  categoryHeader: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  chart: { type: "bar" | "line"; keys: string[] } | null;
};

export type ExportFormat = "csv" | "xlsx";
export type ExportFile = { body: string | Uint8Array; fileName: string; contentType: string };

const COUNT_COLUMNS = ["aantal", "procent"] as const;

/** The figures as tables, in the order of the page. */
export function monitoringTables(figures: MonitoringFigures, t: Translate, locale: Locale): FigureTable[] {
  const { name, month } = staffFormat(locale);
  const columns = (...keys: string[]): FigureColumn[] =>
    keys.map((key) => ({
      key,
      header: t(`columns.${key}`),
      unit: key === "procent" ? "percent" : key.endsWith("_minuten") ? "minutes" : "count",
    }));
  const figure = (
    id: string,
    rows: FigureRow[],
    keys: readonly string[],
    chart: FigureTable["chart"],
  ): FigureTable => ({
    id,
    title: t(`figures.${id}.title`),
    description: t(`figures.${id}.description`),
    categoryHeader: t(`figures.${id}.category`),
    columns: columns(...keys),
    rows,
    chart,
  });
  const totalRow = (total: ReportCell | null): FigureRow => ({
    code: "totaal",
    label: t("total"),
    values: { aantal: total },
    summary: true,
  });
  const countRows = <Code extends string>(table: CountTable<Code>, labelOf: (code: Code) => string): FigureRow[] => [
    ...table.rows.map((row) => ({
      code: row.code,
      label: labelOf(row.code),
      values: { aantal: row.count, procent: row.percent },
    })),
    totalRow(table.total),
  ];
  const countFigure = <Code extends string>(id: string, table: CountTable<Code>, labelOf: (code: Code) => string) =>
    figure(id, countRows(table, labelOf), COUNT_COLUMNS, { type: "bar", keys: ["aantal"] });

  const domainName = (row: DomainRow) => (row.code === null ? t("noDomain") : (name(row) ?? row.code));
  const domainRow = (row: DomainRow, label: string): FigureRow => ({
    code: row.code ?? "onbekend",
    label,
    values: { aantal: row.count, procent: row.percent },
  });
  const topName = new Map(figures.legalDomains.top.map((row) => [row.code, domainName(row)]));
  const subLabel = (row: DomainRow) =>
    row.parentCode !== null
      ? `${topName.get(row.parentCode) ?? row.parentCode} > ${domainName(row)}`
      : row.hasSubdomains
        ? t("withoutSubdomain", { domain: domainName(row) })
        : domainName(row);
  const { outcomes, reach } = figures;
  const unknownOr = (label: (code: string) => string) => (code: string) =>
    code === "UNKNOWN" ? t("unknown") : label(code);

  return [
    countFigure("contacten", figures.contacts, (code) => t(`contactKind.${code}`)),
    countFigure("clienten", figures.clients, (code) => t(`clientKind.${code}`)),
    countFigure("bezoeken", figures.visits, (code) => t(`visitOutcome.${code}`)),
    countFigure("vragen", figures.questions, (code) => t(`caseKind.${code}`)),
    figure(
      "rechtsgebieden",
      [...figures.legalDomains.top.map((row) => domainRow(row, domainName(row))), totalRow(figures.legalDomains.total)],
      COUNT_COLUMNS,
      { type: "bar", keys: ["aantal"] },
    ),
    figure(
      "subgebieden",
      [...figures.legalDomains.sub.map((row) => domainRow(row, subLabel(row))), totalRow(figures.legalDomains.total)],
      COUNT_COLUMNS,
      { type: "bar", keys: ["aantal"] },
    ),
    figure(
      "andere-rechtsgebieden",
      figures.legalDomains.others.map((row) => domainRow(row, domainName(row))),
      COUNT_COLUMNS,
      { type: "bar", keys: ["aantal"] },
    ),
    countFigure("acties", figures.actions, (code) => t(`actionKind.${code}`)),
    countFigure("wederpartijen", figures.otherParties, (code) => t(`otherPartyKind.${code}`)),
    countFigure("verwijzers", figures.referralsIn, (code) => t(`partnerType.${code}`)),
    countFigure("doorverwijzingen", figures.referralsOut, (code) => t(`partnerType.${code}`)),
    countFigure("afspraken", figures.appointments, (code) => t(`bookingChannel.${code}`)),
    figure(
      "herinneringen",
      figures.reminders.map((row) => ({
        code: row.kind,
        label: t(`reminderKind.${row.kind}`),
        values: { afspraken: row.appointments, niet_gekomen: row.noShows, procent: row.noShowPercent },
      })),
      ["afspraken", "niet_gekomen", "procent"],
      { type: "bar", keys: ["procent"] },
    ),
    countFigure("wachtlijst", figures.waitingList, (code) => t(`waitingListChannel.${code}`)),
    countFigure("wachtlijst-aanbiedingen", figures.waitingListOffers, (code) => t(`offerAnswer.${code}`)),
    figure(
      "uitkomsten",
      [
        ...countRows(outcomes, (code) => t(`outcome.${code}`)),
        {
          code: "opgelost_zonder_doorverwijzing",
          label: t("solvedWithoutReferral"),
          values: { aantal: outcomes.solvedWithoutReferral, procent: outcomes.solvedWithoutReferralPercent },
          summary: true,
        },
      ],
      COUNT_COLUMNS,
      { type: "bar", keys: ["aantal"] },
    ),
    figure(
      "wachttijden",
      figures.waitingTimes.map((row) => ({
        code: row.kind,
        label: t(`waitKind.${row.kind}`),
        values: { waarnemingen: row.observations, mediaan_minuten: row.medianMinutes, p90_minuten: row.p90Minutes },
      })),
      ["waarnemingen", "mediaan_minuten", "p90_minuten"],
      { type: "bar", keys: ["mediaan_minuten", "p90_minuten"] },
    ),
    countFigure("locaties", reach.locations, (code) => reach.locationNames[code] ?? code),
    countFigure(
      "leeftijden",
      reach.ageBands,
      unknownOr((code) => t(`ageBand.${code}`)),
    ),
    countFigure(
      "talen",
      reach.languages,
      unknownOr((code) => t(`language.${code}`)),
    ),
    countFigure(
      "postcodegebieden",
      reach.postcodeAreas,
      unknownOr((code) => (code === "OTHER" ? t("otherAreas") : code)),
    ),
    countFigure(
      "kanalen",
      reach.channels,
      unknownOr((code) => t(`channel.${code}`)),
    ),
    figure(
      "maanden",
      figures.months.map((row) => ({
        code: row.month,
        label: month(row.month),
        values: { contacten: row.contacts, clienten: row.clients, vragen: row.questions },
      })),
      ["contacten", "clienten", "vragen"],
      { type: "line", keys: ["contacten", "clienten", "vragen"] },
    ),
  ];
}

/** A value as a Dutch spreadsheet reads it: a decimal comma, nothing for "not shown". */
export function csvValue(value: FigureValue): string | number {
  if (value === null) return "";
  if (typeof value === "number" && !Number.isInteger(value)) return String(value).replace(".", ",");
  return value;
}

/** The long format: one line per figure, category and measure, so any tool can pivot it. */
export function monitoringCsv(tables: FigureTable[], t: Translate): string {
  const lines = tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns
        .filter((column) => column.key in row.values)
        .map((column) => ({
          figure: table.id,
          category: row.code,
          label: row.label,
          measure: column.key,
          value: csvValue(row.values[column.key]),
        })),
    ),
  );
  const header = (key: "figure" | "category" | "label" | "measure" | "value") => ({ key, header: t(`csv.${key}`) });
  return toCsv(lines, [header("figure"), header("category"), header("label"), header("measure"), header("value")]);
}

/** A workbook with one sheet per figure: the code, the label and the figure's own columns. */
function monitoringXlsx(tables: FigureTable[], t: Translate): Promise<Buffer> {
  return toXlsx(
    tables.map((table) => ({
      name: table.title,
      columns: [
        { key: "code", header: t("csv.category"), width: 16 },
        { key: "label", header: table.categoryHeader, width: 48 },
        ...table.columns.map((column) => ({ key: column.key, header: column.header, width: 18 })),
      ],
      rows: table.rows.map((row) => ({ code: row.code, label: row.label, ...row.values })),
    })),
  );
}

function monitoringFileName(figures: MonitoringFigures, format: ExportFormat): string {
  return `monitoringcijfers-${figures.organisation.slug}-${figures.period.from}-${figures.period.to}.${format}`;
}

/**
 * The monitoring figures as a file for the coordinator. The export is recorded in the audit trail:
 * it holds no personal data, but it does leave Spreekuur.
 */
export async function exportMonitoringFigures(
  actor: Actor | null,
  input: { from?: unknown; to?: unknown; format: ExportFormat },
  { t, locale, now = clock.now() }: { t: Translate; locale: Locale; now?: Date },
): Promise<Result<ExportFile>> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const figures = await getMonitoringFigures(coordinator, input, now);
  if (!figures.ok) return figures;
  const tables = monitoringTables(figures.value, t, locale);
  const body = input.format === "csv" ? monitoringCsv(tables, t) : await monitoringXlsx(tables, t);
  await recordAudit({
    actor: coordinator,
    action: "report.monitoring_export",
    access: "READ",
    details: { format: input.format, ...figures.value.period },
  });
  return ok({
    body,
    fileName: monitoringFileName(figures.value, input.format),
    contentType: input.format === "csv" ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
  });
}
