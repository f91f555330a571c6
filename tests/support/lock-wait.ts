import { db } from "@/lib/db";

/**
 * Waits until a session of the test's database waits for a lock: the moment a second writer has
 * reached the row a first one holds, so that a test can let the first commit and see what the
 * second makes of it. Throws after about five seconds, which is also how long an interactive
 * transaction may stay open by default: a race that never happened must not pass as one.
 */
export async function untilAWriterWaitsForALock(): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT COUNT(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("no writer waited for a lock");
}
