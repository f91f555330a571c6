import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { FigureTable, FigureUnit, FigureValue } from "@/lib/reports/monitoring-export";
import { ScrollRegion } from "@/components/scroll-region";
import { MonitoringChart, type ChartPoint } from "./monitoring-chart";
import { numberFormat } from "@/lib/intl-formatters";

/** How a value reads in the table and on the chart: Dutch or English digits, "<5" as it is, "–" for not shown. */
export function shownValue(value: FigureValue, unit: FigureUnit, locale: string): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  const number = numberFormat(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 2 }).format(value);
  return unit === "percent" ? `${number}%` : number;
}

/** One figure: a heading, what it means, the chart and, beside it, the table that says the same. */
export function MonitoringFigure({ table }: { table: FigureTable }) {
  const t = useTranslations("monitoring");
  const locale = useLocale();
  const headingId = `figuur-${table.id}`;
  const chartColumns = table.chart ? table.columns.filter((column) => table.chart!.keys.includes(column.key)) : [];
  const points: ChartPoint[] = table.rows
    .filter((row) => !row.summary)
    .map((row) => ({
      label: row.label,
      values: Object.fromEntries(
        chartColumns.map((column) => [
          column.key,
          typeof row.values[column.key] === "number" ? (row.values[column.key] as number) : null,
        ]),
      ),
      shown: Object.fromEntries(
        chartColumns.map((column) => [column.key, shownValue(row.values[column.key] ?? null, column.unit, locale)]),
      ),
    }));

  return (
    <section aria-labelledby={headingId} className="mb-10 break-inside-avoid">
      <h2 id={headingId} className="text-2xl font-semibold">
        {table.title}
      </h2>
      <p className="mb-3 text-slate-700">{table.description}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        {table.chart && points.length > 0 ? (
          <MonitoringChart
            type={table.chart.type}
            data={points}
            series={chartColumns.map((column) => ({ key: column.key, name: column.header }))}
            summary={t("chartSummary", { title: table.title })}
          />
        ) : null}
        <ScrollRegion label={table.title}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{table.title}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="px-3 py-2 font-semibold">
                  {table.categoryHeader}
                </th>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" className="px-3 py-2 text-right font-semibold">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.length === 0 && (
                <tr>
                  <td colSpan={table.columns.length + 1} className="px-3 py-2 text-slate-700">
                    {t("noRows")}
                  </td>
                </tr>
              )}
              {table.rows.map((row) => (
                <tr
                  key={row.code}
                  className={row.summary ? "border-t-2 border-slate-300 font-semibold" : "border-b border-slate-200"}
                >
                  <th scope="row" className={`px-3 py-2 text-left ${row.summary ? "font-semibold" : "font-normal"}`}>
                    {row.label}
                  </th>
                  {table.columns.map((column) => {
                    const value = row.values[column.key];
                    return (
                      <td key={column.key} className="px-3 py-2 text-right tabular-nums">
                        {value === undefined ? null : value === null ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="sr-only">{t("notShown")}</span>
                          </>
                        ) : (
                          shownValue(value, column.unit, locale)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
