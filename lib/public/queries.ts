import { addCalendarDays, amsterdamDay, amsterdamMoment, dateColumn, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { ConsultationMode } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/zod";
import { clock } from "@/lib/clock";
import type { PublicTextField, PublicTexts } from "@/lib/locations/public-texts";

/** How far ahead the public page and the calendar feed list concrete sessions. */
const UPCOMING_WEEKS = 6;

/**
 * The end of what the public sees ahead of `now`: the sessions the page lists, and the half hours a
 * client can book online (lib/booking), so the two never disagree.
 */
export function publicHorizon(now: Date): Date {
  return amsterdamMoment(addCalendarDays(amsterdamDay(now), UPCOMING_WEEKS * 7), 0);
}

export const locationSlugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export type PublicLocation = {
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  directions: string | null;
  accessibility: string | null;
  bringAlso: string | null;
  publicTexts: PublicTexts;
};

/**
 * A text the library wrote for its public page, in the page's language when it wrote one, else in
 * Dutch; `lang` says which, so a screen reader reads it in the right voice.
 */
export function localText(
  location: PublicLocation,
  field: PublicTextField,
  locale: string,
): { text: string; lang: string } | null {
  const translated = locale === "nl" ? undefined : location.publicTexts[locale]?.[field];
  if (translated) return { text: translated, lang: locale };
  const dutch = location[field];
  return dutch ? { text: dutch, lang: "nl" } : null;
}

type PublicWeeklyHour = {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
  mode: ConsultationMode;
  /** Set only when the hour has not started yet (yyyy-MM-dd). */
  startsOn: string | null;
  /** The last day the hour runs, when it ends (yyyy-MM-dd). */
  endsOn: string | null;
};

export type PublicSession = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  mode: ConsultationMode;
  cancelled: boolean;
};

export type PublicLocationPage = {
  organisationName: string;
  /** Whether clients can book a half hour online here (the library switched it on). */
  bookingOpen: boolean;
  location: PublicLocation;
  weeklyHours: PublicWeeklyHour[];
  sessions: PublicSession[];
};

/**
 * What anyone may know about a location's consultation hour, without logging in. It selects
 * no staff, visits or clients, and not the cancel reason either: that is free text written for
 * colleagues ("Ziekte adviseur …"), so the public only hears that a session does not go ahead.
 * An unknown or inactive location, or a malformed slug, is null.
 */
export async function getPublicLocationPage(slug: unknown, now = clock.now()): Promise<PublicLocationPage | null> {
  const parsed = locationSlugSchema.safeParse(slug);
  if (!parsed.success) return null;

  const location = await db.location.findFirst({
    where: { slug: parsed.data, active: true },
    select: {
      id: true,
      organisationId: true,
      slug: true,
      name: true,
      street: true,
      postcode: true,
      city: true,
      directions: true,
      accessibility: true,
      bringAlso: true,
      publicTexts: true,
      onlineBooking: true,
      organisation: { select: { name: true } },
    },
  });
  if (!location) return null;

  const today = amsterdamDay(now);
  const horizon = publicHorizon(now);
  const scope = { organisationId: location.organisationId, locationId: location.id };
  const [hours, sessions] = await Promise.all([
    db.consultationHour.findMany({
      where: { ...scope, active: true, OR: [{ validUntil: null }, { validUntil: { gte: dateColumn(today) } }] },
      orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      select: { weekday: true, startMinute: true, endMinute: true, mode: true, validFrom: true, validUntil: true },
    }),
    db.session.findMany({
      // A session that has begun but not ended is still worth walking to.
      where: { ...scope, endsAt: { gt: now }, startsAt: { lt: horizon } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, mode: true, status: true },
    }),
  ]);

  return {
    organisationName: location.organisation.name,
    bookingOpen: location.onlineBooking,
    location: {
      slug: location.slug,
      name: location.name,
      street: location.street,
      postcode: location.postcode,
      city: location.city,
      directions: location.directions,
      accessibility: location.accessibility,
      bringAlso: location.bringAlso,
      publicTexts: location.publicTexts as PublicTexts,
    },
    weeklyHours: hours.map((hour) => {
      const startsOn = dayOfDateColumn(hour.validFrom);
      return {
        weekday: hour.weekday,
        startMinute: hour.startMinute,
        endMinute: hour.endMinute,
        mode: hour.mode,
        startsOn: startsOn > today ? startsOn : null,
        endsOn: hour.validUntil ? dayOfDateColumn(hour.validUntil) : null,
      };
    }),
    sessions: sessions.map((session) => ({
      id: session.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      mode: session.mode,
      cancelled: session.status === "CANCELLED",
    })),
  };
}
