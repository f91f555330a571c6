import { slotAndTopicFields } from "@/lib/booking/schema";
import { contactFields, trapField, withPublicFormChecks } from "@/lib/public-forms/fields";
import { recordId, singleLine, z } from "@/lib/zod";

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
  "linkLimitReached",
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

/** The client's name and contact: the public booking form's fields, named apart from the worker's. */
const clientContact = contactFields({
  nameRequired: code("clientNameRequired"),
  nameTooLong: code("clientNameTooLong"),
});

/**
 * What a partner's worker fills in: who they are (for the feedback), the client's first name or
 * initials and one way to reach them, a short question, a half hour, and the client's consent to
 * the booking and, apart, to the feedback. Every text is bounded; the half hour, the topic and the
 * client's contact are the public booking form's fields.
 */
export const partnerReferralSchema = withPublicFormChecks(
  z.object({
    ...slotAndTopicFields,
    workerName: z
      .string({ error: code("workerNameRequired") })
      .trim()
      .min(1, code("workerNameRequired"))
      .max(100, code("workerNameTooLong"))
      .transform(singleLine),
    workerEmail: z
      .string({ error: code("workerEmailRequired") })
      .trim()
      .min(1, code("workerEmailRequired"))
      .max(254, code("workerEmailInvalid"))
      .pipe(z.email(code("workerEmailInvalid")).toLowerCase()),
    clientName: clientContact.name,
    clientPhone: clientContact.phone,
    clientEmail: clientContact.email,
    question: z
      .string({ error: code("questionRequired") })
      .trim()
      .min(1, code("questionRequired"))
      .max(500, code("questionTooLong")),
    bookingConsent: z.literal(true, { error: code("consentRequired") }),
    feedbackConsent: z.boolean().catch(false),
    ...trapField,
  }),
  { phone: "clientPhone", email: "clientEmail" },
);
