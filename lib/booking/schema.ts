import { CLIENT_LOCALE_CODES } from "@/lib/i18n/client-locales";
import { LEGAL_DOMAINS } from "@/lib/legal-domains/taxonomy";
import { refuseNulCharacters, z } from "@/lib/zod";

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

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * What a client fills in on the public page: a half hour, what the question is about, a first name
 * or initials and one way to reach them, and the consent to keep that for this appointment.
 * Every text is bounded; the phone and e-mail rules are the desk's.
 */
export const onlineBookingSchema = z
  .object({
    // Not a slug of ours: answered as a location that takes no bookings.
    locationSlug: z.string().max(100).catch(""),
    slotId: z
      .string({ error: code("chooseSlot") })
      .trim()
      .min(1, code("chooseSlot"))
      .max(40, code("chooseSlot")),
    /** What the question is about, as a top-level legal domain's code; empty = "weet ik niet". */
    topic: z.preprocess(blankToUndefined, z.enum(BOOKING_TOPICS, { error: code("chooseTopic") }).optional()),
    name: z
      .string({ error: code("nameRequired") })
      .trim()
      .min(1, code("nameRequired"))
      .max(50, code("nameTooLong"))
      .transform((name) => name.replace(/\s+/g, " ")),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string({ error: code("phoneInvalid") })
        .trim()
        .max(20, code("phoneInvalid"))
        .regex(/^\+?[0-9][0-9 -]{5,18}$/, code("phoneInvalid"))
        .transform((phone) => phone.replace(/[ -]/g, ""))
        .optional(),
    ),
    email: z.preprocess(
      blankToUndefined,
      z
        .string({ error: code("emailInvalid") })
        .trim()
        .max(254, code("emailInvalid"))
        .pipe(z.email(code("emailInvalid")).toLowerCase())
        .optional(),
    ),
    consent: z.literal(true, { error: code("consentRequired") }),
    /** Only asked when an e-mail address is given. */
    reminder: z.boolean().catch(false),
    locale: z.enum(CLIENT_LOCALE_CODES).catch("nl"),
    /**
     * A field people never see (hidden by the page's style, skipped by screen readers and the
     * keyboard): a script that fills in every field fills this one too.
     */
    website: z.string().max(0, code("notAccepted")).optional(),
  })
  // A NUL character cannot be stored or looked up: bad input, never a failing query.
  .superRefine(refuseNulCharacters(code("notAccepted")))
  .refine((booking) => booking.phone !== undefined || booking.email !== undefined, {
    error: code("contactRequired"),
    path: ["phone"],
  });
