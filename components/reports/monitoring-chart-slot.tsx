"use client";

import dynamic from "next/dynamic";
import { chartHeight } from "./chart-height";
import type { ChartProps } from "./monitoring-chart";

// recharts draws nothing on the server (a responsive chart has no width there), but it ran its
// whole store to find that out, for every figure of every request. The browser draws the chart;
// the server sends its place, already as tall as the chart, and the table beside it with the same
// figures, so nothing moves and nothing is missing before the script arrives.
const MonitoringChart = dynamic(() => import("./monitoring-chart").then((module) => module.MonitoringChart), {
  ssr: false,
});

/** A chart of one figure. Screen readers get the summary; the table beside it is the accessible version. */
export function MonitoringChartSlot(props: ChartProps) {
  return (
    <div role="img" aria-label={props.summary} className="w-full" style={{ height: chartHeight(props) }}>
      <MonitoringChart {...props} />
    </div>
  );
}
