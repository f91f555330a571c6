import { ERASE_CONFIRMATION_WORD } from "./erase-confirmation";
import { CONSENT_PURPOSES } from "./purposes";
import { z } from "@/lib/zod";

export const CLIENT_NOT_FOUND = "Deze cliënt is niet gevonden.";
export const ALREADY_ANONYMISED = "Deze cliënt is al geanonimiseerd.";

export const ERASE_CONFIRMATION_WRONG = `Typ ${ERASE_CONFIRMATION_WORD} om te bevestigen dat u de gegevens wilt wissen.`;

export const SHARE_CONSENT_WITHDRAWN =
  "De cliënt heeft de toestemming om gegevens met partners te delen ingetrokken. Verwijs met 'alleen informatie', of leg eerst opnieuw toestemming vast bij de toestemmingen van de cliënt.";

const RETENTION_MIN_MONTHS = 6;
const RETENTION_MAX_MONTHS = 120;
export const RETENTION_OUT_OF_RANGE = `Kies een bewaartermijn van ${RETENTION_MIN_MONTHS} tot en met ${RETENTION_MAX_MONTHS} maanden.`;

const clientId = z.string({ error: "Kies een cliënt." }).trim().min(1, "Kies een cliënt.").max(40, "Kies een cliënt.");

export const privacySearchSchema = z.object({
  query: z
    .string({ error: "Vul een naam, telefoonnummer of cliëntnummer in." })
    .trim()
    .min(2, "Vul minstens 2 tekens in.")
    .max(100, "Hooguit 100 tekens."),
});

export const eraseClientSchema = z.object({
  clientId,
  confirmation: z
    .string({ error: ERASE_CONFIRMATION_WRONG })
    .trim()
    .refine((value) => value.toUpperCase() === ERASE_CONFIRMATION_WORD, ERASE_CONFIRMATION_WRONG),
});

const purpose = z.enum(CONSENT_PURPOSES, { error: "Kies waarvoor de toestemming geldt." });

export const recordConsentSchema = z.object({
  clientId,
  purpose,
  /** What the client agreed to, in the words used with them. */
  scope: z
    .string({ error: "Schrijf op waarmee de cliënt instemt." })
    .trim()
    .max(1000, "Hooguit 1000 tekens.")
    .optional()
    .transform((value) => value || null),
});

export const withdrawConsentSchema = z.object({ clientId, purpose });

export const retentionSchema = z.object({
  months: z.coerce
    .number({ error: RETENTION_OUT_OF_RANGE })
    .int(RETENTION_OUT_OF_RANGE)
    .min(RETENTION_MIN_MONTHS, RETENTION_OUT_OF_RANGE)
    .max(RETENTION_MAX_MONTHS, RETENTION_OUT_OF_RANGE),
});
