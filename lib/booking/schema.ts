import { CLIENT_LOCALE_CODES } from "@/lib/i18n/client-locales";
import { z } from "@/lib/zod";

/**
 * Why an online booking is refused, as codes: the client reads the answer in their own language
 * (messages/<locale>/public.json), not in the staff languages of messages/<locale>/refusals.json.
 */
export type BookingRefusal =
  | "bookingClosed"
  | "slotGone"
  | "slotTaken"
  | "chooseSlot"
  | "chooseTopic"
  | "nameRequired"
  | "nameTooLong"
  | "contactRequired"
  | "phoneInvalid"
  | "emailInvalid"
  | "consentRequired"
  | "notAccepted";

const code = (refusal: BookingRefusal) => refusal;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * What a client fills in on the public page: a half hour, what the question is about, a first name
 * or initials and one way to reach them, and the consent to keep that for this appointment.
 * Every text is bounded; the phone and e-mail rules are the desk's.
 */
export const onlineBookingSchema = z
  .object({
    locationSlug: z.string().max(100),
    slotId: z
      .string({ error: code("chooseSlot") })
      .trim()
      .min(1, code("chooseSlot"))
      .max(40, code("chooseSlot")),
    /** A top-level legal domain of the library; empty = "weet ik niet". */
    categoryId: z.preprocess(
      blankToUndefined,
      z
        .string({ error: code("chooseTopic") })
        .max(40, code("chooseTopic"))
        .optional(),
    ),
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
    reminder: z.boolean().default(false),
    locale: z.enum(CLIENT_LOCALE_CODES).catch("nl"),
    /**
     * A field people never see (hidden by the page's style, skipped by screen readers and the
     * keyboard): a script that fills in every field fills this one too.
     */
    website: z.string().max(0, code("notAccepted")).optional(),
  })
  .refine((booking) => booking.phone !== undefined || booking.email !== undefined, {
    error: code("contactRequired"),
    path: ["phone"],
  });
