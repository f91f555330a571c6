import { type Message, type MessageKey, zodMessage } from "@/lib/i18n/message-key";
import { addCalendarDays } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { decisionSentOnSchema } from "@/lib/deadlines/schema";
import { editedVersion } from "@/lib/cases/schema";
import { z } from "@/lib/zod";
import { normalisedPostcodeTown, POSTCODE_TOWN } from "./postcode-town";

/** The letter is written today or prepared for the coming weeks; a date further away is a typing error. */
const LETTER_DATE_MAX_DAYS_AWAY = 31;

const MAX_GROUNDS = 10_000;
const MAX_LETTER_TEXT = 30_000;
const MAX_ATTACHMENTS = 10;

const text = (max: number, missing: MessageKey, tooLong: MessageKey) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const optionalText = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || undefined);

const postcodeTown = (whose: "authority" | "client") =>
  z
    .string({ error: `refusals.letters.postcodeTown.${whose}.required` satisfies MessageKey })
    .trim()
    .min(1, `refusals.letters.postcodeTown.${whose}.required` satisfies MessageKey)
    .max(100, `refusals.letters.postcodeTown.${whose}.tooLong` satisfies MessageKey)
    .regex(POSTCODE_TOWN, `refusals.letters.postcodeTown.${whose}.format` satisfies MessageKey)
    .transform(normalisedPostcodeTown);

const calendarDay = (missing: MessageKey) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { message: missing, abort: true })
    .refine(isCalendarDay, { message: "refusals.letters.dayInvalid" });

const common = {
  caseId: z
    .string({ error: "refusals.choose.case" })
    .trim()
    .min(1, "refusals.choose.case")
    .max(40, "refusals.choose.case"),
  authorityName: text(150, "refusals.letters.authorityRequired", "refusals.letters.authorityTooLong"),
  /** "t.a.v. afdeling Bezwaar": many authorities ask for it on the envelope and in the address. */
  authorityDepartment: optionalText(150, "refusals.letters.departmentTooLong"),
  authorityStreet: text(150, "refusals.letters.authorityStreetRequired", "refusals.letters.authorityStreetTooLong"),
  authorityPostcodeTown: postcodeTown("authority"),
  // Awb art. 6:5 and 9:4: the letter names the sender and their address. The address is not
  // stored in Spreekuur (minimal data): it lives only in the letter.
  clientName: text(100, "refusals.letters.clientNameRequired", "refusals.letters.clientNameTooLong"),
  clientStreet: text(150, "refusals.letters.clientStreetRequired", "refusals.letters.clientStreetTooLong"),
  clientPostcodeTown: postcodeTown("client"),
  place: text(80, "refusals.letters.placeRequired", "refusals.letters.placeTooLong"),
  letterDate: calendarDay("refusals.letters.letterDateRequired"),
  grounds: text(MAX_GROUNDS, "refusals.letters.groundsRequired", "refusals.letters.groundsTooLong"),
  requestHearing: z.boolean({ error: "refusals.letters.chooseHearing" }).default(false),
  attachments: z
    .array(z.string({ error: "refusals.letters.attachmentsFormat" }).trim(), {
      error: "refusals.letters.attachmentsFormat",
    })
    .default([])
    .transform((lines) => lines.filter(Boolean))
    .refine((lines) => lines.length <= MAX_ATTACHMENTS, {
      message: "refusals.letters.tooManyAttachments",
      params: { max: MAX_ATTACHMENTS },
    })
    .refine((lines) => lines.every((line) => line.length <= 200), "refusals.letters.attachmentTooLong"),
};

const objectionLetterSchema = z.object({
  kind: z.literal("OBJECTION"),
  ...common,
  // The day a decision is dated is the day it was sent: the calendar-day shape is checked here,
  // the rule "not in the future" needs today and is checked by `letterDateErrors`.
  decisionDate: calendarDay("refusals.letters.decisionDateRequired"),
  decisionReference: optionalText(100, "refusals.letters.referenceTooLong"),
  subject: text(200, "refusals.letters.decisionSubjectRequired", "refusals.letters.subjectTooLong"),
  wishes: optionalText(3000, "refusals.letters.textTooLong3000"),
  /** Awb art. 7:15: costs are only reimbursed when asked for before the authority decides. */
  requestCosts: z.boolean({ error: "refusals.letters.chooseCosts" }).default(false),
});

const complaintLetterSchema = z.object({
  kind: z.literal("COMPLAINT"),
  ...common,
  subject: text(200, "refusals.letters.complaintSubjectRequired", "refusals.letters.subjectTooLong"),
  incidentDate: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isCalendarDay(value), "refusals.letters.incidentDateInvalid"),
  incidentWho: optionalText(200, "refusals.letters.textTooLong200"),
  wishes: text(3000, "refusals.letters.wishesRequired", "refusals.letters.textTooLong3000"),
});

export const letterSchema = z.discriminatedUnion("kind", [objectionLetterSchema, complaintLetterSchema], {
  error: "refusals.letters.chooseKind",
});

export type ObjectionLetterInput = z.output<typeof objectionLetterSchema>;
export type ComplaintLetterInput = z.output<typeof complaintLetterSchema>;
export type LetterInput = z.output<typeof letterSchema>;

const letterText = {
  text: text(MAX_LETTER_TEXT, "refusals.letters.letterEmpty", "refusals.letters.letterTooLong"),
};

/** The letter as the advisor edited it, with the facts it was made from. */
export const saveLetterSchema = z.discriminatedUnion(
  "kind",
  [objectionLetterSchema.extend(letterText), complaintLetterSchema.extend(letterText)],
  {
    error: "refusals.letters.chooseKind",
  },
);

/**
 * The date rules that need today (an Amsterdam calendar day): a decision or an incident does not lie
 * in the future, the letter is not dated before it, and not more than a month away from today.
 * Returns field errors in the shape `defineUseCase` gives, or null.
 */
export function letterDateErrors(input: LetterInput, today: string): Record<string, Message[]> | null {
  const errors: Record<string, Message[]> = {};
  const earlier = input.kind === "OBJECTION" ? input.decisionDate : input.incidentDate;
  if (input.kind === "OBJECTION") {
    const decision = decisionSentOnSchema(today).safeParse(input.decisionDate);
    if (!decision.success) errors.decisionDate = decision.error.issues.map(zodMessage);
  } else if (input.incidentDate && input.incidentDate > today) {
    errors.incidentDate = ["refusals.letters.incidentInFuture"];
  }
  if (earlier && input.letterDate < earlier) {
    errors.letterDate = [
      input.kind === "OBJECTION" ? "refusals.letters.beforeDecision" : "refusals.letters.beforeIncident",
    ];
  } else if (
    input.letterDate < addCalendarDays(today, -LETTER_DATE_MAX_DAYS_AWAY) ||
    input.letterDate > addCalendarDays(today, LETTER_DATE_MAX_DAYS_AWAY)
  ) {
    errors.letterDate = ["refusals.letters.letterDateFarAway"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

const reviewId = z
  .string({ error: "refusals.letterReview.notFound" })
  .trim()
  .min(1, "refusals.letterReview.notFound")
  .max(40, "refusals.letterReview.notFound");

/** Approving names the version the reviewer read: a letter revised meanwhile is read again first. */
export const reviewDecisionSchema = z.object({ reviewId, version: editedVersion });

export const returnLetterSchema = reviewDecisionSchema.extend({
  comment: text(2000, "refusals.letterReview.commentRequired", "refusals.letterReview.commentTooLong"),
});

export const reviseLetterSchema = reviewDecisionSchema.extend(letterText);

export const letterReviewSettingSchema = z.object({
  reviewVolunteerLetters: z.boolean({ error: "refusals.letterReview.chooseSetting" }).default(false),
});
