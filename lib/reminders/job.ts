import pg from "pg";
import { clock } from "@/lib/clock";
import { mailConfigured } from "@/lib/mail/send-mail";
import { enqueueDueReminders, sendDueReminders, type SendReport } from "./queue";

/** The advisory lock of the reminder job (lib/privacy/retention.ts has its own key). */
const REMINDER_LOCK_KEY = 7_240_018;

type ReminderJobReport = ({ mail: true; enqueued: number } & SendReport) | { mail: false };

/**
 * Runs `job` only when no other process (a second app instance, `npm run reminders`) is running
 * it against the same database: a PostgreSQL session advisory lock on a connection of its own,
 * released when the job ends or the process dies. Null when another process holds the lock. The
 * queue itself never sends a reminder twice without it (lib/reminders/queue.ts); the lock keeps
 * two jobs from doing the same work.
 */
export async function withReminderLock<T>(
  job: () => Promise<T>,
  connectionString = process.env.DATABASE_URL,
): Promise<T | null> {
  const connection = new pg.Client({ connectionString });
  await connection.connect();
  try {
    const { rows } = await connection.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      REMINDER_LOCK_KEY,
    ]);
    if (!rows[0]?.locked) return null;
    try {
      return await job();
    } finally {
      await connection.query("SELECT pg_advisory_unlock($1)", [REMINDER_LOCK_KEY]);
    }
  } finally {
    await connection.end();
  }
}

/** Enqueues tomorrow's reminders and sends what is due; nothing at all without a mail server. */
export async function runReminderJob(now?: Date): Promise<ReminderJobReport> {
  if (!mailConfigured()) return { mail: false };
  const enqueued = await enqueueDueReminders(now ?? clock.now());
  return { mail: true, enqueued, ...(await sendDueReminders({ now })) };
}

/** One line for the log: counts only, never a name, an address or a mail's text. */
export function describeReminders(report: ReminderJobReport): string {
  if (!report.mail) return "[reminders] niets gedaan: er is geen mailserver ingesteld (SMTP_URL).";
  return (
    `[reminders] ${report.enqueued} in de wachtrij, ${report.sent} verstuurd, ${report.retried} later opnieuw, ` +
    `${report.failed} mislukt, ${report.uncertain} onzeker, ${report.skipped} overgeslagen`
  );
}
