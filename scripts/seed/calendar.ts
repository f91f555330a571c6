// Days the demo libraries are closed, so that generated sessions on those days are cancelled.
// Only for demo data: the Awb deadline rules belong to the app, not here.
import { addCalendarDays } from "../../lib/dates";

/** Easter Sunday (yyyy-MM-dd), anonymous Gregorian algorithm. */
function easterSunday(year: number): string {
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
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Public holidays on which Dutch libraries close, with their Dutch names. */
export function libraryHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  // King's Day moves to the 26th when the 27th is a Sunday.
  const kingsDay = new Date(`${year}-04-27T12:00:00Z`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Map([
    [`${year}-01-01`, "Nieuwjaarsdag"],
    [addCalendarDays(easter, 1), "Tweede paasdag"],
    [kingsDay, "Koningsdag"],
    [addCalendarDays(easter, 39), "Hemelvaartsdag"],
    [addCalendarDays(easter, 50), "Tweede pinksterdag"],
    [`${year}-12-25`, "Eerste kerstdag"],
    [`${year}-12-26`, "Tweede kerstdag"],
  ]);
}
