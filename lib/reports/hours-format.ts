// Hours are counted in whole minutes and shown in tenths of an hour. The rounding happens once, on
// integers, so the page, the CSV and the workbook show the very same figure for the same minutes.
import type { Locale } from "@/lib/i18n/locales";
import { decimalString, INTL_LOCALES, mulDivHalfUp } from "@/lib/money";
import { TIME_KINDS } from "@/lib/time/plan";
import type { WeeklyPlan } from "./hours";
import { numberFormat } from "@/lib/intl-formatters";
import { TIME_ROLES } from "@/lib/auth/policy";
import { staffFormat } from "@/lib/format/staff-format";

/** A next-intl translator from the root: the report uses its own texts and the shared kind names. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Minutes as tenths of an hour, rounded half up: 45 min → 8 (0.8 h). */
export function tenthsOfHour(minutes: number): number {
  return mulDivHalfUp(minutes, 10, 60);
}

/** Aftercare per hour of consultation in tenths (0.8 : 1 → 8); none without consultation. */
export function ratioTenths(aftercareMinutes: number, consultationMinutes: number): number | null {
  return consultationMinutes > 0 ? mulDivHalfUp(aftercareMinutes, 10, consultationMinutes) : null;
}

/** For a workbook cell: 8 → 0.8. */
export function tenthsAsNumber(tenths: number): number {
  return Number(decimalString(tenths, 1));
}

const tenthsFormats = new Map<string, Intl.NumberFormat>();

/**
 * "1.234,5" on a Dutch page. A CSV drops the thousands dot, so that any program reads the number;
 * the page shows the sign of a difference ("+1,5"), which a spreadsheet would read as a formula.
 */
export function formatTenths(tenths: number, locale: Locale, { grouping = true, sign = false } = {}): string {
  // A year's hours report formats about a thousand cells: the formatter is looked up by a short key
  // here rather than by numberFormat's key of the whole options.
  const key = `${locale}${grouping ? "g" : ""}${sign ? "s" : ""}`;
  let format = tenthsFormats.get(key);
  if (!format) {
    format = numberFormat(INTL_LOCALES[locale], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: grouping,
      signDisplay: sign ? "exceptZero" : "auto",
    });
    tenthsFormats.set(key, format);
  }
  return format.format(decimalString(tenths, 1));
}

/** The plan per person per week of each role that has one: "Adviseur" → "Spreekuur 6,0 uur, Nazorg 3,0 uur". */
export function planLines(plan: WeeklyPlan, t: Translate, locale: Locale): { role: string; text: string }[] {
  return TIME_ROLES.flatMap((role) => {
    const kinds = TIME_KINDS.filter((kind) => (plan[role][kind] ?? 0) > 0);
    if (!kinds.length) return [];
    const parts = kinds.map((kind) =>
      t("hoursReport.planPart", {
        kind: t(`timeKind.${kind}`),
        hours: formatTenths(tenthsOfHour(plan[role][kind]!), locale),
      }),
    );
    return [{ role: staffFormat(locale).role(role), text: staffFormat(locale).list(parts, "comma") }];
  });
}
