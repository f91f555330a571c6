// Every date and time in Spreekuur goes through this module: moments are stored in UTC and
// shown and reasoned about in Europe/Amsterdam, whatever the server's own time zone is.
import { TZDate } from "@date-fns/tz";
import { UTCDate } from "@date-fns/utc";
import { format as formatDateFns } from "date-fns";
import { ar, enGB, nl, pl, tr, uk } from "date-fns/locale";

export const TIME_ZONE = "Europe/Amsterdam";

/** Staff read Dutch or English; clients also Arabic, Turkish, Polish and Ukrainian (lib/i18n/client-locales.ts). */
export type Locale = "nl" | "en" | "ar" | "tr" | "pl" | "uk";
const DATE_FNS_LOCALES = { nl, en: enGB, ar, tr, pl, uk } as const;

// A TZDate asks Intl for the zone's offset several times as it is made: 15-20 µs, and a report or
// the desk asks for the same half hours and month starts on every request. The answer depends on
// the day and the minute only, so it is kept, as a number (a Date could be changed by its caller).
// A process sees a few thousand different moments a year; past the limit the memory starts over.
const amsterdamMoments = new Map<string, number>();
const AMSTERDAM_MOMENTS_KEPT = 20_000;

/** The moment in UTC at which the Amsterdam wall clock shows `minuteOfDay` on `day` (yyyy-MM-dd). */
export function amsterdamMoment(day: string, minuteOfDay: number): Date {
  const key = `${day} ${minuteOfDay}`;
  let time = amsterdamMoments.get(key);
  if (time === undefined) {
    const [year, month, date] = day.split("-").map(Number);
    time = new TZDate(year, month - 1, date, Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, TIME_ZONE).getTime();
    if (amsterdamMoments.size >= AMSTERDAM_MOMENTS_KEPT) amsterdamMoments.clear();
    amsterdamMoments.set(key, time);
  }
  return new Date(time);
}

// Reading the Amsterdam wall clock goes through one shared Intl formatter: a TZDate asks Intl for
// the zone's offset on every construction and change, which made date formatting a tenth of the
// desk page's CPU time under load (docs/performance.md). TZDate stays for the other direction.
const amsterdamParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function wallClock(moment: Date): Record<"year" | "month" | "day" | "hour" | "minute", string> {
  const parts = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const part of amsterdamParts.formatToParts(moment))
    if (part.type in parts) parts[part.type as keyof typeof parts] = part.value;
  return parts;
}

/** The Amsterdam calendar day (yyyy-MM-dd) of a moment. */
export function amsterdamDay(moment: Date): string {
  const { year, month, day } = wallClock(moment);
  return `${year}-${month}-${day}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an Amsterdam calendar day. */
export function isoWeekday(day: string): number {
  const [year, month, date] = day.split("-").map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

// A calendar day has no time and so no zone: its UTC fields are the day itself, and no clock
// change or server zone can move it to the day before or after.
function calendarDate(day: string): UTCDate {
  const [year, month, date] = day.split("-").map(Number);
  return new UTCDate(Date.UTC(year, month - 1, date));
}

/** The calendar day `days` after `day`, both yyyy-MM-dd. */
export function addCalendarDays(day: string, days: number): string {
  // Pure calendar arithmetic in UTC, so the server's own time zone can never shift the day.
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * The calendar day `months` after `day` (negative: before), both yyyy-MM-dd. A day that the target
 * month lacks becomes its last day (31 March minus one month is 28 or 29 February).
 */
export function addCalendarMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastDay))).toISOString().slice(0, 10);
}

/** A calendar day as stored in a `date` column (midnight UTC, as Prisma reads and writes it). */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * A date whose UTC fields read the Amsterdam wall clock of `moment`: date-fns formats it as the
 * clock in Amsterdam shows it, whatever the server's own zone. Only for patterns without a
 * time-zone token (none of ours has one); the offset is whole minutes, so seconds carry over.
 */
function onAmsterdamClock(moment: Date): UTCDate {
  const { year, month, day, hour, minute } = wallClock(moment);
  const startOfMinute = Math.floor(moment.getTime() / 60_000) * 60_000;
  const offset = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)) - startOfMinute;
  return new UTCDate(moment.getTime() + offset);
}

export function formatInAmsterdam(moment: Date, pattern: string, locale: Locale = "nl"): string {
  return formatDateFns(onAmsterdamClock(moment), pattern, { locale: DATE_FNS_LOCALES[locale] });
}

/** ISO 8601 with the Amsterdam offset of that moment ("2026-03-31T10:00:00+02:00"), as schema.org wants it. */
export function amsterdamIsoString(moment: Date): string {
  return formatDateFns(new TZDate(moment, TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

// A formatted day costs date-fns 10-15 µs, and a year's hours report names each of its weeks
// twice on every request: the same few hundred days, patterns and languages, so the text is kept,
// as the moments above are.
const formattedDays = new Map<string, string>();
const FORMATTED_DAYS_KEPT = 20_000;

/** A calendar day (yyyy-MM-dd) in a date-fns pattern without time tokens: "29 maart 2026". */
export function formatCalendarDay(day: string, pattern: string, locale: Locale = "nl"): string {
  const key = `${locale} ${pattern} ${day}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    text = formatDateFns(calendarDate(day), pattern, { locale: DATE_FNS_LOCALES[locale] });
    if (formattedDays.size >= FORMATTED_DAYS_KEPT) formattedDays.clear();
    formattedDays.set(key, text);
  }
  return text;
}

/** HH:mm on the Amsterdam clock; the same digits in every language. */
export function formatTime(moment: Date): string {
  const { hour, minute } = wallClock(moment);
  return `${hour}:${minute}`;
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
  return {
    start: amsterdamMoment(asDay(first), 0),
    end: amsterdamMoment(asDay(next), 0),
    month: asDay(first).slice(0, 7),
  };
}

/** The calendar day (yyyy-MM-dd) of a value read from a `date` column; the inverse of `dateColumn`. */
export function dayOfDateColumn(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first calendar day on or after `day` that falls on the ISO `weekday` (1 = Monday … 7 = Sunday). */
export function nextIsoWeekday(day: string, weekday: number): string {
  return addCalendarDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

/** The Monday of the ISO week that contains `day`. */
export function startOfIsoWeek(day: string): string {
  return addCalendarDays(day, 1 - isoWeekday(day));
}

/** A wall-clock minute of the day as HH:mm (600 → "10:00"); 1440 is the midnight that ends a day. */
export function formatMinuteOfDay(minuteOfDay: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday): "dinsdag", "Tuesday". */
export function weekdayName(weekday: number, locale: Locale = "nl"): string {
  // 1-7 January 2024 ran from Monday to Sunday.
  return formatCalendarDay(`2024-01-0${weekday}`, "EEEE", locale);
}
