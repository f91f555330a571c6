import { addCalendarDays, amsterdamDay, amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { z } from "@/lib/zod";

/** How far ahead a client can book online: the weeks the public page lists. */
const BOOKING_WEEKS = 6;

const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * The half hours a client may book online, as one rule for the list, the booking and a move: in
 * a session that goes ahead and takes appointments, not begun yet, and not taken. The desk
 * (lib/desk/book-appointment.ts) refuses the same cancelled, begun and taken half hours; unlike
 * the client, a host may also give a walk-in-only hour's half hour as an appointment.
 */
export function bookableSlotWhere(locationId: string, now: Date, horizon: Date): Prisma.SlotWhereInput {
  return {
    startsAt: { gt: now, lt: horizon },
    visit: null,
    session: { locationId, status: { not: "CANCELLED" }, mode: { not: "WALK_IN" } },
  };
}

/** The location behind a public slug when it takes online bookings; anything else is null. */
export async function findBookingLocation(slug: unknown) {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  return db.location.findFirst({
    where: { slug: parsed.data, active: true, onlineBooking: true },
    select: { id: true, organisationId: true, slug: true, name: true, street: true, postcode: true, city: true },
  });
}

export function bookingHorizon(now: Date): Date {
  return amsterdamMoment(addCalendarDays(amsterdamDay(now), BOOKING_WEEKS * 7), 0);
}

export type OpenSlot = { id: string; startsAt: Date; endsAt: Date };

/**
 * The free half hours of a location for the public booking page, one per moment: where two
 * advisors are free at 10:00 the client sees 10:00 once (the first of them). Null when the
 * location does not take online bookings.
 */
export async function listOpenSlots(slug: unknown, now = clock.now()): Promise<OpenSlot[] | null> {
  const location = await findBookingLocation(slug);
  if (!location) return null;
  const slots = await db.slot.findMany({
    where: { organisationId: location.organisationId, ...bookableSlotWhere(location.id, now, bookingHorizon(now)) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, startsAt: true, endsAt: true },
  });
  const seen = new Set<number>();
  return slots.filter((slot) => {
    const moment = slot.startsAt.getTime();
    if (seen.has(moment)) return false;
    seen.add(moment);
    return true;
  });
}
