import { type Message, message, zodIssue } from "@/lib/i18n/message-key";
import { z } from "@/lib/zod";
import { MIN_PASSWORD_LENGTH } from "./password";

// The password policy of ASVS 2.1 (and NIST SP 800-63B): long rather than complicated. At least
// 12 characters, any characters (spaces, accents, emoji) allowed and none required, nothing cut
// off, and refused when it is easy to guess: a well-known password, the user's own e-mail
// address, or the same few characters repeated. No rules like "one capital and one digit": they
// lead to "Welkom2024!" and notes under the keyboard.

/** The same upper limit as the login form; argon2 hashes any length, this only stops abuse. */
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Well-known passwords of 12 characters or more, from public breach lists, plus the Dutch and
 * library words a password guesser tries first. Compared without case, spaces and punctuation.
 */
const COMMON_PASSWORDS = new Set(
  [
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456789abc",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "qwertyuiop12",
    "qwertyuiop123",
    "qwerty123456",
    "qwertyuiopas",
    "asdfghjkl123",
    "zxcvbnm12345",
    "password1234",
    "password12345",
    "password123456",
    "passw0rd1234",
    "passwordpassword",
    "iloveyou1234",
    "letmein12345",
    "welcome12345",
    "welcome123456",
    "admin1234567",
    "administrator",
    "administrator1",
    "trustno1trustno1",
    "princess1234",
    "football1234",
    "baseball1234",
    "sunshine1234",
    "superman1234",
    "abcdefghijkl",
    "abcdefgh1234",
    "abc123abc123",
    "aaaaaaaaaaaa",
    "azertyuiop12",
    "wachtwoord12",
    "wachtwoord123",
    "wachtwoord1234",
    "wachtwoord2024",
    "wachtwoord2025",
    "wachtwoord2026",
    "welkomwelkom",
    "welkom123456",
    "welkom2024welkom",
    "geheimgeheim",
    "geheim123456",
    "nederland123",
    "nederland1234",
    "amsterdam123",
    "amsterdam1234",
    "rotterdam123",
    "bibliotheek1",
    "bibliotheek12",
    "bibliotheek123",
    "bibliotheek2026",
    "spreekuur123",
    "spreekuur1234",
    "spreekuur2026",
    "gemeente1234",
    "voorjaar2026",
    "zomer2026zomer",
    "najaar2026",
    "winter2026winter",
    "maandag12345",
    "feyenoord1908",
    "ajaxamsterdam",
    "psveindhoven",
    "hengelo12345",
    "venray123456",
  ].map((password) => normalise(password)),
);

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

export const PASSWORD_MESSAGES = {
  required: "refusals.password.required",
  tooShort: message("refusals.password.tooShort", { min: MIN_PASSWORD_LENGTH }),
  tooLong: message("refusals.password.tooLong", { max: MAX_PASSWORD_LENGTH }),
  common: "refusals.password.common",
  email: "refusals.password.email",
  repetitive: "refusals.password.repetitive",
} as const satisfies Record<string, Message>;

/** Why a new password is refused, or null when it is acceptable for this e-mail address. */
export function passwordProblem(password: string, email: string): Message | null {
  // Length in characters as a person counts them, not UTF-16 code units.
  const length = [...password].length;
  if (length === 0) return PASSWORD_MESSAGES.required;
  if (length < MIN_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > MAX_PASSWORD_LENGTH) return PASSWORD_MESSAGES.tooLong;
  const plain = normalise(password);
  if (COMMON_PASSWORDS.has(plain) || COMMON_PASSWORDS.has(plain.replace(/\d+$/, ""))) return PASSWORD_MESSAGES.common;
  const address = normalise(email);
  const localPart = normalise(email.split("@")[0] ?? "");
  if (
    plain.length > 0 &&
    (plain === address || (localPart.length >= 4 && plain.includes(localPart)) || address.includes(plain))
  )
    return PASSWORD_MESSAGES.email;
  if (new Set(password).size < 5) return PASSWORD_MESSAGES.repetitive;
  return null;
}

/** A new password with the e-mail address of its account: for every place a password is set. */
export const newPasswordSchema = z
  .object({
    email: z
      .string({ error: "refusals.password.emailMissing" })
      .trim()
      .toLowerCase()
      .min(1, "refusals.password.emailMissing"),
    password: z.string({ error: PASSWORD_MESSAGES.required }),
  })
  .superRefine(({ email, password }, context) => {
    const problem = passwordProblem(password, email);
    if (problem) context.addIssue({ code: "custom", path: ["password"], ...zodIssue(problem) });
  });

/** For scripts (the seed): refuse to store a password the policy refuses. */
export function assertAcceptablePassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new Error(`The password for ${email} does not meet the password policy: ${JSON.stringify(problem)}`);
}
