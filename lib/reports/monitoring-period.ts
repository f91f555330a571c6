// The period of the monitoring figures and the national export: whole Amsterdam calendar days,
// "from" and "to" both included, as a coordinator reads "1 januari tot en met 31 december".
import { type Message, type MessageKey, zodMessage } from "@/lib/i18n/message-key";
import { addCalendarDays, amsterdamDay, amsterdamMoment } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { ok, refuse, type Result } from "@/lib/result";
import { z } from "@/lib/zod";

export type MonitoringPeriod = { from: string; to: string };

/** Longer periods make a slow page and say little; the funder asks per year anyway. */
const MAX_PERIOD_YEARS = 3;

export const PERIOD_MESSAGES = {
  day: "refusals.reports.periodDay",
  order: "refusals.reports.periodOrder",
  tooLong: "refusals.reports.periodTooLong",
} as const satisfies Record<string, MessageKey>;

// Only this century: Date.UTC reads the years 0-99 as 1900-1999, and the service began in 2021.
const day = z
  .string()
  .trim()
  .refine((value) => /^20\d\d-/.test(value) && isCalendarDay(value), PERIOD_MESSAGES.day);

// The order and the length only mean something for two real days; a wrong day has its own message.
const bothDays = ({ from, to }: MonitoringPeriod) => isCalendarDay(from) && isCalendarDay(to);
const periodSchema = z
  .object({ from: day, to: day })
  .refine((period) => !bothDays(period) || period.from <= period.to, { error: PERIOD_MESSAGES.order, path: ["to"] })
  .refine((period) => !bothDays(period) || period.to < shiftYears(period.from, MAX_PERIOD_YEARS), {
    error: PERIOD_MESSAGES.tooLong,
    params: { years: MAX_PERIOD_YEARS },
    path: ["to"],
  });

function shiftYears(day: string, years: number): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}

/** The last twelve months: this month so far and the eleven whole months before it. */
export function defaultMonitoringPeriod(now: Date): MonitoringPeriod {
  const today = amsterdamDay(now);
  const [year, month] = today.split("-").map(Number);
  return { from: new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10), to: today };
}

/** A period from a form or the address bar; an empty end falls back to the default period's. */
export function parseMonitoringPeriod(input: { from?: unknown; to?: unknown }, now: Date): Result<MonitoringPeriod> {
  const fallback = defaultMonitoringPeriod(now);
  const given = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);
  const parsed = periodSchema.safeParse({
    from: given(input.from) ?? fallback.from,
    to: given(input.to) ?? fallback.to,
  });
  if (parsed.success) return ok(parsed.data);
  const fieldErrors: Record<string, Message[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(zodMessage(issue));
  return refuse(zodMessage(parsed.error.issues[0]), fieldErrors);
}

/** The UTC moments that bound the period: the start of `from` and the start of the day after `to`. */
export function periodRange({ from, to }: MonitoringPeriod): { start: Date; end: Date } {
  return { start: amsterdamMoment(from, 0), end: amsterdamMoment(addCalendarDays(to, 1), 0) };
}

/** Every month (yyyy-MM) the period touches, so that a month without contacts still shows as 0. */
export function periodMonths({ from, to }: MonitoringPeriod): string[] {
  const months: string[] = [];
  const [year, month] = from.split("-").map(Number);
  for (let index = 0; ; index++) {
    const next = new Date(Date.UTC(year, month - 1 + index, 1)).toISOString().slice(0, 7);
    if (next > to.slice(0, 7)) return months;
    months.push(next);
  }
}
