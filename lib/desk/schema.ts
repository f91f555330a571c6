import type { MessageKey } from "@/lib/i18n/message-key";
import { recordId, z } from "@/lib/zod";
import { clock } from "@/lib/clock";
import { amsterdamDay } from "@/lib/dates";
import { HeardVia } from "@/lib/generated/prisma/enums";

/** A database id from a form: checked for shape only; existence is checked within the organisation. */

const optionalText = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : undefined));

export const CLIENT_LANGUAGES = ["nl", "en", "ar", "tr", "pl", "uk", "other"] as const;

/** Minimal data (AVG): a name or initials is enough; the rest only when the client wants to give it. */
const newClientSchema = z.object({
  displayName: z
    .string({ error: "refusals.desk.nameRequired" })
    .trim()
    .min(1, "refusals.desk.nameRequired")
    .max(100, "refusals.desk.nameTooLong"),
  phone: optionalText(20, "refusals.desk.phoneTooLong").pipe(
    z
      .string()
      .regex(/^\+?[0-9][0-9 -]{5,18}$/, "refusals.desk.phoneInvalid")
      // Stored as digits only, so the desk finds "06 1234 5678" and "06-12345678" alike.
      .transform((phone) => phone.replace(/[ -]/g, ""))
      .optional(),
  ),
  birthYear: z.coerce
    .number({ error: "refusals.desk.birthYearInvalid" })
    .int("refusals.desk.birthYearInvalid")
    .min(1900, "refusals.desk.birthYearInvalid")
    // Checked at parse time, not when the module loads: a server runs across New Year's Eve.
    .refine((year) => year <= Number(amsterdamDay(clock.now()).slice(0, 4)), "refusals.desk.birthYearInFuture")
    .optional(),
  // Only the four digits are kept: enough to see which neighbourhoods the hour reaches, not an
  // address. A whole postcode as the client says it ("1234 AB") is taken for its digits.
  postcodeArea: optionalText(8, "refusals.desk.postcodeInvalid").pipe(
    z
      .string()
      .regex(/^[1-9][0-9]{3} ?([a-zA-Z]{2})?$/, "refusals.desk.postcodeInvalid")
      .transform((postcode) => postcode.slice(0, 4))
      .optional(),
  ),
  preferredLanguage: z.enum(CLIENT_LANGUAGES, { error: "refusals.desk.chooseLanguage" }).default("nl"),
  needsInterpreter: z.boolean().default(false),
  heardVia: z.enum(HeardVia, { error: "refusals.desk.chooseHeardVia" }).optional(),
});

/** The answers to "how did you hear of the consultation hour?", in the order the desk offers them. */
export const HEARD_VIA = Object.values(HeardVia);

/**
 * The details of a known client, corrected from their dossier: every field as it should be now,
 * an empty one cleared (a client may take back a phone number they gave).
 */
export const clientDetailsSchema = newClientSchema.extend({
  birthYear: z.preprocess((value) => (value === "" ? undefined : value), newClientSchema.shape.birthYear),
  heardVia: z.preprocess((value) => (value === "" ? undefined : value), newClientSchema.shape.heardVia),
  email: optionalText(254, "refusals.desk.emailTooLong").pipe(
    z.email("refusals.desk.emailInvalid").toLowerCase().optional(),
  ),
});

/** Either a client found by the search, or a new one. */
const clientChoiceSchema = z.union(
  [z.object({ existingClientId: recordId("refusals.desk.chooseClient") }), z.object({ newClient: newClientSchema })],
  { error: "refusals.desk.chooseOrNameClient" },
);

const intake = {
  /** Top-level legal domain as the client said it; null = "weet ik niet". */
  categoryId: recordId("refusals.desk.chooseCategory").nullable(),
  /** The partner that sent the client; null = came on their own ("zelf"). */
  referrerPartnerId: recordId("refusals.desk.chooseReferrer").nullable().default(null),
  client: clientChoiceSchema,
  /** A return visit: the open dossier of the found client that this visit continues. */
  caseId: recordId("refusals.desk.chooseDossier").optional(),
  /** The host saw the likely earlier registrations of this person and says it is someone else. */
  confirmedNewClient: z.boolean().default(false),
};

/** A new client has no dossier yet: a visit can only continue one of a client found by the search. */
const dossierOfFoundClient = (value: { client: object; caseId?: string }) =>
  value.caseId === undefined || "existingClientId" in value.client;
const dossierRefusal = { message: "refusals.desk.dossierNotOpen", path: ["caseId"] };

export const registerWalkInSchema = z
  .object({
    sessionId: recordId("refusals.desk.chooseSession"),
    /** A chosen slot; without one the next free half hour is taken, of the dossier's advisor first. */
    slotId: recordId("refusals.desk.chooseSlot").optional(),
    ...intake,
  })
  .refine(dossierOfFoundClient, dossierRefusal);

export const bookAppointmentSchema = z
  .object({
    slotId: recordId("refusals.desk.chooseSlot"),
    ...intake,
  })
  .refine(dossierOfFoundClient, dossierRefusal);

export const visitActionSchema = z.object({ visitId: recordId("refusals.desk.chooseVisit") });

export const clientSearchSchema = z.object({
  query: z
    .string({ error: "refusals.desk.searchRequired" })
    .trim()
    .min(2, "refusals.desk.searchTooShort")
    .max(100, "refusals.desk.searchTooLong"),
});

/** Which desk an open desk screen asks about (GET /balie/stand?locatie=…). */
export const deskStandSchema = z.object({ locationId: recordId("refusals.desk.chooseLocation") });

export const DESK_LOCATION_NOT_FOUND = "refusals.desk.locationNotFound" satisfies MessageKey;
