import type { MessageKey } from "@/lib/i18n/message-key";
import { z } from "@/lib/zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

const userId = z
  .string({ error: "refusals.users.chooseUser" })
  .trim()
  .min(1, "refusals.users.chooseUser")
  .max(40, "refusals.users.chooseUser");

export const userRefSchema = z.object({ userId });

/** Who takes over an advisor's open work; empty for anyone who has none. */
export const deactivateSchema = z.object({
  userId,
  successorId: z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z
      .string({ error: "refusals.people.successorNotFound" })
      .trim()
      .min(1, "refusals.people.successorNotFound")
      .max(40, "refusals.people.successorNotFound")
      .nullable(),
  ),
});

/** The policy itself needs the account's e-mail address, so the use case checks it after lookup. */
export const setPasswordSchema = z.object({
  userId,
  password: z
    .string({ error: "refusals.password.required" })
    .min(1, "refusals.password.required")
    .max(MAX_PASSWORD_LENGTH, "refusals.auth.passwordTooLong"),
});

export const USER_MESSAGES = {
  notFound: "refusals.users.notFound",
  notYourself: "refusals.users.notYourself",
  lastAdmin: "refusals.users.lastAdmin",
  alreadyInactive: "refusals.users.alreadyInactive",
  alreadyActive: "refusals.users.alreadyActive",
} as const satisfies Record<string, MessageKey>;
