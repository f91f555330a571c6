import type { MessageKey } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { ok, Refusal, refuse, type Result } from "@/lib/result";

/** A client who is expected or already there: the schedule never drops them silently. */
export const ACTIVE_VISIT_STATUSES = ["BOOKED", "WAITING", "IN_CONVERSATION"] as const satisfies readonly VisitStatus[];

export const SCHEDULE_MESSAGES = {
  locationNotFound: "refusals.schedule.locationNotFound",
  hourNotFound: "refusals.schedule.hourNotFound",
  sessionNotFound: "refusals.schedule.sessionNotFound",
  advisorNotFound: "refusals.schedule.advisorNotFound",
  advisorsNotFound: "refusals.schedule.advisorsNotFound",
  roomNotFound: "refusals.schedule.roomNotFound",
  sessionCancelled: "refusals.schedule.sessionCancelled",
  sessionStarted: "refusals.schedule.sessionStarted",
  sessionOver: "refusals.schedule.sessionOver",
  sessionInPast: "refusals.schedule.sessionInPast",
  validUntilInPast: "refusals.schedule.validUntilInPast",
  standInNotStaffed: "refusals.schedule.standInNotStaffed",
  changedMeanwhile: "refusals.schedule.changedMeanwhile",
} as const satisfies Record<string, MessageKey>;

/**
 * The database refuses what two people did at the same moment: a second session for the same hour
 * and start or a second staffing of one advisor (unique), overlapping slots of one advisor
 * (exclusion constraint, 23P01), or transactions that deadlocked (P2034).
 */
function isConcurrentChange(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { code?: unknown } } | undefined)?.cause;
  return error.code === "P2034" || cause?.code === "23P01";
}

/** One transaction per change: a refusal, at any point, leaves nothing half-written. */
export async function changeSchedule<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await db.$transaction(work, { timeout: 20_000 }));
  } catch (error) {
    if (isConcurrentChange(error)) return refuse(SCHEDULE_MESSAGES.changedMeanwhile);
    throw error;
  }
}

/** The organisation's active advisors among `ids`; refuses when one of them is not one. */
export async function findAdvisors(tx: Prisma.TransactionClient, actor: Actor, ids: readonly string[]) {
  const advisors = await tx.user.findMany({
    where: { id: { in: [...ids] }, organisationId: actor.organisationId, roles: { has: "ADVISOR" }, active: true },
    select: { id: true, name: true },
  });
  if (advisors.length !== new Set(ids).size)
    throw new Refusal(ids.length === 1 ? SCHEDULE_MESSAGES.advisorNotFound : SCHEDULE_MESSAGES.advisorsNotFound);
  return advisors;
}
