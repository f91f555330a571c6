import { addCalendarDays } from "@/lib/dates";
import { z } from "@/lib/zod";

/** A database id from a form: checked for shape only; existence is checked within the organisation. */
const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

/** An empty form field means "not chosen". */
const blankAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const timeOfDay = (what: string) =>
  z
    .string({ error: `Vul ${what} in, bijvoorbeeld 10:00.` })
    .trim()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, `Vul ${what} in als uu:mm, bijvoorbeeld 10:00.`)
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)));

const calendarDay = (what: string) =>
  z
    .string({ error: `Vul ${what} in.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Vul ${what} in als jjjj-mm-dd, bijvoorbeeld 2026-12-01.`, abort: true })
    .refine(
      // A day the month lacks (31 April) rolls over into the next month, so it reads back differently.
      (value) => addCalendarDays(value, 0) === value && value >= "2000-01-01" && value <= "2100-12-31",
      `Deze datum bestaat niet. Vul ${what} in als jjjj-mm-dd.`,
    );

const capacity = z.coerce
  .number({ error: "Vul in hoeveel adviseurs tegelijk werken (1 tot 10)." })
  .int("Vul een heel getal in (1 tot 10).")
  .min(1, "Er werkt minstens 1 adviseur.")
  .max(10, "Hooguit 10 adviseurs tegelijk.");

/** The kinds of session, the usual one first (forms offer them in this order). */
export const CONSULTATION_MODES = ["WALK_IN_AND_APPOINTMENT", "WALK_IN", "APPOINTMENT"] as const;

const mode = z
  .enum(CONSULTATION_MODES, { error: "Kies inloop, afspraak of allebei." })
  .default("WALK_IN_AND_APPOINTMENT");

const advisorIds = z
  .array(id("een adviseur"), { error: "Kies de vaste adviseurs." })
  .max(20, "Kies hooguit 20 vaste adviseurs.")
  .refine((ids) => new Set(ids).size === ids.length, "Je hebt een adviseur twee keer gekozen.")
  .default([]);

/** The slot length of an extra session: the half hour every conversation is capped at. */
export const EXTRA_SESSION_SLOT_MINUTES = 30;

type TimeWindow = { startTime: number; endTime: number };

/** A window must be a whole number of slots, so every slot is equally long. */
function checkWindow(window: TimeWindow, slotMinutes: number, ctx: z.RefinementCtx) {
  if (window.endTime <= window.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "De eindtijd moet later zijn dan de begintijd." });
  } else if ((window.endTime - window.startTime) % slotMinutes !== 0) {
    ctx.addIssue({
      code: "custom",
      path: ["endTime"],
      message: `De tijd moet precies in blokken van ${slotMinutes} minuten passen, bijvoorbeeld 10:00 tot 13:00.`,
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
    .number({ error: "Vul in voor hoeveel weken (1 tot 52)." })
    .int("Vul een heel aantal weken in (1 tot 52).")
    .min(1, "Plan minstens 1 week vooruit.")
    .max(52, "Plan hooguit 52 weken (een jaar) vooruit.")
    .default(8),
});

export const createConsultationHourSchema = z
  .object({
    locationId: id("een locatie"),
    weekday: z.coerce
      .number({ error: "Kies een dag." })
      .int("Kies een dag.")
      .min(1, "Kies een dag.")
      .max(7, "Kies een dag."),
    startTime: timeOfDay("de begintijd"),
    endTime: timeOfDay("de eindtijd"),
    advisorCapacity: capacity,
    slotMinutes: z.coerce
      .number({ error: "Kies hoe lang een gesprek duurt." })
      .int("Kies hoe lang een gesprek duurt.")
      .min(5, "Een gesprek duurt minstens 5 minuten.")
      .max(30, "Een gesprek duurt hooguit 30 minuten."),
    mode,
    validFrom: calendarDay("de eerste dag"),
    validUntil: z.preprocess(blankAsUndefined, calendarDay("de laatste dag").optional()),
    advisorIds,
  })
  .superRefine((hour, ctx) => {
    checkWindow(hour, hour.slotMinutes, ctx);
    if (hour.validUntil && hour.validUntil < hour.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "De laatste dag ligt vóór de eerste dag." });
    }
  }, whenFieldsAreValid)
  .transform(asMinutes);

/**
 * What may change on a recurring hour. Its day, times and slot length stay as they are: sessions
 * already made from it keep their times, so a new time is a new hour (end this one first).
 */
export const updateConsultationHourSchema = z.object({
  consultationHourId: id("een vast spreekuur"),
  advisorCapacity: capacity,
  mode,
  /** Empty: the hour has no last day. */
  validUntil: z.preprocess(blankAsUndefined, calendarDay("de laatste dag").optional()),
  advisorIds,
});

export const cancelSessionSchema = z.object({
  sessionId: id("een spreekuur"),
  reason: z
    .string({ error: "Schrijf op waarom het spreekuur niet doorgaat." })
    .trim()
    .min(3, "Schrijf op waarom het spreekuur niet doorgaat, bijvoorbeeld ‘Bibliotheek gesloten (feestdag)’.")
    .max(200, "De reden is te lang (hooguit 200 tekens)."),
});

export const addExtraSessionSchema = z
  .object({
    locationId: id("een locatie"),
    day: calendarDay("de datum"),
    startTime: timeOfDay("de begintijd"),
    endTime: timeOfDay("de eindtijd"),
    advisorCapacity: capacity,
    mode,
  })
  .superRefine((session, ctx) => checkWindow(session, EXTRA_SESSION_SLOT_MINUTES, ctx), whenFieldsAreValid)
  .transform(asMinutes);

export const staffSessionSchema = z
  .object({
    sessionId: id("een spreekuur"),
    advisorId: id("een adviseur"),
    /** The advisor who is replaced (ill, on holiday); must be on the session now. */
    standInForId: z.preprocess(blankAsUndefined, id("wie vervangen wordt").optional()),
    roomId: z.preprocess(blankAsUndefined, id("een ruimte").optional()),
  })
  .refine((input) => input.standInForId !== input.advisorId, {
    path: ["standInForId"],
    message: "Iemand kan niet zichzelf vervangen.",
  });

export const removeStaffSchema = z.object({
  sessionId: id("een spreekuur"),
  advisorId: id("een adviseur"),
});

/** The schedule page's address: which location and which week; anything odd falls back to the default. */
export const scheduleViewSchema = z.object({
  locationId: z.preprocess(blankAsUndefined, id("een locatie").optional()),
  week: z.preprocess(blankAsUndefined, calendarDay("de week").optional()),
});
