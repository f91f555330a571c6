// The national format for the funder: per library and per period, contacts, legal domains (with
// the Juridisch Loket category), referrals in and out per kind of partner, and hours per kind of
// work. One long table with fixed Dutch column names and every category always present (zero when
// nothing happened), so that the files of several libraries can simply be stacked and pivoted.
// Labels are Dutch whatever the coordinator's language: the format is the funder's, not the UI's.
import { createTranslator } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { CaseKind, CaseOutcome, JuridischLoketCategory, PartnerType, TimeKind } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { ok, type Result } from "@/lib/result";
import { CSV_CONTENT_TYPE, toCsv, toXlsx, XLSX_CONTENT_TYPE, type Column } from "./export";
import {
  categoryKey,
  CLIENT_KINDS,
  CONTACT_KINDS,
  domainKey,
  figuresWithCells,
  subDomainKey,
  VISIT_OUTCOMES,
  type MonitoringFigures,
} from "./monitoring";
import { addCalendarDays } from "@/lib/dates";
import { noSpreekuur, presenceInPeriod, tallySpreekuur, writtenInPeriod } from "@/lib/time/spreekuur";
import { csvValue, type ExportFile, type ExportFormat, type Translate } from "./monitoring-export";
import { parseMonitoringPeriod, type MonitoringPeriod } from "./monitoring-period";
import type { ReportCell } from "./suppression";
import { clock } from "@/lib/clock";
import type { SignalTheme } from "@/lib/generated/prisma/enums";
import { signalDossiersByTheme } from "@/lib/signals/report";
import { SIGNAL_THEMES } from "@/lib/signals/themes";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** Changes when a column or a section changes meaning, so a funder never stacks two kinds of file unknowingly. */
export const NATIONAL_FORMAT_VERSION = "spreekuur-landelijk-3";

/** The programme's download adds "kosten_baten" (lib/programmes/figures.ts); a partnership's own file has none. */
type NationalSection =
  | "contacten"
  | "clienten"
  | "bezoeken"
  | "vragen"
  | "uitkomsten"
  | "juridisch_loket"
  | "rechtsgebied"
  | "verwijzing_in"
  | "verwijzing_uit"
  | "uren"
  | "signalen"
  | "kosten_baten";
type NationalUnit = "aantal" | "procent" | "uren" | "euro";

export type NationalRow = {
  organisatie: string;
  organisatie_naam: string;
  gemeente: string;
  periode_van: string;
  periode_tot_en_met: string;
  onderdeel: NationalSection;
  code: string;
  juridisch_loket_categorie: string;
  omschrijving: string;
  waarde: ReportCell | number | null;
  eenheid: NationalUnit;
  formaat: typeof NATIONAL_FORMAT_VERSION;
};

/** The column names are the format: never rename one; add new ones at the end. */
const NATIONAL_COLUMNS: (keyof NationalRow & string)[] = [
  "organisatie",
  "organisatie_naam",
  "gemeente",
  "periode_van",
  "periode_tot_en_met",
  "onderdeel",
  "code",
  "juridisch_loket_categorie",
  "omschrijving",
  "waarde",
  "eenheid",
  "formaat",
];

export type NationalExport = {
  organisation: MonitoringFigures["organisation"];
  period: MonitoringPeriod;
  rows: NationalRow[];
};

async function dutchLabels(): Promise<Translate> {
  // Without a declared message type next-intl knows no keys; the messages test keeps them complete.
  return createTranslator({
    locale: "nl",
    messages: await loadMessages("nl"),
    namespace: "monitoring",
  }) as unknown as Translate;
}

async function dutchThemeLabels(): Promise<(theme: SignalTheme) => string> {
  const t = createTranslator({ locale: "nl", messages: await loadMessages("nl"), namespace: "signalReport" });
  return (theme) => (t as unknown as Translate)(`themes.${theme}`);
}

/** The national dataset of the caller's library for a period; only a coordinator may make it. */
export async function getNationalExport(
  actor: Actor | null,
  input: { from?: unknown; to?: unknown } = {},
  now = clock.now(),
): Promise<Result<NationalExport>> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const period = parseMonitoringPeriod(input, now);
  if (!period.ok) return period;
  return ok(await nationalRows(coordinator.organisationId, period.value, now));
}

/**
 * The national rows of one partnership for a period, for a caller that authorised already: the
 * coordinator's export, and a programme with the partnership's grant (lib/programmes).
 */
export async function nationalRows(
  organisationId: string,
  period: MonitoringPeriod,
  now: Date,
): Promise<NationalExport> {
  const [minutes, t, signalCounts, themeLabel, { figures, cells, taxonomy }] = await Promise.all([
    minutesPerKind(organisationId, period, now),
    dutchLabels(),
    signalDossiersByTheme(organisationId, period),
    dutchThemeLabels(),
    // The monitoring figures' own cells, the Juridisch Loket categories among them: one plan, so
    // that the page and this file hide the same counts.
    figuresWithCells(organisationId, period),
  ]);
  // A count not in the plan is none; one withheld with its line (lib/reports/suppression.ts) is
  // null, a blank.
  const cellOf = (key: string): ReportCell | null => {
    const cell = cells.get(key);
    return cell === undefined ? 0 : cell;
  };
  const { organisation, contacts, clients, questions, outcomes, referralsIn, referralsOut } = figures;

  const rows: NationalRow[] = [];
  const add = (
    onderdeel: NationalSection,
    code: string,
    omschrijving: string,
    waarde: NationalRow["waarde"],
    eenheid: NationalUnit = "aantal",
    juridisch_loket_categorie = "",
  ) =>
    rows.push({
      organisatie: organisation.slug,
      organisatie_naam: organisation.name,
      gemeente: organisation.municipality,
      periode_van: period.from,
      periode_tot_en_met: period.to,
      onderdeel,
      code,
      juridisch_loket_categorie,
      omschrijving,
      waarde,
      eenheid,
      formaat: NATIONAL_FORMAT_VERSION,
    });

  // Every code of every table, in a fixed order, from the plan's cells: a row withheld with its
  // line is a blank, not missing, so the files of any two libraries line up row for row.
  const every = <Code extends string>(prefix: string, codes: readonly Code[]) =>
    codes.map((code) => [code, cellOf(`${prefix}.${code}`)] as const);
  for (const [code, cell] of every("contacts", CONTACT_KINDS)) add("contacten", code, t(`contactKind.${code}`), cell);
  add("contacten", "totaal", t("total"), contacts.total);
  for (const [code, cell] of every("clients", CLIENT_KINDS)) add("clienten", code, t(`clientKind.${code}`), cell);
  add("clienten", "totaal", t("total"), clients.total);
  for (const [code, cell] of every("visits", VISIT_OUTCOMES)) add("bezoeken", code, t(`visitOutcome.${code}`), cell);
  for (const [code, cell] of every("questions", Object.values(CaseKind)))
    add("vragen", code, t(`caseKind.${code}`), cell);
  add("vragen", "totaal", t("total"), questions.total);
  for (const [code, cell] of every("outcomes", Object.values(CaseOutcome)))
    add("uitkomsten", code, t(`outcome.${code}`), cell);
  add("uitkomsten", "totaal", t("total"), outcomes.total);
  add("uitkomsten", "opgelost_zonder_doorverwijzing", t("solvedWithoutReferral"), outcomes.solvedWithoutReferral);
  add(
    "uitkomsten",
    "opgelost_zonder_doorverwijzing_procent",
    t("solvedWithoutReferral"),
    outcomes.solvedWithoutReferralPercent,
    "procent",
  );

  for (const category of Object.values(JuridischLoketCategory))
    add("juridisch_loket", category, t(`jlCategory.${category}`), cellOf(categoryKey(category)), "aantal", category);
  add("juridisch_loket", "onbekend", t("noDomain"), cellOf(categoryKey(null)));

  // Every node of the taxonomy, zero included: a top level, the questions filed under the top level
  // itself, then its sub-levels. The top-level row is the sum of the rows under it. The cells are
  // the monitoring figures' own, hidden where those are.
  for (const top of taxonomy.filter((domain) => domain.parentId === null)) {
    add("rechtsgebied", top.code, top.nameNl, cellOf(domainKey(top.id)), "aantal", top.juridischLoketCategory);
    const children = taxonomy.filter((domain) => domain.parentId === top.id);
    if (children.length > 0) {
      add(
        "rechtsgebied",
        `${top.code}.zonder-subgebied`,
        t("withoutSubdomain", { domain: top.nameNl }),
        cellOf(subDomainKey(top.id, top.id)),
        "aantal",
        top.juridischLoketCategory,
      );
    }
    for (const child of children) {
      add(
        "rechtsgebied",
        child.code,
        `${top.nameNl} > ${child.nameNl}`,
        cellOf(subDomainKey(top.id, child.id)),
        "aantal",
        child.juridischLoketCategory,
      );
    }
  }
  add("rechtsgebied", "onbekend", t("noDomain"), cellOf(domainKey(null)));

  for (const [section, table] of [
    ["verwijzing_in", referralsIn],
    ["verwijzing_uit", referralsOut],
  ] as const) {
    const prefix = section === "verwijzing_in" ? "referralsIn" : "referralsOut";
    for (const [type, cell] of every(prefix, Object.values(PartnerType)))
      add(section, type, t(`partnerType.${type}`), cell);
    add(section, "totaal", t("total"), table.total);
  }

  // Hours are staff time, not people: shown exactly, in hours with two decimals, counted as the
  // hours report counts them (spreekuur is presence at held sessions).
  for (const kind of Object.values(TimeKind))
    add("uren", kind, t(`timeKind.${kind}`), Math.round((minutes[kind] / 60) * 100) / 100, "uren");

  // Signalering: the dossiers that showed a systemic problem in the period, per theme.
  // The cells are the signal report's own, hidden where a row there would give a "<5" away.
  for (const theme of SIGNAL_THEMES) add("signalen", theme, themeLabel(theme), signalCounts[theme]);

  return { organisation, period, rows };
}

/** Minutes per kind of work in the period, spreekuur as presence (lib/time/spreekuur.ts). */
async function minutesPerKind(organisationId: string, period: MonitoringPeriod, now: Date) {
  const end = addCalendarDays(period.to, 1);
  const [written, presence] = await Promise.all([
    writtenInPeriod(organisationId, period.from, end, now),
    presenceInPeriod(organisationId, period.from, end, now),
  ]);
  const tally = {
    minutes: Object.fromEntries(Object.values(TimeKind).map((kind) => [kind, 0])) as Record<TimeKind, number>,
    spreekuur: noSpreekuur(),
  };
  for (const row of [...written, ...presence]) tallySpreekuur(tally, row);
  return tally.minutes;
}

const COLUMNS: Column<Record<string, unknown>>[] = NATIONAL_COLUMNS.map((key) => ({ key, header: key }));

/** The rows as the format's CSV: a programme's download stacks several partnerships' rows in one. */
export function nationalCsv(rows: NationalRow[]): string {
  return toCsv(
    rows.map((row) => ({ ...row, waarde: csvValue(row.waarde) })),
    COLUMNS,
  );
}

/** The data on the first sheet, and what each column means on the second, for whoever merges the files. */
export async function nationalXlsx(rows: NationalRow[], sums: NationalRow[] = []): Promise<Buffer> {
  const t = await dutchLabels();
  return toXlsx([
    { name: "landelijk", columns: COLUMNS, rows },
    // A programme's sums over its partnerships: a sheet of their own, so that the first one stacks
    // with the partnerships' own files without counting anything twice.
    ...(sums.length > 0 ? [{ name: "samen", columns: COLUMNS, rows: sums }] : []),
    {
      name: "toelichting",
      columns: [
        { key: "kolom", header: "kolom", width: 28 },
        { key: "betekenis", header: "betekenis", width: 100 },
      ],
      rows: NATIONAL_COLUMNS.map((column) => ({ kolom: column, betekenis: t(`nationalColumns.${column}`) })),
    },
  ]);
}

function nationalFileName({ organisation, period }: NationalExport, format: ExportFormat): string {
  return `landelijk-${organisation.slug}-${period.from}-${period.to}.${format}`;
}

/** The national dataset as a file, recorded in the audit trail because it leaves Spreekuur. */
export async function exportNational(
  actor: Actor | null,
  input: { from?: unknown; to?: unknown; format: ExportFormat },
  now = clock.now(),
): Promise<Result<ExportFile>> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const dataset = await getNationalExport(coordinator, input, now);
  if (!dataset.ok) return dataset;
  const body = input.format === "csv" ? nationalCsv(dataset.value.rows) : await nationalXlsx(dataset.value.rows);
  await recordAudit({
    actor: coordinator,
    action: "report.national_export",
    access: "READ",
    details: { format: input.format, ...dataset.value.period },
  });
  return ok({
    body,
    fileName: nationalFileName(dataset.value, input.format),
    contentType: input.format === "csv" ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
  });
}
