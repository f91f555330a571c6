import { clock } from "@/lib/clock";
import { mailConfigured } from "@/lib/mail/send-mail";
import { enqueueDueReminders, sendDueReminders, type SendReport } from "./queue";

type ReminderJobReport = ({ mail: true; enqueued: number } & SendReport) | { mail: false };

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
