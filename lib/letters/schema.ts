import { type Message, type MessageKey, zodMessage } from "@/lib/i18n/message-key";
import { addCalendarDays } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { decisionSentOnSchema } from "@/lib/deadlines/schema";
import { editedVersion } from "@/lib/cases/schema";
import { parseEuroCents } from "@/lib/money";
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

const grounds = text(MAX_GROUNDS, "refusals.letters.groundsRequired", "refusals.letters.groundsTooLong");
const requestHearing = z.boolean({ error: "refusals.letters.chooseHearing" }).default(false);
const reference = optionalText(100, "refusals.letters.referenceTooLong");

/** The decision an objection is against: the day it is dated is the day it was sent. */
const decision = {
  // The calendar-day shape is checked here; the rule "not in the future" needs today and is
  // checked by `letterDateErrors`.
  decisionDate: calendarDay("refusals.letters.decisionDateRequired"),
  decisionReference: reference,
  subject: text(200, "refusals.letters.decisionSubjectRequired", "refusals.letters.subjectTooLong"),
  /** Awb art. 7:15: costs are only reimbursed when asked for before the authority decides. */
  requestCosts: z.boolean({ error: "refusals.letters.chooseCosts" }).default(false),
  requestHearing,
};

/** An amount in euros as people type it ("75", "74,50", "€ 1.234,-"), kept in cents. */
const euros = (missing: MessageKey | null) =>
  z
    .string({ error: "refusals.letters.amountFormat" })
    .optional()
    .transform((typed, context) => {
      const value = (typed ?? "").trim();
      if (value === "") {
        if (missing) context.addIssue({ code: "custom", message: missing });
        return null;
      }
      const cents = parseEuroCents(value);
      if (cents === null || cents <= 0 || cents > 100_000_000) {
        context.addIssue({ code: "custom", message: "refusals.letters.amountFormat" });
        return null;
      }
      return cents;
    });

const objectionLetterSchema = z.object({
  kind: z.literal("OBJECTION"),
  ...common,
  ...decision,
  grounds,
  wishes: optionalText(3000, "refusals.letters.textTooLong3000"),
});

/** Awb art. 6:6: an objection lodged in time whose grounds follow; the authority gives a term for them. */
const proFormaObjectionLetterSchema = z.object({
  kind: z.literal("PRO_FORMA_OBJECTION"),
  ...common,
  ...decision,
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
  grounds,
  wishes: text(3000, "refusals.letters.wishesRequired", "refusals.letters.textTooLong3000"),
  requestHearing,
});

/** To a creditor or debt collector: what the debt is, what the client can pay a month, and why not at once. */
const paymentArrangementLetterSchema = z.object({
  kind: z.literal("PAYMENT_ARRANGEMENT"),
  ...common,
  reference,
  subject: text(200, "refusals.letters.debtSubjectRequired", "refusals.letters.subjectTooLong"),
  monthlyAmount: euros("refusals.letters.monthlyAmountRequired"),
  grounds,
  /** Collection stopped, and no further costs, while the client keeps to the arrangement. */
  requestSuspension: z.boolean({ error: "refusals.letters.chooseSuspension" }).default(false),
});

/** To a bailiff or creditor who garnishes: recalculate the beslagvrije voet (Wet vereenvoudiging beslagvrije voet). */
const garnishmentRecalculationLetterSchema = z.object({
  kind: z.literal("GARNISHMENT_RECALCULATION"),
  ...common,
  reference,
  subject: text(200, "refusals.letters.garnishedIncomeRequired", "refusals.letters.subjectTooLong"),
  grounds,
});

/** Any term the authority set (information to send, a hearing, grounds): a later day, and why. */
const termExtensionLetterSchema = z.object({
  kind: z.literal("TERM_EXTENSION"),
  ...common,
  reference,
  subject: text(200, "refusals.letters.termSubjectRequired", "refusals.letters.subjectTooLong"),
  currentDueDate: calendarDay("refusals.letters.currentDueDateRequired"),
  requestedDate: calendarDay("refusals.letters.requestedDateRequired"),
  grounds,
});

/** Participatiewet art. 35: necessary costs the client cannot pay from their income. */
const specialAssistanceLetterSchema = z.object({
  kind: z.literal("SPECIAL_ASSISTANCE"),
  ...common,
  reference,
  subject: text(200, "refusals.letters.costsSubjectRequired", "refusals.letters.subjectTooLong"),
  amount: euros(null),
  grounds,
});

const LETTER_SCHEMAS = [
  objectionLetterSchema,
  proFormaObjectionLetterSchema,
  complaintLetterSchema,
  paymentArrangementLetterSchema,
  garnishmentRecalculationLetterSchema,
  termExtensionLetterSchema,
  specialAssistanceLetterSchema,
] as const;

export const letterSchema = z.discriminatedUnion("kind", LETTER_SCHEMAS, { error: "refusals.letters.chooseKind" });

export type LetterInput = z.output<typeof letterSchema>;
export type LetterInputOf<Kind extends LetterInput["kind"]> = Extract<LetterInput, { kind: Kind }>;

const letterText = {
  text: text(MAX_LETTER_TEXT, "refusals.letters.letterEmpty", "refusals.letters.letterTooLong"),
};

/** The letter as the advisor edited it, with the facts it was made from. */
export const saveLetterSchema = z.discriminatedUnion(
  "kind",
  [
    objectionLetterSchema.extend(letterText),
    proFormaObjectionLetterSchema.extend(letterText),
    complaintLetterSchema.extend(letterText),
    paymentArrangementLetterSchema.extend(letterText),
    garnishmentRecalculationLetterSchema.extend(letterText),
    termExtensionLetterSchema.extend(letterText),
    specialAssistanceLetterSchema.extend(letterText),
  ],
  { error: "refusals.letters.chooseKind" },
);

/**
 * The date rules that need today (an Amsterdam calendar day): a decision or an incident does not lie
 * in the future, the letter is not dated before it, and not more than a month away from today.
 * Returns field errors in the shape `defineUseCase` gives, or null.
 */
export function letterDateErrors(input: LetterInput, today: string): Record<string, Message[]> | null {
  const errors: Record<string, Message[]> = {};
  let earlier: { day: string; message: MessageKey } | null = null;
  if (input.kind === "OBJECTION" || input.kind === "PRO_FORMA_OBJECTION") {
    const decision = decisionSentOnSchema(today).safeParse(input.decisionDate);
    if (!decision.success) errors.decisionDate = decision.error.issues.map(zodMessage);
    earlier = { day: input.decisionDate, message: "refusals.letters.beforeDecision" };
  } else if (input.kind === "COMPLAINT" && input.incidentDate) {
    if (input.incidentDate > today) errors.incidentDate = ["refusals.letters.incidentInFuture"];
    earlier = { day: input.incidentDate, message: "refusals.letters.beforeIncident" };
  } else if (input.kind === "TERM_EXTENSION" && input.requestedDate <= input.currentDueDate) {
    errors.requestedDate = ["refusals.letters.requestedNotLater"];
  }
  if (earlier && input.letterDate < earlier.day) {
    errors.letterDate = [earlier.message];
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
