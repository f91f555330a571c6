import { addCalendarDays, amsterdamDay, startOfIsoWeek } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { z } from "@/lib/zod";

export type Week = { start: string; days: string[]; previous: string; next: string; current: string };

// From the address bar: anything that is not a day is ignored rather than refused.
const weekSchema = z.string().trim().refine(isCalendarDay).optional().catch(undefined);

/** The ISO week (Monday first) around any day; a missing or odd day means this week in Amsterdam. */
export function weekOf(rawDay: unknown, now: Date): Week {
  const current = startOfIsoWeek(amsterdamDay(now));
  const day = weekSchema.parse(rawDay);
  const start = day ? startOfIsoWeek(day) : current;
  return {
    start,
    days: Array.from({ length: 7 }, (_, i) => addCalendarDays(start, i)),
    previous: addCalendarDays(start, -7),
    next: addCalendarDays(start, 7),
    current,
  };
}
