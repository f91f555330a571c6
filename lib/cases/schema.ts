import { clientDetailsSchema } from "@/lib/desk/schema";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { CONTACT_CHANNELS } from "./contact-channels";
import { recordId, z } from "@/lib/zod";

export const CASE_OUTCOMES = ["SOLVED", "PARTLY_SOLVED", "REFERRED", "CLIENT_WITHDREW", "NOT_SOLVED"] as const;

export const openDossierSchema = z.object({
  visitId: recordId("refusals.choose.visit"),
  question: z
    .string({ error: "refusals.cases.questionRequired" })
    .trim()
    .min(1, "refusals.cases.questionRequired")
    .max(2000, "refusals.cases.questionTooLong"),
  legalDomainId: recordId("refusals.choose.legalDomain"),
  // AVG: a dossier is kept on the client's consent, recorded with the date.
  consent: z.literal(true, {
    error: "refusals.cases.consentRequired",
  }),
});

export const addCaseNoteSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  body: z
    .string({ error: "refusals.cases.noteRequired" })
    .trim()
    .min(1, "refusals.cases.noteRequired")
    .max(5000, "refusals.cases.noteTooLong"),
});

/**
 * The version the advisor started editing from: an edit of an outdated text is refused, never
 * applied over it. Bounded by the column (a PostgreSQL integer): a forged larger number must be
 * "reload the page", not an overflow in the query.
 */
export const editedVersion = z.coerce
  .number({ error: "refusals.common.reloadPage" })
  .int("refusals.common.reloadPage")
  .positive("refusals.common.reloadPage")
  .max(2_147_483_647, "refusals.common.reloadPage");

export const editCaseNoteSchema = z.object({
  noteId: recordId("refusals.choose.note"),
  body: addCaseNoteSchema.shape.body,
  expectedVersion: editedVersion,
});

export const editCaseQuestionSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  question: openDossierSchema.shape.question,
  version: editedVersion,
});

export const closeCaseSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  /** The version the advisor saw: a close on an outdated view is refused, not silently applied. */
  version: editedVersion,
  outcome: z.enum(CASE_OUTCOMES, { error: "refusals.cases.chooseCaseOutcome" }),
});

/** A closed dossier opened again, with the reason in the advisor's words. */
export const reopenCaseSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  version: editedVersion,
  reason: z
    .string({ error: "refusals.cases.reopenReasonRequired" })
    .trim()
    .min(3, "refusals.cases.reopenReasonRequired")
    .max(500, "refusals.cases.reopenReasonTooLong"),
});

/** The day work was done: a calendar day, or empty for today (the use case checks it is not ahead). */
const workedDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
  .refine(isCalendarDay, "refusals.common.dayNotReal")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** Minutes of work, as the time form takes them. */
const workedMinutes = z.coerce
  .number({ error: "refusals.time.minutesRequired" })
  .int("refusals.time.wholeMinutes")
  .min(1, "refusals.time.minutesMin")
  .max(600, "refusals.time.minutesMax");

/** A visit added to the client's open dossier, instead of opening another. */
export const linkVisitToDossierSchema = z.object({
  visitId: recordId("refusals.choose.visit"),
  caseId: recordId("refusals.choose.case"),
});

/** A contact with the client outside a consultation hour; the day defaults to today. */
export const dossierContactSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  channel: z.enum(CONTACT_CHANNELS, { error: "refusals.cases.chooseContactChannel" }),
  occurredOn: workedDay,
  minutes: workedMinutes,
  note: z
    .string()
    .trim()
    .max(1000, "refusals.cases.contactNoteTooLong")
    .optional()
    .transform((value) => value || undefined),
});

/** The client's details, corrected from one of their dossiers (which proves the advisor may). */
export const correctClientDetailsSchema = clientDetailsSchema.extend({ caseId: recordId("refusals.choose.case") });

export const CASE_ACTION_KINDS = [
  "INFORMATION",
  "EXPLAIN_LETTER",
  "EXPLAIN_PROCEDURE",
  "MEDIATION",
  "OBJECTION_LETTER",
  "COMPLAINT_LETTER",
  "LETTER_TO_BAILIFF",
  "OTHER_LETTER",
  "PAYMENT_PLAN",
  "RECALCULATE_BESLAGVRIJE_VOET",
  "APPLICATION",
  "REFERRAL",
  "CALL_OTHER_PARTY",
  "OTHER",
] as const;

const actionFields = {
  kind: z.enum(CASE_ACTION_KINDS, { error: "refusals.cases.chooseActionFromList" }),
  minutes: workedMinutes,
  note: z
    .string()
    .trim()
    .max(300, "refusals.common.atMost300")
    .optional()
    .transform((value) => value || undefined),
};

/** Work on a dossier: what kind, on which day (today unless given, never ahead), how long, a note. */
export const recordCaseActionSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  performedOn: workedDay,
  ...actionFields,
});

/** An action put right by its author: kind, minutes and note as they should be. */
export const changeCaseActionSchema = z.object({ actionId: recordId("refusals.caseAction.choose"), ...actionFields });

export const removeCaseActionSchema = z.object({ actionId: recordId("refusals.caseAction.choose") });

/** A consultation settled on the spot: what it was about, what was done, how it ended. */
export const logQuickContactSchema = z.object({
  visitId: recordId("refusals.choose.visit"),
  legalDomainId: recordId("refusals.choose.legalDomain"),
  actions: z
    .array(z.enum(CASE_ACTION_KINDS, { error: "refusals.cases.chooseActionFromList" }))
    .min(1, "refusals.cases.chooseAnAction")
    .max(CASE_ACTION_KINDS.length),
  outcome: z.enum(CASE_OUTCOMES, { error: "refusals.cases.chooseConversationOutcome" }),
});

export const promoteToDossierSchema = z.object({
  caseId: recordId("refusals.choose.quickContact"),
  question: openDossierSchema.shape.question,
  consent: openDossierSchema.shape.consent,
});

export const setCaseWaitingSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  version: editedVersion,
  waiting: z.boolean({ error: "refusals.cases.chooseWaiting" }),
});

/** A dossier from the coordinator's list, and the advisor who gets it. */
export const assignDossierSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  advisorId: recordId("refusals.cases.chooseAdvisor"),
});

/** A dossier given to another advisor, with a note for the one who takes it over. */
export const handOverDossierSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  /** The dossier as the page showed it: a list gone stale does not take it from whoever has it now. */
  version: editedVersion,
  advisorId: recordId("refusals.cases.chooseAdvisor"),
  note: z
    .string({ error: "refusals.cases.handoverNoteRequired" })
    .trim()
    .min(3, "refusals.cases.handoverNoteRequired")
    .max(2000, "refusals.cases.handoverNoteTooLong"),
});

/** One more legal domain of a dossier, or one taken off again (never the primary). */
export const caseLegalDomainSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  legalDomainId: recordId("refusals.choose.legalDomain"),
});
