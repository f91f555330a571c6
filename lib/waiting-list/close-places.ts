import type { Prisma } from "@/lib/generated/prisma/client";
import { liveOfferWhere } from "./hold";

/**
 * Closes the open places `where` picks as the desk's "take off the list" does, for a client who
 * will not be called or mailed on them (anonymised, or waiting twice after a merge). A half hour
 * offered on them runs out now, so it goes to the next one waiting; the report keeps counting that
 * offer as not answered, which it was. The rows stay, as every place does, so a period already
 * reported keeps its count. Returns how many places closed.
 */
export async function closeWaitingPlaces(
  tx: Prisma.TransactionClient,
  where: Prisma.WaitingListEntryWhereInput & { organisationId: string },
  now: Date,
): Promise<number> {
  // On every place picked, closed or not: an offer left live on a closed place would hold its half
  // hour from everyone.
  await tx.slotOffer.updateMany({
    where: { organisationId: where.organisationId, entry: where, ...liveOfferWhere(now) },
    data: { expiresAt: now },
  });
  const { count } = await tx.waitingListEntry.updateMany({
    where: { ...where, closedAt: null },
    data: { closedAt: now, closedReason: "WITHDRAWN" },
  });
  return count;
}
