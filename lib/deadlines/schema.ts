import type { MessageKey } from "@/lib/i18n/message-key";
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

const calendarDay = (field: "decisionSentOn" | "startsOn") => {
  const required: MessageKey = `refusals.deadlines.${field}.required`;
  return z
    .string({ error: required })
    .trim()
    .min(1, { message: required, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `refusals.deadlines.${field}.format` satisfies MessageKey, abort: true })
    .refine(isCalendarDay, { message: `refusals.deadlines.${field}.notADay` satisfies MessageKey, abort: true });
};

/**
 * The day a decision was sent (the date on the letter), as the start of its objection term. `today` is
 * the Amsterdam calendar day (yyyy-MM-dd) the check is made on.
 */
export function decisionSentOnSchema(today: string) {
  const earliest = `${Number(today.slice(0, 4)) - MAX_YEARS_BACK}${today.slice(4)}`;
  return calendarDay("decisionSentOn")
    .refine((day) => day <= today, "refusals.deadlines.letterDateInFuture")
    .refine((day) => day >= earliest, {
      message: "refusals.deadlines.letterDateTooOld",
      params: { years: MAX_YEARS_BACK },
    });
}

/** A deadline agreed or announced: a start day and a number of days or weeks, as a form sends them. */
export const freeDeadlineSchema = z
  .object({
    from: calendarDay("startsOn"),
    amount: z.coerce
      .number({ error: "refusals.deadlines.amountRequired" })
      .int("refusals.deadlines.amountWhole")
      .min(1, "refusals.deadlines.amountMin"),
    unit: z.enum(["days", "weeks"], { error: "refusals.deadlines.chooseUnit" }),
  })
  .refine((deadline) => deadline.amount * (deadline.unit === "weeks" ? 7 : 1) <= MAX_FREE_DEADLINE_DAYS, {
    path: ["amount"],
    message: "refusals.deadlines.atMostAYear",
    // Only once every field is valid; until then each field's own message says enough.
    when: (payload) => payload.issues.length === 0,
  })
  .transform(({ from, amount, unit }): FreeDeadlineInput =>
    unit === "weeks" ? { from, weeks: amount } : { from, days: amount },
  );
