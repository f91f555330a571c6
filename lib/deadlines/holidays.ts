// The days on which a legal term may not end, after the Algemene termijnenwet (Atw). Days are
// yyyy-MM-dd strings and all arithmetic is calendar arithmetic, so the server's time zone plays no part.
import { addCalendarDays, isoWeekday } from "@/lib/dates";
import { assertCalendarDay } from "./calendar-day";

/**
 * Until 2013 Atw art. 3 meant Koninginnedag (30 April); only the King's Day rules of 2014 onwards are
 * modelled, so an earlier year is refused rather than answered wrongly.
 */
const FIRST_YEAR = 2014;

/** The Easter algorithm holds for Gregorian years; 1583 is the first whole one. */
const FIRST_GREGORIAN_YEAR = 1583;

/**
 * Days the King equated with a holiday for the Atw (art. 3 lid 3), by decrees published in the
 * Staatscourant, usually three years at a time: the Friday after Ascension Day, and the Friday after a
 * holiday that falls on a Thursday. Add each new decree here when it appears; decrees before 2023 are
 * not listed. A decree missing here makes a due date come out too early (the Friday instead of the
 * Monday), never too late.
 */
const EQUATED_DAYS: ReadonlySet<string> = new Set([
  // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025
  // met een algemeen erkende feestdag.
  "2023-04-28",
  "2023-05-19",
  "2024-05-10",
  "2024-12-27",
  "2025-05-30",
  // Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028
  // met een algemeen erkende feestdag.
  "2026-01-02",
  "2026-05-15",
  "2027-05-07",
  "2028-04-28",
  "2028-05-26",
]);

const pad = (n: number) => String(n).padStart(2, "0");

/** Easter Sunday of a Gregorian year (yyyy-MM-dd), by the anonymous algorithm of Meeus, Jones and Butcher. */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR)
    throw new RangeError(`No Gregorian Easter for year ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The days of `year` on which a legal term cannot end apart from Saturdays and Sundays, in calendar
 * order, each with its Dutch name: the holidays of Atw art. 3 lid 1, Good Friday (equated by art. 3 lid 2)
 * and the days equated by decree (art. 3 lid 3).
 */
export function dutchTermHolidays(year: number): Map<string, string> {
  if (!Number.isInteger(year) || year < FIRST_YEAR)
    throw new RangeError(`Term holidays are known from ${FIRST_YEAR} on, not for ${year}`);
  const easter = easterSunday(year);
  // King's Day is celebrated on 27 April, or on Saturday 26 April when the 27th is a Sunday.
  const kingsDay = isoWeekday(`${year}-04-27`) === 7 ? `${year}-04-26` : `${year}-04-27`;
  const days: [string, string][] = [
    [`${year}-01-01`, "Nieuwjaarsdag"],
    [addCalendarDays(easter, -2), "Goede Vrijdag"],
    [addCalendarDays(easter, 1), "Tweede Paasdag"],
    [kingsDay, "Koningsdag"],
    // Every year: the Atw knows no lustrum rule, unlike collective agreements that give 5 May off.
    [`${year}-05-05`, "Bevrijdingsdag"],
    [addCalendarDays(easter, 39), "Hemelvaartsdag"],
    [addCalendarDays(easter, 50), "Tweede Pinksterdag"],
    [`${year}-12-25`, "Eerste Kerstdag"],
    [`${year}-12-26`, "Tweede Kerstdag"],
    ...[...EQUATED_DAYS]
      .filter((day) => day.startsWith(`${year}-`))
      .map((day): [string, string] => [day, "gelijkgesteld met een feestdag"]),
  ];
  const holidays = new Map<string, string>();
  // Ascension Day can fall on 5 May (as in 2016); the day then carries both names.
  for (const [day, name] of days.sort(([a], [b]) => a.localeCompare(b))) {
    const earlier = holidays.get(day);
    holidays.set(day, earlier ? `${earlier} en ${name}` : name);
  }
  return holidays;
}

export function isTermHoliday(day: string): boolean {
  assertCalendarDay(day);
  return dutchTermHolidays(Number(day.slice(0, 4))).has(day);
}

/** Whether a legal term may end on `day`: not a Saturday, Sunday or holiday (Atw art. 1 lid 1). */
export function isWorkingDayForTerms(day: string): boolean {
  return !isTermHoliday(day) && isoWeekday(day) <= 5;
}
