"use client";

import type { FigureTable } from "@/lib/reports/monitoring-export";
import { ScrollRegion } from "@/components/scroll-region";
import type { ChartPoint } from "./monitoring-chart";
import { MonitoringChartSlot } from "./monitoring-chart-slot";
import { shownValue } from "./shown-value";

/**
 * A figure as the page shows it (MonitoringFigure). A client component, although nothing in it is
 * interactive: as a server component every cell of its table travelled in the page's RSC payload
 * as an element of its own, which the server built, wrote out, read back for the HTML and inlined;
 * now the payload carries the figure's data once, and the table is drawn from it. With the chart
 * drawn in the browser only, the monitoring page costs the server about 30 % less CPU and weighs
 * 126 kB instead of 221 (docs/performance.md).
 */
export function MonitoringFigureView({
  table,
  locale,
  texts,
}: {
  table: FigureTable;
  locale: string;
  texts: { chartSummary: string; noRows: string; notShown: string };
}) {
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
          <MonitoringChartSlot
            type={table.chart.type}
            data={points}
            series={chartColumns.map((column) => ({ key: column.key, name: column.header }))}
            summary={texts.chartSummary}
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
                    {texts.noRows}
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
                            <span className="sr-only">{texts.notShown}</span>
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
