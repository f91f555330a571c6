import type { Prisma } from "@/lib/generated/prisma/client";
import { closeWaitingPlaces } from "./close-places";

/**
 * After two records of one person became one (lib/clients/merge-clients.ts) the person may wait
 * twice at one location, and be offered two half hours there. Per location the oldest place stays,
 * first come first served, waiting as long as the longest; the others close (closeWaitingPlaces).
 * Returns how many places were closed. The caller holds both client rows FOR UPDATE; the desk
 * reads a client under a share lock before it adds a place, so no place is added meanwhile.
 */
export async function joinWaitingPlacesOfClient(
  tx: Prisma.TransactionClient,
  organisationId: string,
  clientId: string,
  now: Date,
): Promise<number> {
  const open = await tx.waitingListEntry.findMany({
    where: { organisationId, clientId, closedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, locationId: true, until: true, note: true },
  });
  const kept = new Map<string, (typeof open)[number]>();
  const closed: string[] = [];
  const grown = new Set<(typeof open)[number]>();
  for (const entry of open) {
    const first = kept.get(entry.locationId);
    if (!first) kept.set(entry.locationId, entry);
    else {
      closed.push(entry.id);
      grown.add(first);
      if (entry.until > first.until) first.until = entry.until;
      first.note ??= entry.note;
    }
  }
  if (closed.length === 0) return 0;
  const count = await closeWaitingPlaces(tx, { organisationId, id: { in: closed } }, now);
  for (const first of grown)
    await tx.waitingListEntry.update({ where: { id: first.id }, data: { until: first.until, note: first.note } });
  return count;
}
