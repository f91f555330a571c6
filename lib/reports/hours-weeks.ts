// ISO weeks for the hours report, named as in the address bar and in HTML's <input type="week">:
// "2026-W48". The Monday of each week comes from lib/dates, so the week is the same one the
// hours page (lib/time/week.ts) shows.
import { addCalendarDays, amsterdamDay, startOfIsoWeek } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";

/** A year is never a year's worth of report on one screen more than this: 52 or 53 weeks. */
export const MAX_WEEKS = 53;

export type IsoWeek = {
  /** "2026-W48" */
  label: string;
  year: number;
  week: number;
  /** The Monday, yyyy-MM-dd. */
  start: string;
  /** The Sunday, yyyy-MM-dd. */
  end: string;
};

export type WeekRange = {
  from: IsoWeek;
  to: IsoWeek;
  weeks: IsoWeek[];
  /** The request asked for more than MAX_WEEKS weeks; the last MAX_WEEKS of them are shown. */
  clamped: boolean;
  /** The same number of weeks, one week earlier / later. */
  previous: { from: string; to: string };
  next: { from: string; to: string };
  /** This week in Amsterdam. */
  current: string;
};

// Only this century: Date.UTC reads the years 0-99 as 1900-1999, and the service began in 2021.
const WEEK_LABEL = /^(20\d\d)-W(\d\d)$/i;
const DAY_OF_THIS_CENTURY = /^20\d\d-/;

function dayOfYear(day: string): number {
  const [year, month, date] = day.split("-").map(Number);
  return (Date.UTC(year, month - 1, date) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

/** The ISO week that holds `day` (yyyy-MM-dd): its year is the year of its Thursday. */
export function isoWeekOf(day: string): IsoWeek {
  const start = startOfIsoWeek(day);
  const thursday = addCalendarDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
  return { label: `${year}-W${String(week).padStart(2, "0")}`, year, week, start, end: addCalendarDays(start, 6) };
}

/**
 * The Monday of a week named "2026-W48", or of the week around a day "2026-11-25"; null for
 * anything else, including a week 53 in a year that has 52.
 */
export function parseIsoWeek(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const match = WEEK_LABEL.exec(text);
  if (match) {
    // 4 January always lies in week 1.
    const monday = addCalendarDays(startOfIsoWeek(`${match[1]}-01-04`), 7 * (Number(match[2]) - 1));
    return isoWeekOf(monday).label === text.toUpperCase() ? monday : null;
  }
  return DAY_OF_THIS_CENTURY.test(text) && isCalendarDay(text) ? startOfIsoWeek(text) : null;
}

/**
 * The weeks a report covers, from the address bar. Nothing usable means this week; one end means
 * that one week; ends the wrong way round are swapped; more than MAX_WEEKS keeps the last ones.
 */
export function weekRange(rawFrom: unknown, rawTo: unknown, now: Date): WeekRange {
  const current = startOfIsoWeek(amsterdamDay(now));
  const askedFrom = parseIsoWeek(rawFrom);
  const askedTo = parseIsoWeek(rawTo);
  let from = askedFrom ?? askedTo ?? current;
  let to = askedTo ?? askedFrom ?? current;
  if (from > to) [from, to] = [to, from];
  const earliest = addCalendarDays(to, -7 * (MAX_WEEKS - 1));
  const clamped = from < earliest;
  if (clamped) from = earliest;

  const weeks: IsoWeek[] = [];
  for (let monday = from; monday <= to; monday = addCalendarDays(monday, 7)) weeks.push(isoWeekOf(monday));
  const shifted = (days: number) => ({
    from: isoWeekOf(addCalendarDays(from, days)).label,
    to: isoWeekOf(addCalendarDays(to, days)).label,
  });
  return {
    from: weeks[0],
    to: weeks[weeks.length - 1],
    weeks,
    clamped,
    previous: shifted(-7),
    next: shifted(7),
    current: isoWeekOf(current).label,
  };
}
