import type { FigureUnit, FigureValue } from "@/lib/reports/monitoring-export";
import { numberFormat } from "@/lib/intl-formatters";

/** How a value reads in the table and on the chart: Dutch or English digits, "<5" as it is, "–" for not shown. */
export function shownValue(value: FigureValue, unit: FigureUnit, locale: string): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  const number = numberFormat(locale === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 2 }).format(value);
  return unit === "percent" ? `${number}%` : number;
}
