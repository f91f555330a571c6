"use client";

import dynamic from "next/dynamic";
import { ErrorBoundary } from "react-error-boundary";
import { chartHeight } from "./chart-height";
import type { ChartProps } from "./monitoring-chart";

// recharts draws nothing on the server (a responsive chart has no width there), but it ran its
// whole store to find that out, for every figure of every request. The browser draws the chart;
// the server sends its place, already as tall as the chart, and the table beside it with the same
// figures, so nothing moves and nothing is missing before the script arrives.
const MonitoringChart = dynamic(() => import("./monitoring-chart").then((chart) => chart.MonitoringChart), {
  ssr: false,
});

/**
 * A chart of one figure. Screen readers get the summary; the table beside it is the accessible
 * version. A chart whose script cannot be loaded (a tab left open over a new release) leaves its
 * place empty instead of taking the page's tables down with it.
 */
export function MonitoringChartSlot({ type, data, series, summary }: ChartProps) {
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height: chartHeight({ type, data, series }) }}>
      <ErrorBoundary fallback={null}>
        <MonitoringChart type={type} data={data} series={series} />
      </ErrorBoundary>
    </div>
  );
}
