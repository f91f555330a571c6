import { staffFormat } from "@/lib/format/staff-format";
import type { Locale } from "@/lib/i18n/locales";
import { decimalString } from "@/lib/money";
import { formatShare, type Share } from "@/lib/reports/cost-benefit";
import type { CostBenefitOverview } from "@/lib/reports/cost-benefit-overview";
import type { Column, Sheet } from "@/lib/reports/export";

type Translate = (key: string, values?: Record<string, string | number>) => string;

type Cell = string | number | null;
type Row = Record<string, unknown>;

/**
 * Euros for a spreadsheet. In a CSV the amount stays exact text with a decimal comma, as Dutch
 * spreadsheets read it; an .xlsx cell has to be a number to add up, and it is made from the exact
 * text only here, at the very edge, where the cents are done being computed.
 */
const euros = {
  csv: (cents: number) => decimalString(cents, 2).replace(".", ","),
  xlsx: (cents: number) => Number(decimalString(cents, 2)),
};

type Format = keyof typeof euros;

/**
 * The overview as two tables, the cases with their total and a summary, for CSV and .xlsx alike.
 * `translate` reads all messages; the texts are those of the "costBenefit" namespace.
 */
export function costBenefitTables(overview: CostBenefitOverview, format: Format, translate: Translate, locale: Locale) {
  const t: Translate = (key, values) => translate(`costBenefit.${key}`, values);
  const euro = euros[format];
  const share = (part: Share | undefined) => (part ? formatShare(part, locale) : null);
  const { name, list } = staffFormat(locale);
  const domainName = (domain: { nameNl: string; nameEn: string } | null) =>
    domain ? name(domain) : t("unknownDomain");
  const effectNames = (categories: readonly string[]) =>
    list(
      categories.map((category) => translate(`benefitCategory.${category}`)),
      "comma",
    );

  const caseColumns: Column<Row>[] = [
    { key: "case", header: t("case") },
    { key: "domain", header: t("domain"), width: 24 },
    { key: "closedMonth", header: t("closedMonth") },
    { key: "minutes", header: t("exportMinutes") },
    { key: "hourlyCost", header: t("exportHourlyCost") },
    { key: "costs", header: t("exportCosts") },
    { key: "client", header: t("exportClient") },
    { key: "government", header: t("exportGovernment") },
    { key: "benefits", header: t("exportBenefits") },
    { key: "net", header: t("exportNet") },
    { key: "governmentNet", header: t("exportGovernmentNet") },
    { key: "effects", header: t("effects"), width: 40 },
  ];
  const { totals } = overview;
  const caseRows: Row[] = [
    ...overview.rows.map((row) => ({
      case: t("caseNumber", { number: row.number }),
      domain: domainName(row.domain),
      closedMonth: row.closedMonth,
      minutes: row.minutes,
      hourlyCost: euro(row.hourlyCostCents),
      costs: euro(row.costs.totalCents),
      client: euro(row.clientBenefitsCents),
      government: euro(row.governmentBenefitsCents),
      benefits: euro(row.benefitsCents),
      net: euro(row.netCents),
      governmentNet: euro(row.governmentNetCents),
      effects: effectNames(row.unquantified),
    })),
    {
      case: t("total"),
      domain: null,
      closedMonth: null,
      minutes: totals.minutes,
      hourlyCost: null,
      costs: euro(totals.costs.totalCents),
      client: euro(totals.clientBenefitsCents),
      government: euro(totals.governmentBenefitsCents),
      benefits: euro(totals.benefitsCents),
      net: euro(totals.netCents),
      governmentNet: euro(totals.governmentNetCents),
      effects: null,
    },
  ];

  const { extrapolation } = overview;
  const summary: [string, Cell][] = [
    [t("exportPeriod"), `${overview.period.from} – ${overview.period.to}`],
    [t("exportCases"), overview.rows.length],
    [t("exportClosedWithout"), overview.closedWithoutBenefits],
    [t("exportMinutes"), totals.minutes],
    [t("exportCosts"), euro(totals.costs.totalCents)],
    [t("exportAdvisorCosts"), euro(totals.costs.advisorCents)],
    [t("exportProjectCosts"), euro(totals.costs.projectCents)],
    [t("exportServiceCosts"), euro(totals.costs.serviceCents)],
    [t("exportClient"), euro(totals.clientBenefitsCents)],
    [t("exportGovernment"), euro(totals.governmentBenefitsCents)],
    [t("exportBenefits"), euro(totals.benefitsCents)],
    [t("exportNet"), euro(totals.netCents)],
    [t("exportGovernmentNet"), euro(totals.governmentNetCents)],
    [t("exportAverageNet"), totals.averageNetCents === null ? null : euro(totals.averageNetCents)],
    [t("exportClientShare"), share(totals.netSplit?.client)],
    [t("exportGovernmentShare"), share(totals.netSplit?.government)],
    [t("exportQuestions"), extrapolation?.questions ?? null],
    [t("exportRepresented"), extrapolation?.represented.part ?? null],
    [t("exportExtrapolated"), extrapolation ? euro(extrapolation.netCents) : null],
    [t("exportExtrapolatedClient"), extrapolation?.clientCents == null ? null : euro(extrapolation.clientCents)],
    [
      t("exportExtrapolatedGovernment"),
      extrapolation?.governmentCents == null ? null : euro(extrapolation.governmentCents),
    ],
    ...overview.effects.map(({ category, cases }): [string, Cell] => [translate(`benefitCategory.${category}`), cases]),
  ];
  const summaryColumns: Column<Row>[] = [
    { key: "label", header: t("label"), width: 40 },
    { key: "value", header: t("value"), width: 20 },
  ];
  const summaryRows = summary.map(([label, value]) => ({ label, value }));

  return {
    cases: { name: t("casesSheet"), columns: caseColumns, rows: caseRows } satisfies Sheet<Row>,
    summary: { name: t("summarySheet"), columns: summaryColumns, rows: summaryRows } satisfies Sheet<Row>,
  };
}
