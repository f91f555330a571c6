// The programme's figures as the tables the monitoring page draws (components/reports/
// monitoring-figure.tsx): key figures per partnership, the trend of their sums per quarter, and
// every line of the national format with the sum and each partnership beside it.
import type { FigureTable, FigureUnit, Translate } from "@/lib/reports/monitoring-export";
import type { NationalRow } from "@/lib/reports/national-export";
import { isKeyLine, KEY_LINES, type ProgrammeFigures, type ProgrammeLine } from "./figures";
import type { Quarter } from "./quarters";

const unitOf = (eenheid: NationalRow["eenheid"]): FigureUnit => (eenheid === "procent" ? "percent" : "count");

export function quarterLabel({ year, quarter }: Quarter, t: Translate): string {
  return t("quarterLabel", { quarter, year });
}

const keyColumns = (t: Translate) =>
  KEY_LINES.map((key) => ({ key: `${key.onderdeel}.${key.code}`, header: t(`keyLines.${key.onderdeel}.${key.code}`) }));

const keyValues = (lines: readonly ProgrammeLine[], pick: (line: ProgrammeLine) => ProgrammeLine["sum"]) =>
  Object.fromEntries(
    KEY_LINES.map((key) => {
      const line = lines.find((each) => isKeyLine(each, key));
      return [`${key.onderdeel}.${key.code}`, line ? pick(line) : null];
    }),
  );

export function programmeTables(figures: ProgrammeFigures, t: Translate): FigureTable[] {
  const { partnerships, chosen, trend } = figures;
  const quarter = quarterLabel(chosen.quarter, t);
  const columns = keyColumns(t).map((column) => ({ ...column, unit: "count" as const }));
  const keyTable: FigureTable = {
    id: "kerncijfers",
    title: t("keyTitle", { quarter }),
    description: t("keyDescription"),
    categoryHeader: t("partnership"),
    columns,
    rows: [
      ...partnerships.map((partnership, index) => ({
        code: partnership.slug,
        label: partnership.name,
        values: keyValues(chosen.lines, (line) => line.values[index]),
      })),
      { code: "totaal", label: t("together"), values: keyValues(chosen.lines, (line) => line.sum), summary: true },
    ],
    chart: null,
  };
  const trendTable: FigureTable = {
    id: "trend",
    title: t("trendTitle"),
    description: t("trendDescription"),
    categoryHeader: t("quarterColumn"),
    columns,
    rows: trend.map((each) => ({
      code: `${each.quarter.year}-Q${each.quarter.quarter}`,
      label: quarterLabel(each.quarter, t),
      values: keyValues(each.lines, (line) => line.sum),
    })),
    chart: { type: "line", keys: ["contacten.totaal", "clienten.totaal", "vragen.totaal"] },
  };
  const sections = [...new Set(chosen.lines.map((line) => line.onderdeel))];
  const sectionTables: FigureTable[] = sections.map((section) => {
    const lines = chosen.lines.filter((line) => line.onderdeel === section);
    const unit = unitOf(lines.every((line) => line.eenheid === "procent") ? "procent" : lines[0].eenheid);
    return {
      id: `onderdeel-${section}`,
      title: t(`sections.${section}`),
      description: t("sectionDescription", { quarter }),
      categoryHeader: t("category"),
      columns: [
        { key: "totaal", header: t("together"), unit },
        ...partnerships.map((partnership) => ({ key: partnership.slug, header: partnership.name, unit })),
      ],
      rows: lines.map((line) => ({
        code: line.code,
        // A percentage beside the count it is of reads the same otherwise; the column's unit is a count.
        label: line.eenheid === "procent" ? `${line.omschrijving} (%)` : line.omschrijving,
        values: {
          totaal: line.sum,
          ...Object.fromEntries(partnerships.map((partnership, index) => [partnership.slug, line.values[index]])),
        },
        summary: line.code === "totaal",
      })),
      chart: null,
    };
  });
  return [keyTable, trendTable, ...sectionTables];
}
