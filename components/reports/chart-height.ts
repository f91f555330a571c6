import type { ChartProps } from "./monitoring-chart";

/**
 * How tall a figure's chart is drawn, known before it is drawn, so that its place on the page is
 * kept while the browser loads the chart. Long labels ("Belastingrecht > Gemeentelijke belastingen
 * en kwijtschelding") take three lines.
 */
export function chartHeight({ type, data, series }: Pick<ChartProps, "type" | "data" | "series">): number {
  if (type === "line") return 320;
  const rowHeight = data.some((point) => point.label.length > 28) ? 48 : 30;
  return 56 + data.length * rowHeight * series.length;
}
