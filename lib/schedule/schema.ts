import { addCalendarDays } from "@/lib/dates";
import type { MessageKey } from "@/lib/i18n/message-key";
import { recordId, z } from "@/lib/zod";

/** A database id from a form: checked for shape only; existence is checked within the organisation. */

/** An empty form field means "not chosen". */
const blankAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const timeOfDay = (field: "start" | "end") =>
  z
    .string({ error: `refusals.schedule.time.${field}.required` satisfies MessageKey })
    .trim()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, `refusals.schedule.time.${field}.format` satisfies MessageKey)
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)));

const MIDNIGHT_AT_THE_END = 24 * 60;

/**
 * The end of a one-off session: "00:00" is the midnight that ends the day, the only way a time
 * field (which stops at 23:59) can say that a late session runs until midnight.
 */
const endOfDayTime = timeOfDay("end").transform((minute) => (minute === 0 ? MIDNIGHT_AT_THE_END : minute));

const calendarDay = (field: "firstDay" | "lastDay" | "date" | "week") =>
  z
    .string({ error: `refusals.schedule.day.${field}.required` satisfies MessageKey })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      message: `refusals.schedule.day.${field}.format` satisfies MessageKey,
      abort: true,
    })
    .refine(
      // A day the month lacks (31 April) rolls over into the next month, so it reads back differently.
      (value) => addCalendarDays(value, 0) === value && value >= "2000-01-01" && value <= "2100-12-31",
      `refusals.schedule.day.${field}.notADay` satisfies MessageKey,
    );

const capacity = z.coerce
  .number({ error: "refusals.schedule.capacityRequired" })
  .int("refusals.schedule.capacityWhole")
  .min(1, "refusals.schedule.capacityMin")
  .max(10, "refusals.schedule.capacityMax");

/** The kinds of session, the usual one first (forms offer them in this order). */
export const CONSULTATION_MODES = ["WALK_IN_AND_APPOINTMENT", "WALK_IN", "APPOINTMENT"] as const;

const mode = z.enum(CONSULTATION_MODES, { error: "refusals.schedule.chooseMode" }).default("WALK_IN_AND_APPOINTMENT");

const advisorIds = z
  .array(recordId("refusals.schedule.chooseAdvisor"), { error: "refusals.schedule.chooseAdvisors" })
  .max(20, "refusals.schedule.tooManyAdvisors")
  .refine((ids) => new Set(ids).size === ids.length, "refusals.schedule.advisorTwice")
  .default([]);

/** The slot length of an extra session: the half hour every conversation is capped at. */
export const EXTRA_SESSION_SLOT_MINUTES = 30;

type TimeWindow = { startTime: number; endTime: number };

/** A window must be a whole number of slots, so every slot is equally long. */
function checkWindow(window: TimeWindow, slotMinutes: number, ctx: z.RefinementCtx) {
  if (window.endTime <= window.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "refusals.schedule.endBeforeStart" });
  } else if ((window.endTime - window.startTime) % slotMinutes !== 0) {
    ctx.addIssue({
      code: "custom",
      path: ["endTime"],
      message: "refusals.schedule.wholeSlots",
      params: { minutes: slotMinutes },
    });
  }
}

/** Checks across fields run only once every field is valid; until then each field's own message says enough. */
const whenFieldsAreValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** Forms speak in times ("10:00"); the model in wall-clock minutes after midnight. */
function asMinutes<T extends TimeWindow>({ startTime, endTime, ...rest }: T) {
  return { ...rest, startMinute: startTime, endMinute: endTime };
}

export const generateSessionsSchema = z.object({
  weeks: z.coerce
    .number({ error: "refusals.schedule.weeksRequired" })
    .int("refusals.schedule.weeksWhole")
    .min(1, "refusals.schedule.weeksMin")
    .max(52, "refusals.schedule.weeksMax")
    .default(8),
});

export const createConsultationHourSchema = z
  .object({
    locationId: recordId("refusals.schedule.chooseLocation"),
    weekday: z.coerce
      .number({ error: "refusals.schedule.chooseDay" })
      .int("refusals.schedule.chooseDay")
      .min(1, "refusals.schedule.chooseDay")
      .max(7, "refusals.schedule.chooseDay"),
    startTime: timeOfDay("start"),
    endTime: timeOfDay("end"),
    advisorCapacity: capacity,
    slotMinutes: z.coerce
      .number({ error: "refusals.schedule.chooseSlotLength" })
      .int("refusals.schedule.chooseSlotLength")
      .min(5, "refusals.schedule.slotLengthMin")
      .max(30, "refusals.schedule.slotLengthMax"),
    mode,
    validFrom: calendarDay("firstDay"),
    validUntil: z.preprocess(blankAsUndefined, calendarDay("lastDay").optional()),
    advisorIds,
  })
  .superRefine((hour, ctx) => {
    checkWindow(hour, hour.slotMinutes, ctx);
    if (hour.validUntil && hour.validUntil < hour.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "refusals.schedule.lastBeforeFirst" });
    }
  }, whenFieldsAreValid)
  .transform(asMinutes);

/**
 * What may change on a recurring hour. Its day, times and slot length stay as they are: sessions
 * already made from it keep their times, so a new time is a new hour (end this one first).
 */
export const updateConsultationHourSchema = z.object({
  consultationHourId: recordId("refusals.schedule.chooseHour"),
  advisorCapacity: capacity,
  mode,
  /** Empty: the hour has no last day. */
  validUntil: z.preprocess(blankAsUndefined, calendarDay("lastDay").optional()),
  advisorIds,
});

export const cancelSessionSchema = z.object({
  sessionId: recordId("refusals.schedule.chooseSession"),
  reason: z
    .string({ error: "refusals.schedule.reasonRequired" })
    .trim()
    .min(3, "refusals.schedule.reasonTooShort")
    .max(200, "refusals.schedule.reasonTooLong"),
});

export const addExtraSessionSchema = z
  .object({
    locationId: recordId("refusals.schedule.chooseLocation"),
    day: calendarDay("date"),
    startTime: timeOfDay("start"),
    endTime: endOfDayTime,
    advisorCapacity: capacity,
    mode,
  })
  .superRefine((session, ctx) => checkWindow(session, EXTRA_SESSION_SLOT_MINUTES, ctx), whenFieldsAreValid)
  .transform(asMinutes);

export const staffSessionSchema = z
  .object({
    sessionId: recordId("refusals.schedule.chooseSession"),
    advisorId: recordId("refusals.schedule.chooseAdvisor"),
    /** The advisor who is replaced (ill, on holiday); must be on the session now. */
    standInForId: z.preprocess(blankAsUndefined, recordId("refusals.schedule.chooseReplaced").optional()),
    roomId: z.preprocess(blankAsUndefined, recordId("refusals.schedule.chooseRoom").optional()),
  })
  .refine((input) => input.standInForId !== input.advisorId, {
    path: ["standInForId"],
    message: "refusals.schedule.selfStandIn",
  });

export const removeStaffSchema = z.object({
  sessionId: recordId("refusals.schedule.chooseSession"),
  advisorId: recordId("refusals.schedule.chooseAdvisor"),
});

/** The schedule page's address: which location and which week; anything odd falls back to the default. */
export const scheduleViewSchema = z.object({
  locationId: z.preprocess(blankAsUndefined, recordId("refusals.schedule.chooseLocation").optional()),
  week: z.preprocess(blankAsUndefined, calendarDay("week").optional()),
});
