import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

// The limits live in PostgreSQL (LoginAttempt), not in the memory of one server process, so two
// or more app instances behind a load balancer count the same attempts.

/** Failed logins are counted over this window. */
export const THROTTLE_WINDOW_MINUTES = 15;
/**
 * Failed logins from one network address in the window before it is refused. A library's desk
 * computers share one public address, so this is far above one person's typing errors; it stops
 * one machine from trying a common password against many accounts (password spraying).
 */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** The same limit as the lock of a real account, so an unknown address answers the same way. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Attempts are kept one day: long enough for the windows, short enough for staff privacy. */
export const ATTEMPT_RETENTION_HOURS = 24;

type Writer = Pick<Prisma.TransactionClient, "loginAttempt">;

const windowStart = (now: Date) => new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
const afterWindow = (moment: Date) => new Date(moment.getTime() + THROTTLE_WINDOW_MINUTES * 60_000);

/**
 * When the address may try again, or null when it is under its limit. The limit is lifted when
 * the oldest of the counted failures leaves the window.
 */
export async function addressRetryAt(ipAddress: string | null, now: Date): Promise<Date | null> {
  if (!ipAddress) return null;
  const failures = await db.loginAttempt.findMany({
    where: { ipAddress, outcome: "FAILED", attemptedAt: { gt: windowStart(now) } },
    orderBy: { attemptedAt: "desc" },
    take: MAX_FAILURES_PER_ADDRESS,
    select: { attemptedAt: true },
  });
  return failures.length >= MAX_FAILURES_PER_ADDRESS ? afterWindow(failures[failures.length - 1].attemptedAt) : null;
}

/**
 * For an e-mail address without an account: locked as a real account would be (five failures in
 * the window lock it until a quarter of an hour after the last one), so the answers do not tell
 * which addresses have an account.
 */
export async function unknownEmailRetryAt(email: string, now: Date): Promise<Date | null> {
  const failures = await db.loginAttempt.findMany({
    where: { email, outcome: "FAILED", attemptedAt: { gt: windowStart(now) } },
    orderBy: { attemptedAt: "desc" },
    take: MAX_FAILURES_PER_EMAIL,
    select: { attemptedAt: true },
  });
  return failures.length >= MAX_FAILURES_PER_EMAIL ? afterWindow(failures[0].attemptedAt) : null;
}

export async function recordLoginAttempt(
  attempt: { email: string; ipAddress: string | null; outcome: "FAILED" | "THROTTLED" },
  now: Date,
  writer: Writer = db,
): Promise<void> {
  await writer.loginAttempt.create({
    data: {
      email: attempt.email.slice(0, 254),
      ipAddress: attempt.ipAddress?.slice(0, 100) ?? null,
      outcome: attempt.outcome,
      attemptedAt: now,
    },
  });
  // Old attempts go on the next failure: the table stays small without a scheduled job.
  await writer.loginAttempt.deleteMany({
    where: { attemptedAt: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_HOURS * 3_600_000) } },
  });
}
