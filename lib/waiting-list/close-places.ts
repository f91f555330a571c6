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

/**
 * Before a merge or an anonymisation locks the client rows: the live offers of the clients' open
 * places. Taking an offer locks its row and then needs the client's row (the appointment points to
 * it); the merge or anonymisation, holding the client row, would then wait for that offer row in
 * closeWaitingPlaces, and PostgreSQL would end one of the two as a deadlock.
 */
export async function lockLiveOffersOfClients(
  tx: Prisma.TransactionClient,
  organisationId: string,
  clientIds: string[],
  now: Date,
): Promise<void> {
  const live = await tx.slotOffer.findMany({
    where: { organisationId, entry: { clientId: { in: clientIds }, closedAt: null }, ...liveOfferWhere(now) },
    select: { id: true },
  });
  if (live.length === 0) return;
  await tx.$queryRaw`SELECT 1 FROM "SlotOffer" WHERE "id" = ANY(${live.map((offer) => offer.id)}) ORDER BY "id" FOR UPDATE`;
}
