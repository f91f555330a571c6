import { z } from "@/lib/zod";

/** A login name: stored lower-case, so one person has one account whatever they type. */
export const emailAddress = z
  .string({ error: "refusals.auth.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "refusals.auth.emailRequired")
  .max(254, "refusals.auth.emailTooLong")
  .pipe(z.email("refusals.auth.emailInvalid"));

export const loginSchema = z.object(
  {
    email: emailAddress,
    password: z
      .string({ error: "refusals.auth.passwordRequired" })
      .min(1, "refusals.auth.passwordRequired")
      .max(200, "refusals.auth.passwordTooLong"),
  },
  { error: "refusals.auth.emailRequired" },
);
