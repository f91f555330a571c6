import { z } from "@/lib/zod";

export const loginSchema = z.object(
  {
    email: z
      .string({ error: "refusals.auth.emailRequired" })
      .trim()
      .toLowerCase()
      .min(1, "refusals.auth.emailRequired")
      .max(254, "refusals.auth.emailTooLong")
      .pipe(z.email("refusals.auth.emailInvalid")),
    password: z
      .string({ error: "refusals.auth.passwordRequired" })
      .min(1, "refusals.auth.passwordRequired")
      .max(200, "refusals.auth.passwordTooLong"),
  },
  { error: "refusals.auth.emailRequired" },
);
