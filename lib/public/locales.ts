import { createTranslator } from "next-intl";
import { TIME_ZONE } from "@/lib/dates";
import en from "@/messages/en/public.json";
import nl from "@/messages/nl/public.json";

type PublicMessages = typeof nl;

/**
 * The languages of the public pages, which clients read; the staff languages are separate
 * (lib/i18n/locales.ts). To add one (Arabic, Turkish, Polish, Ukrainian): write
 * messages/<code>/public.json, add it here, and give lib/dates.ts its date-fns locale.
 */
export const PUBLIC_LOCALES = {
  nl: { name: "Nederlands", dir: "ltr", messages: nl },
  en: { name: "English", dir: "ltr", messages: en },
} satisfies Record<string, { name: string; dir: "ltr" | "rtl"; messages: PublicMessages }>;

export type PublicLocale = keyof typeof PUBLIC_LOCALES;
export const DEFAULT_PUBLIC_LOCALE: PublicLocale = "nl";
export const PUBLIC_LOCALE_CODES = Object.keys(PUBLIC_LOCALES) as PublicLocale[];

/** The `?taal=` query parameter; anything unknown (or repeated) gives Dutch. */
export function parsePublicLocale(value: unknown): PublicLocale {
  return typeof value === "string" && Object.hasOwn(PUBLIC_LOCALES, value) ? (value as PublicLocale) : DEFAULT_PUBLIC_LOCALE;
}

/**
 * The public texts in one language. Not next-intl's getTranslations: the request config in
 * lib/i18n/request.ts always answers with the staff cookie's language, so a client who opens
 * `?taal=en` on a desk computer set to Dutch would get Dutch.
 */
export function publicTranslator(locale: PublicLocale) {
  const messages: PublicMessages = PUBLIC_LOCALES[locale].messages;
  return createTranslator({ locale, messages, namespace: "public", timeZone: TIME_ZONE });
}

export type PublicTranslator = ReturnType<typeof publicTranslator>;
