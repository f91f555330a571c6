// Days the demo libraries are closed, so that generated sessions on those days are cancelled.
// Library closing days are not the Awb term holidays (no 5 May, no Good Friday), so this list
// stays here; Easter comes from the one calculation in lib/deadlines.
import { addCalendarDays } from "../../lib/dates";
import { easterSunday } from "../../lib/deadlines/holidays";

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
