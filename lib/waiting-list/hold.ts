import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An offer of a half hour that still holds it: not taken, not declined, and not expired. One
 * definition for the list, the sweep and the booking rules that must leave a held half hour alone.
 */
export function liveOfferWhere(now: Date): Prisma.SlotOfferWhereInput {
  return { takenAt: null, declinedAt: null, expiresAt: { gt: now } };
}

/**
 * The condition a half hour meets when no waiting-list offer holds it, as a part of a Slot filter:
 * `{ ...bookableSlotWhere(…), ...notHeldForWaitingList(now) }`. A freed half hour offered to the
 * first on the waiting list is theirs until the offer expires (lib/waiting-list/offers.ts).
 */
export function notHeldForWaitingList(now: Date): Prisma.SlotWhereInput {
  return { offers: { none: liveOfferWhere(now) } };
}
