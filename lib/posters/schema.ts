import { PUBLIC_LOCALE_CODES } from "@/lib/public/locales";
import { z } from "@/lib/zod";
import type { PosterFormat } from "./render";

const FORMATS = { a4: "A4", a5: "A5" } as const satisfies Record<string, PosterFormat>;

/** `?formaat=a4|a5&taal=nl|en|ar|tr|pl|uk`: both are needed, each once. */
const posterQuerySchema = z
  .object({
    formaat: z.enum(["a4", "a5"], { message: "refusals.locations.posterQuery" }),
    taal: z.enum(PUBLIC_LOCALE_CODES as [(typeof PUBLIC_LOCALE_CODES)[number], ...typeof PUBLIC_LOCALE_CODES], {
      message: "refusals.locations.posterQuery",
    }),
  })
  .transform(({ formaat, taal }) => ({ format: FORMATS[formaat], locale: taal }));

export function parsePosterQuery(params: URLSearchParams) {
  const single = (name: string) => (params.getAll(name).length === 1 ? params.get(name) : undefined);
  return posterQuerySchema.safeParse({ formaat: single("formaat"), taal: single("taal") });
}
