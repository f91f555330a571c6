import { addCalendarDays } from "@/lib/dates";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { decisionSentOnSchema } from "@/lib/deadlines/schema";
import { z } from "@/lib/zod";

/** The letter is written today or prepared for the coming weeks; a date further away is a typing error. */
const LETTER_DATE_MAX_DAYS_AWAY = 31;

const MAX_GROUNDS = 10_000;
const MAX_LETTER_TEXT = 30_000;
const MAX_ATTACHMENTS = 10;

const text = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || undefined);

/** "7551ab  Hengelo" → "7551 AB Hengelo": the form Dutch post expects. */
const postcodeTown = (whose: string) =>
  z
    .string({ error: `Vul de postcode en plaats ${whose} in.` })
    .trim()
    .min(1, `Vul de postcode en plaats ${whose} in.`)
    .max(100, `De postcode en plaats ${whose} zijn te lang (hooguit 100 tekens).`)
    .regex(/^[1-9]\d{3}\s*[a-z]{2}\s+\S/i, `Vul de postcode en plaats ${whose} in, bijvoorbeeld 7551 AB Hengelo.`)
    .transform((value) => {
      const [, digits, letters, town] = /^(\d{4})\s*([a-z]{2})\s+(.+)$/i.exec(value)!;
      return `${digits} ${letters.toUpperCase()} ${town}`;
    });

const calendarDay = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { message: missing, abort: true })
    .refine(isCalendarDay, { message: "Vul een bestaande datum in als jjjj-mm-dd, bijvoorbeeld 2026-03-03." });

const common = {
  caseId: z.string({ error: "Kies een dossier." }).trim().min(1, "Kies een dossier.").max(40, "Kies een dossier."),
  authorityName: text(
    150,
    "Vul in aan welke instantie de brief gaat.",
    "De naam van de instantie is te lang (hooguit 150 tekens).",
  ),
  /** "t.a.v. afdeling Bezwaar": many authorities ask for it on the envelope and in the address. */
  authorityDepartment: optionalText(150, "De afdeling is te lang (hooguit 150 tekens)."),
  authorityStreet: text(
    150,
    "Vul het adres of de postbus van de instantie in.",
    "Het adres van de instantie is te lang (hooguit 150 tekens).",
  ),
  authorityPostcodeTown: postcodeTown("van de instantie"),
  // Awb art. 6:5 and 9:4: the letter names the sender and their address. The address is not
  // stored in Spreekuur (minimal data): it lives only in the letter.
  clientName: text(100, "Vul de naam van de cliënt in.", "De naam is te lang (hooguit 100 tekens)."),
  clientStreet: text(
    150,
    "Vul de straat en het huisnummer van de cliënt in.",
    "Het adres is te lang (hooguit 150 tekens).",
  ),
  clientPostcodeTown: postcodeTown("van de cliënt"),
  place: text(80, "Vul de plaats in waar de brief is geschreven.", "De plaats is te lang (hooguit 80 tekens)."),
  letterDate: calendarDay("Vul de datum van de brief in."),
  grounds: text(
    MAX_GROUNDS,
    "Schrijf op waarom de cliënt het er niet mee eens is.",
    `De tekst is te lang (hooguit ${MAX_GROUNDS} tekens).`,
  ),
  requestHearing: z.boolean({ error: "Kies of de cliënt een gesprek wil." }).default(false),
  attachments: z
    .array(z.string({ error: "Vul de bijlagen in, één per regel." }).trim(), {
      error: "Vul de bijlagen in, één per regel.",
    })
    .default([])
    .transform((lines) => lines.filter(Boolean))
    .refine((lines) => lines.length <= MAX_ATTACHMENTS, `Noem hooguit ${MAX_ATTACHMENTS} bijlagen.`)
    .refine(
      (lines) => lines.every((line) => line.length <= 200),
      "Een bijlage is te lang beschreven (hooguit 200 tekens per regel).",
    ),
};

const objectionLetterSchema = z.object({
  kind: z.literal("OBJECTION"),
  ...common,
  // The day a decision is dated is the day it was sent: the calendar-day shape is checked here,
  // the rule "not in the future" needs today and is checked by `letterDateErrors`.
  decisionDate: calendarDay("Vul de datum van het besluit in."),
  decisionReference: optionalText(100, "Het kenmerk is te lang (hooguit 100 tekens)."),
  subject: text(200, "Vul in waar het besluit over gaat.", "Het onderwerp is te lang (hooguit 200 tekens)."),
  wishes: optionalText(3000, "De tekst is te lang (hooguit 3000 tekens)."),
  /** Awb art. 7:15: costs are only reimbursed when asked for before the authority decides. */
  requestCosts: z.boolean({ error: "Kies of de cliënt vergoeding van kosten vraagt." }).default(false),
});

const complaintLetterSchema = z.object({
  kind: z.literal("COMPLAINT"),
  ...common,
  subject: text(200, "Vul in waar de klacht over gaat.", "Het onderwerp is te lang (hooguit 200 tekens)."),
  incidentDate: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine(
      (value) => value === undefined || isCalendarDay(value),
      "Vul een bestaande datum in als jjjj-mm-dd, of laat het veld leeg.",
    ),
  incidentWho: optionalText(200, "De tekst is te lang (hooguit 200 tekens)."),
  wishes: text(3000, "Schrijf op wat de cliënt wil dat er gebeurt.", "De tekst is te lang (hooguit 3000 tekens)."),
});

export const letterSchema = z.discriminatedUnion("kind", [objectionLetterSchema, complaintLetterSchema], {
  error: "Kies een bezwaarschrift of een klachtenbrief.",
});

export type ObjectionLetterInput = z.output<typeof objectionLetterSchema>;
export type ComplaintLetterInput = z.output<typeof complaintLetterSchema>;
export type LetterInput = z.output<typeof letterSchema>;

const letterText = {
  text: text(
    MAX_LETTER_TEXT,
    "De brief is leeg. Klik op ‘Brief maken’ en pas de tekst daarna aan.",
    `De brief is te lang (hooguit ${MAX_LETTER_TEXT} tekens).`,
  ),
};

/** The letter as the advisor edited it, with the facts it was made from. */
export const saveLetterSchema = z.discriminatedUnion(
  "kind",
  [objectionLetterSchema.extend(letterText), complaintLetterSchema.extend(letterText)],
  {
    error: "Kies een bezwaarschrift of een klachtenbrief.",
  },
);

/**
 * The date rules that need today (an Amsterdam calendar day): a decision or an incident does not lie
 * in the future, the letter is not dated before it, and not more than a month away from today.
 * Returns field errors in the shape `defineUseCase` gives, or null.
 */
export function letterDateErrors(input: LetterInput, today: string): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  const earlier = input.kind === "OBJECTION" ? input.decisionDate : input.incidentDate;
  if (input.kind === "OBJECTION") {
    const decision = decisionSentOnSchema(today).safeParse(input.decisionDate);
    if (!decision.success) errors.decisionDate = decision.error.issues.map((issue) => issue.message);
  } else if (input.incidentDate && input.incidentDate > today) {
    errors.incidentDate = ["Deze datum ligt in de toekomst."];
  }
  if (earlier && input.letterDate < earlier) {
    errors.letterDate = [
      input.kind === "OBJECTION"
        ? "De brief kan niet eerder gedateerd zijn dan het besluit."
        : "De brief kan niet eerder gedateerd zijn dan wat er gebeurde.",
    ];
  } else if (
    input.letterDate < addCalendarDays(today, -LETTER_DATE_MAX_DAYS_AWAY) ||
    input.letterDate > addCalendarDays(today, LETTER_DATE_MAX_DAYS_AWAY)
  ) {
    errors.letterDate = ["Deze datum ligt meer dan een maand van vandaag. Kijk de datum van de brief na."];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
