import { amsterdamIsoString } from "@/lib/dates";
import type { PublicLocale, PublicTranslator } from "./locales";
import type { PublicLocationPage } from "./queries";

/**
 * The location as a schema.org library, and the page's sessions as events at its address, so a
 * search engine can show "free, Tuesday 10:00, Boekenplein 12" with the result; the library is
 * described also when no session is in view. Only what the page itself shows.
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
  const library = {
    ...place,
    "@type": "Library",
    "@id": `${url}#locatie`,
    description: t("metaDescription", { location: location.name }),
    url,
    parentOrganization: organizer,
  };
  const events = page.sessions.map((session) => ({
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
  }));
  const graph: [typeof library, ...typeof events] = [library, ...events];
  return { "@context": "https://schema.org", "@graph": graph };
}

/** JSON for inside a <script> element: a "<" in a library's text cannot close the element. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
