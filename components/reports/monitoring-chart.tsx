"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, XAxis, YAxis } from "recharts";
import { chartHeight } from "./chart-height";

export type ChartPoint = {
  label: string;
  /** The number to draw; null draws nothing (a suppressed or hidden value). */
  values: Record<string, number | null>;
  /** What the table shows for it: "12", "<5", "–". */
  shown: Record<string, string>;
};

export type ChartProps = {
  type: "bar" | "line";
  data: ChartPoint[];
  series: { key: string; name: string }[];
  /** Read out instead of the drawing (by MonitoringChartSlot): the table beside the chart is the accessible version. */
  summary: string;
};

const COLOURS = ["#0f5257", "#b45309", "#6d28d9"];
const HIDDEN_BAR = 3;

/**
 * The drawing of a figure, in the browser only (MonitoringChartSlot). It is presentational and not
 * focusable (accessibilityLayer off, no tooltip): keyboard users lose nothing the table has.
 */
export function MonitoringChart({ type, data, series }: Omit<ChartProps, "summary">) {
  const rows = data.map((point) => ({
    label: point.label,
    ...Object.fromEntries(
      series.flatMap(({ key }) => [
        [key, point.values[key] ?? (type === "bar" ? 0 : null)],
        [`${key}__shown`, point.shown[key] ?? ""],
      ]),
    ),
  }));
  const legend = series.length > 1 ? <Legend verticalAlign="top" /> : null;
  const height = chartHeight({ type, data, series });
  // A value that is not drawn ("<5", "–") gets a sliver of a bar, so that its label has a place to stand.
  const minBar = (key: string) => (_value: unknown, index: number) =>
    data[index]?.values[key] === null ? HIDDEN_BAR : 0;

  return type === "bar" ? (
    <BarChart
      responsive
      accessibilityLayer={false}
      layout="vertical"
      data={rows}
      margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
      style={{ width: "100%", height }}
    >
      <CartesianGrid horizontal={false} stroke="#cbd5e1" />
      <XAxis type="number" allowDecimals={false} tick={{ fill: "#334155" }} />
      <YAxis type="category" dataKey="label" width={220} tick={{ fill: "#1e293b", fontSize: 13 }} interval={0} />
      {legend}
      {series.map(({ key, name }, index) => (
        <Bar
          key={key}
          dataKey={key}
          name={name}
          fill={COLOURS[index % COLOURS.length]}
          minPointSize={minBar(key)}
          isAnimationActive={false}
        >
          <LabelList dataKey={`${key}__shown`} position="right" fill="#1e293b" />
        </Bar>
      ))}
    </BarChart>
  ) : (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={rows}
      margin={{ top: 8, right: 24, bottom: 8, left: 0 }}
      style={{ width: "100%", height }}
    >
      <CartesianGrid stroke="#cbd5e1" />
      <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} />
      <YAxis allowDecimals={false} tick={{ fill: "#334155" }} />
      {legend}
      {series.map(({ key, name }, index) => (
        <Line
          key={key}
          dataKey={key}
          name={name}
          stroke={COLOURS[index % COLOURS.length]}
          strokeWidth={2}
          dot
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
