import { z } from "@/lib/zod";

const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

export const CASE_OUTCOMES = ["SOLVED", "PARTLY_SOLVED", "REFERRED", "CLIENT_WITHDREW", "NOT_SOLVED"] as const;

export const openDossierSchema = z.object({
  visitId: id("het bezoek"),
  question: z
    .string({ error: "Schrijf de vraag van de cliënt op." })
    .trim()
    .min(1, "Schrijf de vraag van de cliënt op.")
    .max(2000, "De vraag is te lang (hooguit 2000 tekens)."),
  legalDomainId: id("een rechtsgebied"),
  // AVG: a dossier is kept on the client's consent, recorded with the date.
  consent: z.literal(true, {
    error: "Vraag de cliënt of we een dossier mogen bijhouden. Zonder toestemming geen dossier.",
  }),
});

export const addCaseNoteSchema = z.object({
  caseId: id("een dossier"),
  body: z
    .string({ error: "Schrijf een notitie." })
    .trim()
    .min(1, "Schrijf een notitie.")
    .max(5000, "De notitie is te lang (hooguit 5000 tekens)."),
});

/** The version the advisor started editing from: an edit of an outdated text is refused, never applied over it. */
const editedVersion = z.coerce
  .number({ error: "Laad de pagina opnieuw." })
  .int("Laad de pagina opnieuw.")
  .positive("Laad de pagina opnieuw.");

export const editCaseNoteSchema = z.object({
  noteId: id("een notitie"),
  body: addCaseNoteSchema.shape.body,
  expectedVersion: editedVersion,
});

export const editCaseQuestionSchema = z.object({
  caseId: id("een dossier"),
  question: openDossierSchema.shape.question,
  version: editedVersion,
});

export const closeCaseSchema = z.object({
  caseId: id("een dossier"),
  /** The version the advisor saw: a close on an outdated view is refused, not silently applied. */
  version: z.coerce.number({ error: "Laad de pagina opnieuw." }).int().positive(),
  outcome: z.enum(CASE_OUTCOMES, { error: "Kies hoe het dossier is afgelopen." }),
});

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
  "OTHER",
] as const;

/** A consultation settled on the spot: what it was about, what was done, how it ended. */
export const logQuickContactSchema = z.object({
  visitId: id("het bezoek"),
  legalDomainId: id("een rechtsgebied"),
  actions: z
    .array(z.enum(CASE_ACTION_KINDS, { error: "Kies wat je hebt gedaan uit de lijst." }))
    .min(1, "Kies minstens één ding dat je hebt gedaan.")
    .max(CASE_ACTION_KINDS.length),
  outcome: z.enum(CASE_OUTCOMES, { error: "Kies hoe het gesprek is afgelopen." }),
});

export const promoteToDossierSchema = z.object({
  caseId: id("een snel contact"),
  question: openDossierSchema.shape.question,
  consent: openDossierSchema.shape.consent,
});

export const setCaseWaitingSchema = z.object({
  caseId: id("een dossier"),
  version: closeCaseSchema.shape.version,
  waiting: z.boolean({ error: "Kies of het dossier wacht op een ander." }),
});
