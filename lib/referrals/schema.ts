import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/zod";

const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

export const REFERRAL_STATUSES = ["SENT", "ACCEPTED", "FINISHED", "DID_NOT_ARRIVE"] as const;
const REFERRAL_HANDOVERS = ["WARM", "INFORMATION_ONLY"] as const;

/** sent → accepted → finished; "did not arrive" while sent or accepted; the last two are final. */
export const NEXT_STATUSES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  SENT: ["ACCEPTED", "DID_NOT_ARRIVE"],
  ACCEPTED: ["FINISHED", "DID_NOT_ARRIVE"],
  FINISHED: [],
  DID_NOT_ARRIVE: [],
};

export const CONSENT_TO_SHARE_REQUIRED =
  "Zonder toestemming van de cliënt geven we geen gegevens door. Kies 'alleen informatie' of vraag toestemming.";
export const CONSENT_TO_FEEDBACK_REQUIRED =
  "Zonder toestemming van de cliënt vertellen we de verwijzer niets. Vraag toestemming, of vraag geen terugkoppeling.";

/** A checkbox: only an explicit `true` counts as a yes. */
const checkbox = z.boolean({ error: "Kies ja of nee." }).default(false);

const optionalDay = z
  .string({ error: "Vul de datum in als jjjj-mm-dd." })
  .trim()
  .max(20, "Vul de datum in als jjjj-mm-dd.")
  .optional()
  .transform((value) => value || undefined)
  .refine(
    (value) => value === undefined || isCalendarDay(value),
    "Deze datum bestaat niet. Vul de datum in als jjjj-mm-dd.",
  );

export const referOutSchema = z
  .object({
    caseId: id("een dossier"),
    partnerId: id("een partner uit de sociale kaart"),
    reason: z
      .string({ error: "Schrijf op waarvoor de cliënt naar de partner gaat." })
      .trim()
      .min(1, "Schrijf op waarvoor de cliënt naar de partner gaat.")
      .max(1000, "Hooguit 1000 tekens."),
    handover: z.enum(REFERRAL_HANDOVERS, { error: "Kies: warme overdracht of alleen informatie." }),
    followUpOn: optionalDay,
    consent: checkbox,
    /** What the client agreed may be passed on, in the words used with them: the consent's scope. */
    sharedInformation: z
      .string()
      .trim()
      .max(1000, "Hooguit 1000 tekens.")
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((input) => input.handover !== "WARM" || !input.consent || input.sharedInformation, {
    path: ["sharedInformation"],
    message: "Schrijf op welke gegevens de cliënt laat delen, bijvoorbeeld: de vraag en de brief van de gemeente.",
  });

export const updateReferralStatusSchema = z.object({
  referralId: id("een verwijzing"),
  /** The status the advisor saw: a change made on an outdated screen is refused, not applied. */
  from: z.enum(REFERRAL_STATUSES, { error: "Laad de pagina opnieuw." }),
  to: z.enum(REFERRAL_STATUSES, { error: "Kies een nieuwe status." }),
});

export const recordIncomingReferralSchema = z.object({
  caseId: id("een dossier"),
  /** null: the client came on their own initiative, so there is no referrer to record. */
  partnerId: id("wie de cliënt stuurde").nullable(),
  feedbackRequested: checkbox,
  consent: checkbox,
});

export const requestFeedbackSchema = z.object({
  referralId: id("een verwijzing"),
  consent: checkbox,
});

export const markFeedbackGivenSchema = z.object({
  referralId: id("een verwijzing"),
});
