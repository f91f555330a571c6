import pg from "pg";

/**
 * The PostgreSQL advisory lock key of each background job, in one place so that no two jobs pick
 * the same number and keep each other from running. The numbers are the ones the jobs always had:
 * an older process still running during a deploy then keeps honouring the same lock.
 */
export const JOB_LOCKS = {
  retention: 7_240_017,
  reminders: 7_240_018,
} as const;

type JobLockKey = (typeof JOB_LOCKS)[keyof typeof JOB_LOCKS];

/**
 * Runs `job` only when no other process (a second app instance, a job started by hand) is running
 * the job with the same key against the same database. Null when another process holds the lock.
 *
 * A session lock on a connection of its own, not a transaction lock: a job runs many transactions
 * (one per client, one per mail) and must hold the lock across all of them, and when the process
 * dies PostgreSQL drops the connection and with it the lock, so a crash never blocks the next run.
 * The jobs are safe to run twice without it; the lock only keeps two processes from doing the same
 * work at once.
 */
export async function withJobLock<T>(
  key: JobLockKey,
  job: () => Promise<T>,
  connectionString = process.env.DATABASE_URL,
): Promise<T | null> {
  const connection = new pg.Client({ connectionString });
  await connection.connect();
  try {
    const { rows } = await connection.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
    if (!rows[0]?.locked) return null;
    try {
      return await job();
    } finally {
      await connection.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    await connection.end();
  }
}
