import { z } from "@/lib/zod";
import { clock } from "@/lib/clock";
import { amsterdamDay } from "@/lib/dates";

/** A database id from a form: checked for shape only; existence is checked within the organisation. */
const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

const optionalText = (max: number, tooLong: string) =>
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
    .string({ error: "Vul een naam of initialen in." })
    .trim()
    .min(1, "Vul een naam of initialen in.")
    .max(100, "De naam is te lang (hooguit 100 tekens)."),
  phone: optionalText(20, "Het telefoonnummer is te lang.").pipe(
    z
      .string()
      .regex(/^\+?[0-9][0-9 -]{5,18}$/, "Vul een telefoonnummer in met alleen cijfers, bijvoorbeeld 06 12345678.")
      // Stored as digits only, so the desk finds "06 1234 5678" and "06-12345678" alike.
      .transform((phone) => phone.replace(/[ -]/g, ""))
      .optional(),
  ),
  birthYear: z.coerce
    .number({ error: "Vul een geboortejaar in, bijvoorbeeld 1970." })
    .int("Vul een geboortejaar in, bijvoorbeeld 1970.")
    .min(1900, "Vul een geboortejaar in, bijvoorbeeld 1970.")
    // Checked at parse time, not when the module loads: a server runs across New Year's Eve.
    .refine((year) => year <= Number(amsterdamDay(clock.now()).slice(0, 4)), "Het geboortejaar ligt in de toekomst.")
    .optional(),
  preferredLanguage: z.enum(CLIENT_LANGUAGES, { error: "Kies een taal." }).default("nl"),
  needsInterpreter: z.boolean().default(false),
});

/** Either a client found by the search, or a new one. */
const clientChoiceSchema = z.union(
  [z.object({ existingClientId: id("een cliënt") }), z.object({ newClient: newClientSchema })],
  { error: "Kies een cliënt of vul een naam in voor een nieuwe cliënt." },
);

const intake = {
  /** Top-level legal domain as the client said it; null = "weet ik niet". */
  categoryId: id("een onderwerp").nullable(),
  /** The partner that sent the client; null = came on their own ("zelf"). */
  referrerPartnerId: id("wie de cliënt stuurde").nullable().default(null),
  client: clientChoiceSchema,
};

export const registerWalkInSchema = z.object({
  sessionId: id("een spreekuur"),
  /** A chosen slot; without one the next free half hour is taken. */
  slotId: id("een tijd").optional(),
  ...intake,
});

export const bookAppointmentSchema = z.object({
  slotId: id("een tijd"),
  ...intake,
});

export const visitActionSchema = z.object({ visitId: id("een bezoek") });

export const clientSearchSchema = z.object({
  query: z
    .string({ error: "Typ een naam, initialen, geboortejaar of telefoonnummer." })
    .trim()
    .min(2, "Typ minstens 2 tekens.")
    .max(100, "Typ hooguit 100 tekens."),
});

/** Which desk an open desk screen asks about (GET /balie/stand?locatie=…). */
export const deskStandSchema = z.object({ locationId: id("een locatie") });

export const DESK_LOCATION_NOT_FOUND = "Deze locatie bestaat niet, of hoort niet bij uw bibliotheek.";
