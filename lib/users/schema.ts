import { z } from "@/lib/zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

const userId = z
  .string({ error: "Kies een gebruiker." })
  .trim()
  .min(1, "Kies een gebruiker.")
  .max(40, "Kies een gebruiker.");

export const userRefSchema = z.object({ userId });

/** The policy itself needs the account's e-mail address, so the use case checks it after lookup. */
export const setPasswordSchema = z.object({
  userId,
  password: z
    .string({ error: "Vul een wachtwoord in." })
    .min(1, "Vul een wachtwoord in.")
    .max(MAX_PASSWORD_LENGTH, `Een wachtwoord mag hooguit ${MAX_PASSWORD_LENGTH} tekens hebben.`),
});

export const USER_MESSAGES = {
  notFound: "Deze gebruiker is niet gevonden.",
  notYourself: "Je kunt jezelf niet deactiveren. Vraag een andere beheerder.",
  lastAdmin: "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.",
  alreadyInactive: "Deze gebruiker is al gedeactiveerd.",
  alreadyActive: "Deze gebruiker is al actief.",
} as const;
