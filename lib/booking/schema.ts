import { CLIENT_LOCALE_CODES } from "@/lib/i18n/client-locales";
import { LEGAL_DOMAINS } from "@/lib/legal-domains/taxonomy";
import { blankToUndefined, contactFields, trapField, withPublicFormChecks } from "@/lib/public-forms/fields";
import { z } from "@/lib/zod";

/**
 * Why an online booking is refused, as codes: the client reads the answer in their own language
 * (messages/<locale>/public.json), not in the staff languages of messages/<locale>/refusals.json.
 */
export const BOOKING_REFUSALS = [
  "bookingClosed",
  "slotGone",
  "slotTaken",
  "chooseSlot",
  "chooseTopic",
  "nameRequired",
  "nameTooLong",
  "contactRequired",
  "phoneInvalid",
  "emailInvalid",
  "consentRequired",
  "notAccepted",
  "tooManyTries",
] as const;
export type BookingRefusal = (typeof BOOKING_REFUSALS)[number];

export function isBookingRefusal(value: unknown): value is BookingRefusal {
  return (BOOKING_REFUSALS as readonly unknown[]).includes(value);
}

const code = (refusal: BookingRefusal) => refusal;

/**
 * The topics a client can choose from: the national taxonomy's top-level domains, each with a
 * plain name in every client language (public.json, booking.topics).
 */
export const BOOKING_TOPICS = LEGAL_DOMAINS.map((domain) => domain.code) as [string, ...string[]];

/**
 * The half hour and what the question is about: the same fields, with the same codes, on the
 * client's own booking and on a partner's referral (lib/partner-links/schema.ts).
 */
export const slotAndTopicFields = {
  slotId: z
    .string({ error: code("chooseSlot") })
    .trim()
    .min(1, code("chooseSlot"))
    .max(40, code("chooseSlot")),
  /** What the question is about, as a top-level legal domain's code; empty = "weet ik niet". */
  topic: z.preprocess(blankToUndefined, z.enum(BOOKING_TOPICS, { error: code("chooseTopic") }).optional()),
};

/**
 * What a client fills in on the public page: a half hour, what the question is about, a first name
 * or initials and one way to reach them, and the consent to keep that for this appointment.
 * Every text is bounded; the phone and e-mail rules are the desk's.
 */
export const onlineBookingSchema = withPublicFormChecks(
  z.object({
    // Not a slug of ours: answered as a location that takes no bookings.
    locationSlug: z.string().max(100).catch(""),
    ...slotAndTopicFields,
    ...contactFields(),
    consent: z.literal(true, { error: code("consentRequired") }),
    /** Only asked when an e-mail address is given. */
    reminder: z.boolean().catch(false),
    locale: z.enum(CLIENT_LOCALE_CODES).catch("nl"),
    ...trapField,
  }),
  { phone: "phone", email: "email" },
);
