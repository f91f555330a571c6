import { DEFAULT_PUBLIC_LOCALE, type PublicLocale } from "./locales";

function withLanguage(path: string, locale: PublicLocale): string {
  return locale === DEFAULT_PUBLIC_LOCALE ? path : `${path}?taal=${locale}`;
}

export function locationPagePath(slug: string, locale: PublicLocale = DEFAULT_PUBLIC_LOCALE): string {
  return withLanguage(`/spreekuur/${slug}`, locale);
}

export function locationCalendarPath(slug: string, locale: PublicLocale = DEFAULT_PUBLIC_LOCALE): string {
  return withLanguage(`/spreekuur/${slug}/agenda.ics`, locale);
}

export function locationBookingPath(slug: string, locale: PublicLocale = DEFAULT_PUBLIC_LOCALE): string {
  return withLanguage(`/spreekuur/${slug}/afspraak`, locale);
}
