import { z } from "@/lib/zod";

export const loginSchema = z.object(
  {
    email: z
      .string({ error: "Vul je e-mailadres in." })
      .trim()
      .toLowerCase()
      .min(1, "Vul je e-mailadres in.")
      .max(254, "Dit e-mailadres is te lang.")
      .pipe(z.email("Vul een geldig e-mailadres in.")),
    password: z
      .string({ error: "Vul je wachtwoord in." })
      .min(1, "Vul je wachtwoord in.")
      .max(200, "Dit wachtwoord is te lang."),
  },
  { error: "Vul je e-mailadres in." },
);
