import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { locationSlugSchema, publicHorizon } from "@/lib/public/queries";
import { notHeldForWaitingList } from "@/lib/waiting-list/hold";

/**
 * The half hours a client may book online, as one rule for the list, the booking and a move: in
 * a session that goes ahead and takes appointments, not begun yet, within the weeks the public page
 * lists (publicHorizon), not taken, and not held for the first on the waiting list. The desk
 * (lib/desk/book-appointment.ts) refuses the same cancelled, begun and taken half hours; unlike
 * the client, a host may also give a walk-in-only hour's half hour as an appointment.
 */
export function bookableSlotWhere(locationId: string, now: Date, horizon: Date): Prisma.SlotWhereInput {
  return {
    startsAt: { gt: now, lt: horizon },
    visit: null,
    session: { locationId, status: { not: "CANCELLED" }, mode: { not: "WALK_IN" } },
    // A freed half hour offered to the first on the waiting list is theirs until the offer ends.
    ...notHeldForWaitingList(now),
  };
}

/**
 * The location behind a public slug when it takes online bookings; anything else is null. Read
 * once per request: the booking page's metadata and the page itself both ask.
 */
export const findBookingLocation = cache(async (slug: unknown) => {
  const parsed = locationSlugSchema.safeParse(slug);
  if (!parsed.success) return null;
  return db.location.findFirst({
    where: { slug: parsed.data, active: true, onlineBooking: true },
    select: { id: true, organisationId: true, slug: true, name: true, street: true, postcode: true, city: true },
  });
});

export type OpenSlot = { id: string; startsAt: Date; endsAt: Date };

/**
 * The free half hours of a location that takes online bookings, one per moment: where two
 * advisors are free at 10:00 the client sees 10:00 once (the first of them).
 */
export async function listOpenSlots(
  location: { id: string; organisationId: string },
  now = clock.now(),
): Promise<OpenSlot[]> {
  const slots = await db.slot.findMany({
    where: { organisationId: location.organisationId, ...bookableSlotWhere(location.id, now, publicHorizon(now)) },
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
