// Every date and time in Spreekuur goes through this module: moments are stored in UTC and
// shown and reasoned about in Europe/Amsterdam, whatever the server's own time zone is.
import { TZDate } from "@date-fns/tz";
import { addDays, format as formatDateFns } from "date-fns";
import { enGB, nl } from "date-fns/locale";

export const TIME_ZONE = "Europe/Amsterdam";

export type Locale = "nl" | "en";
const DATE_FNS_LOCALES = { nl, en: enGB } as const;

/** The moment in UTC at which the Amsterdam wall clock shows `minuteOfDay` on `day` (yyyy-MM-dd). */
export function amsterdamMoment(day: string, minuteOfDay: number): Date {
  const [year, month, date] = day.split("-").map(Number);
  const moment = new TZDate(year, month - 1, date, Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, TIME_ZONE);
  return new Date(moment.getTime());
}

/** The Amsterdam calendar day (yyyy-MM-dd) of a moment. */
export function amsterdamDay(moment: Date): string {
  return formatDateFns(new TZDate(moment, TIME_ZONE), "yyyy-MM-dd");
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an Amsterdam calendar day. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The calendar day `days` after `day`, both yyyy-MM-dd. */
export function addCalendarDays(day: string, days: number): string {
  return formatDateFns(addDays(new Date(`${day}T12:00:00Z`), days), "yyyy-MM-dd");
}

/** A calendar day as stored in a `date` column (midnight UTC, as Prisma reads and writes it). */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function formatInAmsterdam(moment: Date, pattern: string, locale: Locale = "nl"): string {
  return formatDateFns(new TZDate(moment, TIME_ZONE), pattern, { locale: DATE_FNS_LOCALES[locale] });
}

export function formatTime(moment: Date, locale: Locale = "nl"): string {
  return formatInAmsterdam(moment, "HH:mm", locale);
}

export function formatLongDate(moment: Date, locale: Locale = "nl"): string {
  return formatInAmsterdam(moment, "EEEE d MMMM yyyy", locale);
}

/** The UTC moments at which an Amsterdam calendar day starts and the next one starts. */
export function amsterdamDayRange(day: string): { start: Date; end: Date } {
  return { start: amsterdamMoment(day, 0), end: amsterdamMoment(addCalendarDays(day, 1), 0) };
}

/** The Amsterdam calendar month containing `moment`, shifted by `offset` months. */
export function amsterdamMonthRange(moment: Date, offset = 0): { start: Date; end: Date; month: string } {
  const [year, month] = amsterdamDay(moment).split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  const next = new Date(Date.UTC(year, month + offset, 1));
  const asDay = (d: Date) => d.toISOString().slice(0, 10);
  return { start: amsterdamMoment(asDay(first), 0), end: amsterdamMoment(asDay(next), 0), month: asDay(first).slice(0, 7) };
}
