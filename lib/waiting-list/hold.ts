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

/**
 * Locks a half hour for the rest of the transaction before it is given to someone, by an online
 * booking (lib/booking/claim-slot.ts) or by an offer of the waiting list (./offers.ts). Each checks
 * "no visit, no live offer" and then writes a row the other's check does not see until it
 * commits: without a common lock both see the half hour free, and a client gets an offer mail for
 * a time just booked online, or a booking takes a time just offered. The caller checks again after
 * this returns; the loser of the race then sees the winner's row.
 *
 * One lock order for both, the session's row (shared) and then the half hour's (exclusive), as a
 * schedule change takes the session before its slots, so that neither can wait on the other in a
 * circle. The shared session lock also holds off a concurrent cancellation of the session.
 */
export async function lockSlotToGive(tx: Prisma.TransactionClient, slot: { id: string; sessionId: string }) {
  await tx.$queryRaw`SELECT 1 FROM "Session" WHERE "id" = ${slot.sessionId} FOR SHARE`;
  await tx.$queryRaw`SELECT 1 FROM "Slot" WHERE "id" = ${slot.id} FOR UPDATE`;
}

/**
 * The desk gives a half hour held for the waiting list away by hand (an appointment, a walk-in
 * with a time): the live offer on it ends in the same transaction, so the desk's list stops
 * showing it and its link answers that it can no longer be taken. The caller holds the half hour's
 * lock (lockSlotToGive), so no new offer is made for it meanwhile.
 */
export async function endOffersOnSlot(tx: Prisma.TransactionClient, slotId: string, now: Date) {
  await tx.slotOffer.updateMany({ where: { slotId, ...liveOfferWhere(now) }, data: { expiresAt: now } });
}
