import type { Prisma } from "@/lib/generated/prisma/client";
import { publicHorizon } from "@/lib/public/queries";
import { lockSlotToGive } from "@/lib/waiting-list/hold";
import { bookableSlotWhere } from "./queries";
import type { BookingRefusal } from "./schema";

/** Why a booking, or a change through the client's personal link, did not go through. */
export type ChangeRefusal = BookingRefusal | "linkUnusable";

/** Thrown inside a booking's transaction to roll it back with the client's answer. */
export class BookingRefused extends Error {
  constructor(readonly refusal: ChangeRefusal) {
    super(refusal);
  }
}

/**
 * The half hour a client asked for, when it may be booked now, for a booking and for a move alike.
 * The half hour is locked first (lockSlotToGive) and checked under the lock, so a concurrent offer
 * of the waiting list either comes first and holds it, or sees this booking; two clients after the
 * same half hour wait for each other there, and the one-visit-per-slot key stays the last word.
 */
export async function claimBookableSlot(
  tx: Prisma.TransactionClient,
  location: { id: string; organisationId: string },
  slotId: string,
  now: Date,
) {
  const slot = await tx.slot.findFirst({
    where: { id: slotId, organisationId: location.organisationId, session: { locationId: location.id } },
    select: { id: true, sessionId: true, startsAt: true, endsAt: true },
  });
  if (!slot) throw new BookingRefused("slotGone");
  await lockSlotToGive(tx, slot);
  const bookable = await tx.slot.count({
    where: { id: slot.id, ...bookableSlotWhere(location.id, now, publicHorizon(now)) },
  });
  if (bookable === 0) {
    const taken = await tx.visit.count({ where: { slotId: slot.id } });
    throw new BookingRefused(taken > 0 ? "slotTaken" : "slotGone");
  }
  return slot;
}
