import ical, { escape, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { PublicTranslator } from "./locales";
import type { PublicLocation, PublicSession } from "./queries";

export type LocationCalendar = {
  location: PublicLocation;
  sessions: PublicSession[];
  /** The absolute address of the public page, for the event's link and description. */
  pageUrl: string;
};

/**
 * The iCalendar feed of a location's upcoming sessions.
 *
 * Times are written in UTC ("…T090000Z"), which every calendar app converts to its own clock, so
 * 10:00 in Hengelo stays 10:00 on both sides of a daylight-saving change without a VTIMEZONE block.
 * Do not set a calendar time zone here: ical-generator then prints native Dates in the server's
 * own time zone under TZID=Europe/Amsterdam, an hour off on a UTC server, and drops the Z of DTSTAMP.
 *
 * A cancelled session stays in the feed with STATUS:CANCELLED and the same UID, so a subscribed
 * calendar crosses out the event the client already has instead of it silently vanishing; its
 * title says so too, for apps that ignore the status.
 */
export function renderLocationCalendar(
  { location, sessions, pageUrl }: LocationCalendar,
  t: PublicTranslator,
  generatedAt: Date,
): string {
  const calendar = ical({
    // ical-generator escapes event texts but writes the calendar's name and description as given,
    // and a location name is typed in by staff: a comma or line break must not break the file.
    name: escape(t("calendar.name", { location: location.name }), false),
    description: escape(t("calendar.description"), false),
    prodId: { company: "Spreekuur", product: "Spreekuur", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars fetch again after this long, so a cancellation reaches clients the same day.
    ttl: 60 * 60 * 6,
  });
  const place = [location.name, location.street, `${location.postcode} ${location.city}`].join(", ");
  const moreInformation = t("calendar.moreInformation", { url: pageUrl });

  for (const session of sessions) {
    const description = session.cancelled
      ? [t("calendar.cancelledHelp"), moreInformation]
      : [
          t("calendar.help"),
          t(`when.mode.${session.mode}`),
          t("calendar.bring"),
          ...(location.directions ? [`${t("where.inBuilding")} ${location.directions}`] : []),
          moreInformation,
        ];
    calendar.createEvent({
      id: `sessie-${session.id}@spreekuur`,
      // A cancellation is a new version of the event; calendars that imported it compare this.
      sequence: session.cancelled ? 1 : 0,
      stamp: generatedAt,
      start: session.startsAt,
      end: session.endsAt,
      status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: session.cancelled ? t("calendar.cancelledSummary") : t("calendar.summary"),
      description: description.join("\n"),
      location: place,
      url: pageUrl,
    });
  }
  return calendar.toString();
}
