import { z } from "@/lib/zod";
import type { FreeDeadlineInput } from "./awb";
import { isCalendarDay } from "./calendar-day";

/**
 * A decision sent longer ago than this is almost always a typing error; its objection term is long
 * over, and a late objection (Awb art. 6:11) is then a matter for the advisor, not for the calculator.
 */
const MAX_YEARS_BACK = 2;

/** A free deadline lies at most a year ahead. */
const MAX_FREE_DEADLINE_DAYS = 365;

const calendarDay = (what: string) =>
  z
    .string({ error: `Vul ${what} in.` })
    .trim()
    .min(1, { message: `Vul ${what} in.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Vul ${what} in als jjjj-mm-dd, bijvoorbeeld 2026-03-03.`, abort: true })
    .refine(isCalendarDay, { message: `Deze datum bestaat niet. Vul ${what} in als jjjj-mm-dd.`, abort: true });

/**
 * The day a decision was sent (the date on the letter), as the start of its objection term. `today` is
 * the Amsterdam calendar day (yyyy-MM-dd) the check is made on.
 */
export function decisionSentOnSchema(today: string) {
  const earliest = `${Number(today.slice(0, 4)) - MAX_YEARS_BACK}${today.slice(4)}`;
  return calendarDay("de verzenddatum van het besluit")
    .refine((day) => day <= today, "Deze datum ligt in de toekomst. Kijk nog eens naar de datum op de brief.")
    .refine(
      (day) => day >= earliest,
      `Deze datum ligt meer dan ${MAX_YEARS_BACK} jaar terug. Kijk nog eens naar de datum op de brief.`,
    );
}

/** A deadline agreed or announced: a start day and a number of days or weeks, as a form sends them. */
export const freeDeadlineSchema = z
  .object({
    from: calendarDay("de begindatum"),
    amount: z.coerce
      .number({ error: "Vul een aantal dagen of weken in." })
      .int("Vul een heel aantal dagen of weken in.")
      .min(1, "Vul minstens 1 dag of week in."),
    unit: z.enum(["days", "weeks"], { error: "Kies dagen of weken." }),
  })
  .refine((deadline) => deadline.amount * (deadline.unit === "weeks" ? 7 : 1) <= MAX_FREE_DEADLINE_DAYS, {
    path: ["amount"],
    message: "Een termijn is hooguit een jaar: 365 dagen of 52 weken.",
    // Only once every field is valid; until then each field's own message says enough.
    when: (payload) => payload.issues.length === 0,
  })
  .transform(({ from, amount, unit }): FreeDeadlineInput =>
    unit === "weeks" ? { from, weeks: amount } : { from, days: amount },
  );
