import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks the signals' rows, in one order, for the rest of the transaction: a merge, a join and a
 * status change of the same signal then run one after the other, and two opposite merges at once
 * wait for each other instead of deadlocking.
 */
export async function lockSignals(tx: Prisma.TransactionClient, signalIds: readonly string[]) {
  const ids = [...new Set(signalIds)].sort();
  await tx.$queryRaw`SELECT id FROM "Signal" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
}
