import { DEFAULT_PUBLIC_LOCALE, type PublicLocale } from "@/lib/public/locales";

/** The public waiting-list form of a location (app/spreekuur/[locatie]/wachtlijst), in a client language. */
export function waitingListPath(slug: string, locale: PublicLocale = DEFAULT_PUBLIC_LOCALE): string {
  const path = `/spreekuur/${slug}/wachtlijst`;
  return locale === DEFAULT_PUBLIC_LOCALE ? path : `${path}?taal=${locale}`;
}

/** The offer link's address: the client takes or declines the held half hour there. */
export function offerPath(offerSecret: string): string {
  return `/aanbod/${offerSecret}`;
}
