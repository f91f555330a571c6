import { cookies } from "next/headers";
import { zodMessage } from "./message-key";
import { translateMessage } from "./translate-refusal";
import { z } from "@/lib/zod";
import { LOCALE_COOKIE, LOCALES } from "./locales";

const localeSchema = z.enum(LOCALES, { error: "refusals.auth.chooseLanguage" });

/** A display preference, not data: anyone, logged in or not, may choose their language. */
export async function setLocale(locale: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return { ok: false, error: await translateMessage(zodMessage(parsed.error.issues[0])) };
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
  });
  return { ok: true };
}
