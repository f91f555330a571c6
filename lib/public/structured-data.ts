import { amsterdamIsoString } from "@/lib/dates";
import type { PublicLocale, PublicTranslator } from "./locales";
import type { PublicLocationPage } from "./queries";

/**
 * The page's sessions as schema.org events at the library's address, so a search engine can show
 * "free, Tuesday 10:00, Boekenplein 12" with the result. Only what the page itself shows.
 */
export function locationStructuredData(
  page: PublicLocationPage,
  locale: PublicLocale,
  t: PublicTranslator,
  url: string,
) {
  const { location } = page;
  const place = {
    "@type": "Place",
    name: location.name,
    address: {
      "@type": "PostalAddress",
      streetAddress: location.street,
      postalCode: location.postcode,
      addressLocality: location.city,
      addressCountry: "NL",
    },
  };
  const organizer = { "@type": "Organization", name: page.organisationName };
  return {
    "@context": "https://schema.org",
    "@graph": page.sessions.map((session) => ({
      "@type": "Event",
      name: t("metaTitle", { location: location.name }),
      description: t("metaDescription", { location: location.name }),
      startDate: amsterdamIsoString(session.startsAt),
      endDate: amsterdamIsoString(session.endsAt),
      eventStatus: `https://schema.org/${session.cancelled ? "EventCancelled" : "EventScheduled"}`,
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      isAccessibleForFree: true,
      inLanguage: locale,
      url,
      location: place,
      organizer,
    })),
  };
}

/** JSON for inside a <script> element: a "<" in a library's text cannot close the element. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
