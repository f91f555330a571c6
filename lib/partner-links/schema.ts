import { BOOKING_TOPICS } from "@/lib/booking/schema";
import { recordId, refuseNulCharacters, singleLine, z } from "@/lib/zod";

export const PARTNER_LINK_MESSAGES = {
  chooseLink: "refusals.partnerLinks.chooseLink",
  notFound: "refusals.partnerLinks.notFound",
  alreadyRevoked: "refusals.partnerLinks.alreadyRevoked",
  partnerInactive: "refusals.partnerLinks.partnerInactive",
} as const;

export const createPartnerLinkSchema = z.object({
  partnerId: recordId("refusals.choose.partner"),
  locationId: recordId("refusals.locations.chooseLocation"),
  label: z
    .string({ error: "refusals.partnerLinks.labelRequired" })
    .trim()
    .min(1, "refusals.partnerLinks.labelRequired")
    .max(100, "refusals.partnerLinks.labelTooLong")
    .transform(singleLine),
});

export const partnerLinkIdSchema = z.object({ linkId: recordId(PARTNER_LINK_MESSAGES.chooseLink) });

export const listPartnerLinksSchema = z.object({ partnerId: recordId("refusals.choose.partner") });

/**
 * Why a booking through a partner's link is refused, as codes: the worker reads them in Dutch
 * (messages/nl/partner-links.json, partnerReferral.refusals), whatever the staff language.
 */
const PARTNER_REFERRAL_REFUSALS = [
  "linkUnusable",
  "slotGone",
  "slotTaken",
  "chooseSlot",
  "chooseTopic",
  "workerNameRequired",
  "workerNameTooLong",
  "workerEmailRequired",
  "workerEmailInvalid",
  "clientNameRequired",
  "clientNameTooLong",
  "contactRequired",
  "phoneInvalid",
  "emailInvalid",
  "questionRequired",
  "questionTooLong",
  "consentRequired",
  "notAccepted",
  "tooManyTries",
] as const;
export type PartnerReferralRefusal = (typeof PARTNER_REFERRAL_REFUSALS)[number];

export function isPartnerReferralRefusal(value: unknown): value is PartnerReferralRefusal {
  return (PARTNER_REFERRAL_REFUSALS as readonly unknown[]).includes(value);
}

const code = (refusal: PartnerReferralRefusal) => refusal;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const emailField = (required: PartnerReferralRefusal, invalid: PartnerReferralRefusal) =>
  z
    .string({ error: code(required) })
    .trim()
    .min(1, code(required))
    .max(254, code(invalid))
    .pipe(z.email(code(invalid)).toLowerCase());

/**
 * What a partner's worker fills in: who they are (for the feedback), the client's first name or
 * initials and one way to reach them, a short question, a half hour, and the client's consent to
 * the booking and, apart, to the feedback. Every text is bounded; the phone rule is the desk's.
 */
export const partnerReferralSchema = z
  .object({
    slotId: z
      .string({ error: code("chooseSlot") })
      .trim()
      .min(1, code("chooseSlot"))
      .max(40, code("chooseSlot")),
    topic: z.preprocess(blankToUndefined, z.enum(BOOKING_TOPICS, { error: code("chooseTopic") }).optional()),
    workerName: z
      .string({ error: code("workerNameRequired") })
      .trim()
      .min(1, code("workerNameRequired"))
      .max(100, code("workerNameTooLong"))
      .transform(singleLine),
    workerEmail: emailField("workerEmailRequired", "workerEmailInvalid"),
    clientName: z
      .string({ error: code("clientNameRequired") })
      .trim()
      .min(1, code("clientNameRequired"))
      .max(50, code("clientNameTooLong"))
      .transform(singleLine),
    clientPhone: z.preprocess(
      blankToUndefined,
      z
        .string({ error: code("phoneInvalid") })
        .trim()
        .max(20, code("phoneInvalid"))
        .regex(/^\+?[0-9][0-9 -]{5,18}$/, code("phoneInvalid"))
        .transform((phone) => phone.replace(/[ -]/g, ""))
        .optional(),
    ),
    clientEmail: z.preprocess(blankToUndefined, emailField("emailInvalid", "emailInvalid").optional()),
    question: z
      .string({ error: code("questionRequired") })
      .trim()
      .min(1, code("questionRequired"))
      .max(500, code("questionTooLong")),
    bookingConsent: z.literal(true, { error: code("consentRequired") }),
    feedbackConsent: z.boolean().catch(false),
    /** The trap field people never see (as on the public booking form). */
    website: z.string().max(0, code("notAccepted")).optional(),
  })
  // A NUL character cannot be stored or looked up: bad input, never a failing query.
  .superRefine(refuseNulCharacters(code("notAccepted")))
  .refine((referral) => referral.clientPhone !== undefined || referral.clientEmail !== undefined, {
    error: code("contactRequired"),
    path: ["clientPhone"],
  });
