import { amsterdamDay } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { ok, refuse, type Result } from "@/lib/result";
import { z } from "@/lib/zod";
import { TIME_KINDS } from "./plan";

/** An empty form field means "not filled in". */
export const blankAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const entryId = z
  .string({ error: "refusals.time.chooseEntry" })
  .trim()
  .min(1, "refusals.time.chooseEntry")
  .max(40, "refusals.time.chooseEntry");

// The rules of time written on a dossier (log-case-time.ts), so every entry obeys the same ones.
export const minutes = z.coerce
  .number({ error: "refusals.time.minutesRequired" })
  .int("refusals.time.wholeMinutes")
  .min(1, "refusals.time.minutesMin")
  .max(600, "refusals.time.minutesMax");
export const workedOn = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
    .refine(isCalendarDay, "refusals.common.dayNotReal")
    .optional(),
);
const description = z.preprocess(blankAsUndefined, z.string().trim().max(300, "refusals.common.atMost300").optional());

const FUTURE_DAY = "refusals.time.futureDay";

/** Time is written for work done, so a day after today is refused; no day means today. */
export function dayWorked(day: string | undefined, now: Date): Result<string> {
  const today = amsterdamDay(now);
  if (day && day > today) return refuse(FUTURE_DAY, { workedOn: ["refusals.time.dayInFuture"] });
  return ok(day ?? today);
}

export const logOwnHoursSchema = z.object({
  kind: z.enum(TIME_KINDS, { error: "refusals.time.chooseKind" }),
  minutes,
  workedOn,
  description,
});

export const correctTimeEntrySchema = z.object({
  timeEntryId: entryId,
  /** What the entry should have said; 0 takes it back entirely (work that was not done). */
  minutes: z.coerce
    .number({ error: "refusals.time.correctMinutesRequired" })
    .int("refusals.time.wholeMinutes")
    .min(0, "refusals.time.correctMinutesMin")
    .max(600, "refusals.time.minutesMax"),
  reason: z.preprocess(blankAsUndefined, z.string().trim().max(300, "refusals.common.atMost300").optional()),
});
