import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { FigureTable } from "@/lib/reports/monitoring-export";
import type { ChartPoint } from "./monitoring-chart";
import { MonitoringFigureView, type FigureView } from "./monitoring-figure-view";
import { shownValue } from "./shown-value";

/**
 * One figure: a heading, what it means, the chart and, beside it, the table that says the same.
 * Every number is written out here, on the server, so that the browser draws the very strings the
 * HTML holds (its own Intl could write them differently) and needs no formatting code.
 */
export function MonitoringFigure({ table }: { table: FigureTable }) {
  const t = useTranslations("monitoring");
  const locale = useLocale();
  const chartColumns = table.chart ? table.columns.filter((column) => table.chart!.keys.includes(column.key)) : [];
  const points: ChartPoint[] = table.rows
    .filter((row) => !row.summary)
    .map((row) => ({
      label: row.label,
      values: Object.fromEntries(
        chartColumns.map((column) => {
          const value = row.values[column.key];
          return [column.key, typeof value === "number" ? value : null];
        }),
      ),
      shown: Object.fromEntries(
        chartColumns.map((column) => [column.key, shownValue(row.values[column.key] ?? null, column.unit, locale)]),
      ),
    }));
  const view: FigureView = {
    id: table.id,
    title: table.title,
    description: table.description,
    categoryHeader: table.categoryHeader,
    headers: table.columns.map((column) => column.header),
    rows: table.rows.map((row) => ({
      code: row.code,
      label: row.label,
      summary: row.summary ?? false,
      cells: table.columns.map((column) => {
        const value = row.values[column.key];
        // A key that is missing does not apply to the row (the percentage of a total): an empty cell.
        return value === undefined ? "" : value === null ? null : shownValue(value, column.unit, locale);
      }),
    })),
    chart:
      table.chart && points.length > 0
        ? {
            type: table.chart.type,
            data: points,
            series: chartColumns.map((column) => ({ key: column.key, name: column.header })),
            summary: t("chartSummary", { title: table.title }),
          }
        : null,
  };
  return <MonitoringFigureView figure={view} texts={{ noRows: t("noRows"), notShown: t("notShown") }} />;
}
