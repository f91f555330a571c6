import {
  CLIENT_LOCALE_CODES,
  CLIENT_LOCALES,
  type ClientLocale,
  clientTranslator,
  isClientLocale,
} from "@/lib/i18n/client-locales";

/**
 * The languages of the public pages: every client language (lib/i18n/client-locales.ts). To add
 * one: write messages/<code>/{public,slip,referral-note,glossary}.json, add it there, and give
 * lib/dates.ts its date-fns locale.
 */
export const PUBLIC_LOCALES = CLIENT_LOCALES;

export type PublicLocale = ClientLocale;
export const DEFAULT_PUBLIC_LOCALE: PublicLocale = "nl";
export const PUBLIC_LOCALE_CODES = CLIENT_LOCALE_CODES;

/** The `?taal=` query parameter; anything unknown (or repeated) gives Dutch. */
export function parsePublicLocale(value: unknown): PublicLocale {
  return isClientLocale(value) ? value : DEFAULT_PUBLIC_LOCALE;
}

/**
 * The public texts in one language. Not next-intl's getTranslations: the request config in
 * lib/i18n/request.ts always answers with the staff cookie's language, so a client who opens
 * `?taal=en` on a desk computer set to Dutch would get Dutch.
 */
export function publicTranslator(locale: PublicLocale) {
  return clientTranslator(locale, "public");
}

export type PublicTranslator = ReturnType<typeof publicTranslator>;
