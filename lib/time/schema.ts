import { amsterdamDay } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { ok, refuse, type Result } from "@/lib/result";
import { z } from "@/lib/zod";
import { TIME_KINDS } from "./plan";

/** An empty form field means "not filled in". */
export const blankAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const entryId = z.string({ error: "Kies een regel." }).trim().min(1, "Kies een regel.").max(40, "Kies een regel.");

// The rules of time written on a dossier (log-case-time.ts), so every entry obeys the same ones.
export const minutes = z.coerce
  .number({ error: "Vul het aantal minuten in." })
  .int("Vul hele minuten in.")
  .min(1, "Vul minstens 1 minuut in.")
  .max(600, "Hooguit 600 minuten (10 uur) in één keer.");
export const workedOn = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum in als jjjj-mm-dd.")
    .refine(isCalendarDay, "Deze datum bestaat niet.")
    .optional(),
);
const description = z.preprocess(blankAsUndefined, z.string().trim().max(300, "Hooguit 300 tekens.").optional());

const FUTURE_DAY = "Tijd schrijf je voor vandaag of eerder, niet voor later.";

/** Time is written for work done, so a day after today is refused; no day means today. */
export function dayWorked(day: string | undefined, now: Date): Result<string> {
  const today = amsterdamDay(now);
  if (day && day > today) return refuse(FUTURE_DAY, { workedOn: ["Deze datum ligt in de toekomst."] });
  return ok(day ?? today);
}

export const logOwnHoursSchema = z.object({
  kind: z.enum(TIME_KINDS, { error: "Kies het soort werk." }),
  minutes,
  workedOn,
  description,
});

export const correctTimeEntrySchema = z.object({
  timeEntryId: entryId,
  /** What the entry should have said; 0 takes it back entirely (work that was not done). */
  minutes: z.coerce
    .number({ error: "Vul het juiste aantal minuten in." })
    .int("Vul hele minuten in.")
    .min(0, "Vul 0 of meer minuten in; 0 haalt de regel helemaal weg.")
    .max(600, "Hooguit 600 minuten (10 uur) in één keer."),
  reason: z.preprocess(blankAsUndefined, z.string().trim().max(300, "Hooguit 300 tekens.").optional()),
});
