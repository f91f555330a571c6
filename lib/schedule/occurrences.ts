// Pure calendar arithmetic of the schedule, kept apart from the database so it can be tested on
// its own: which sessions a weekly hour has, and how a session is cut into slots.
import { addCalendarDays, amsterdamMoment, nextIsoWeekday } from "@/lib/dates";

export type WeeklyHour = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Wall-clock minutes after midnight in Europe/Amsterdam. */
  startMinute: number;
  endMinute: number;
  /** First and last calendar day (yyyy-MM-dd) the hour is held; `validUntil` null = open-ended. */
  validFrom: string;
  validUntil: string | null;
};

export type Occurrence = { day: string; startsAt: Date; endsAt: Date };

/**
 * The sessions of a weekly hour on the Amsterdam calendar days from `from` up to (not including)
 * `until`. Every session is placed on the wall clock of its own day, so a Tuesday 10:00 session is
 * 09:00 UTC in winter and 08:00 UTC in summer: stepping 7 × 24 hours from one session to the next
 * would shift it by an hour across a daylight-saving change.
 */
export function sessionOccurrences(hour: WeeklyHour, range: { from: string; until: string }): Occurrence[] {
  const first = range.from > hour.validFrom ? range.from : hour.validFrom;
  const dayAfterValidity = hour.validUntil === null ? null : addCalendarDays(hour.validUntil, 1);
  const end = dayAfterValidity !== null && dayAfterValidity < range.until ? dayAfterValidity : range.until;
  const occurrences: Occurrence[] = [];
  for (let day = nextIsoWeekday(first, hour.weekday); day < end; day = addCalendarDays(day, 7)) {
    occurrences.push({
      day,
      startsAt: amsterdamMoment(day, hour.startMinute),
      endsAt: amsterdamMoment(day, hour.endMinute),
    });
  }
  return occurrences;
}

/**
 * The slots of one advisor in a session: consecutive pieces of `slotMinutes` real minutes. The last
 * piece ends with the session, so no slot is ever longer than `slotMinutes` (the database caps a
 * slot at 30 minutes), even on a night the clocks change.
 */
export function slotTimes(
  window: { startsAt: Date; endsAt: Date },
  slotMinutes: number,
): { startsAt: Date; endsAt: Date }[] {
  const step = slotMinutes * 60_000;
  const slots = [];
  for (let start = window.startsAt.getTime(); start < window.endsAt.getTime(); start += step) {
    slots.push({ startsAt: new Date(start), endsAt: new Date(Math.min(start + step, window.endsAt.getTime())) });
  }
  return slots;
}

/** Whether two time windows share at least one moment (touching ends do not overlap). */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
