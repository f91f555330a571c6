// Reminders by e-mail the day before an appointment (issue 18 item 3): a send queue in PostgreSQL.
//
// Every appointment reminded of has one AppointmentReminder row per planned start. The job
// (scripts/reminders.ts, every five minutes) first enqueues tomorrow's appointments, then sends
// what is due one row at a time:
//
//   PENDING ──claim (committed before the mail goes out)──▶ SENDING ──▶ SENT
//      ▲                                                       │
//      └── the mail server refused it (it said so): later ─────┤──▶ FAILED after MAX_ATTEMPTS
//                                                              └──▶ UNCERTAIN: the job died or the
//                                                                   connection broke mid-send
//
// At most once: a row leaves PENDING only by a claim, a claim is committed before the mail is
// handed to the mail server, and a row found SENDING long after its claim (its job died) becomes
// UNCERTAIN, which is never sent again. Only an answer of the mail server that refuses the mail
// (or a connection that never opened) puts a row back in the queue. Two jobs at once each claim
// other rows (FOR UPDATE SKIP LOCKED). The rows hold no text and no address; logs only counts.
import { hashLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import { clock } from "@/lib/clock";
import { addCalendarDays, amsterdamDay, amsterdamDayRange, amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { isClientLocale } from "@/lib/i18n/client-locales";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import { reminderMail } from "./mail";
import { errorCodeOf } from "@/lib/log-error";

const MINUTE_MS = 60_000;
/** Not in the night: a reminder of tomorrow goes out from 09:00 (Amsterdam), or at once after that. */
const SEND_FROM_MINUTE = 9 * 60;
/**
 * Nor late in the evening: one not out by 21:00 (the app was down, the mail server refused until
 * then) is not sent at all. After midnight its "morgen" would be wrong, and a booking made that
 * late had its confirmation mail minutes ago.
 */
const SEND_UNTIL_MINUTE = 21 * 60;
/** The wait after the mail server refused the 1st, 2nd, 3rd try. */
const RETRY_AFTER_MINUTES = [5, 15, 45];
export const MAX_ATTEMPTS = RETRY_AFTER_MINUTES.length + 1;
/**
 * A claim older than this belongs to a job that died while sending: longer than a send can take
 * (nodemailer gives up on a silent connection after its timeouts), so a slow send is not taken
 * for a dead one. A slow send that still succeeds afterwards records SENT.
 */
export const CLAIM_STALE_MS = 15 * MINUTE_MS;
/** A half hour, for an appointment without a slot (its link's end). */
const DEFAULT_LENGTH_MS = 30 * MINUTE_MS;
/** Bounds one run; the next run (five minutes later) goes on. */
const MAX_PER_RUN = 500;

/**
 * Puts tomorrow's appointments (the Amsterdam day after `now`'s) in the queue: booked, with an
 * e-mail address and a reminder consent that stands. One row per appointment and planned start,
 * so a second run, or a second job, enqueues nothing twice. Returns how many rows are new or due again.
 */
export async function enqueueDueReminders(now: Date = clock.now()): Promise<number> {
  const today = amsterdamDay(now);
  const { start, end } = amsterdamDayRange(addCalendarDays(today, 1));
  const visits = await db.visit.findMany({
    where: {
      status: "BOOKED",
      // The client asked for it on the booking page, for an appointment made there: not for one the
      // desk made for them later, also when the desk recognised them as that client.
      bookedVia: "ONLINE",
      plannedStartsAt: { gte: start, lt: end },
      client: {
        anonymisedAt: null,
        AND: [{ email: { not: null } }, { email: { not: "" } }],
        consents: { some: { purpose: "APPOINTMENT_REMINDER", withdrawnAt: null } },
      },
    },
    select: { id: true, organisationId: true, plannedStartsAt: true },
  });
  const sendFrom = amsterdamMoment(today, SEND_FROM_MINUTE);
  const nextAttemptAt = sendFrom > now ? sendFrom : now;
  const { count } = await db.appointmentReminder.createMany({
    data: visits.map((visit) => ({
      organisationId: visit.organisationId,
      visitId: visit.id,
      forStartsAt: visit.plannedStartsAt!,
      nextAttemptAt,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  // Moved away and back to the same time: the row of that time was skipped as "moved" while the
  // appointment was elsewhere, and is due again. Its attempts start over, the earlier ones were no tries.
  if (visits.length === 0) return count;
  const { count: back } = await db.appointmentReminder.updateMany({
    where: {
      status: "SKIPPED",
      errorCode: "moved",
      OR: visits.map((visit) => ({ visitId: visit.id, forStartsAt: visit.plannedStartsAt! })),
    },
    data: { status: "PENDING", errorCode: null, attempts: 0, claimedAt: null, nextAttemptAt },
  });
  return count + back;
}

/** Whether `now` is within the sending hours of the day before the appointment at `startsAt`. */
function withinSendingHours(startsAt: Date, now: Date): boolean {
  const dayBefore = addCalendarDays(amsterdamDay(startsAt), -1);
  return amsterdamDay(now) === dayBefore && now < amsterdamMoment(dayBefore, SEND_UNTIL_MINUTE) && startsAt > now;
}

type ClaimedReminder = {
  id: string;
  organisationId: string;
  visitId: string;
  forStartsAt: Date;
  attempts: number;
};

/**
 * Takes the next due reminder for sending: PENDING → SENDING, in one statement that commits before
 * anything is sent. A row another job holds is skipped, not waited for. Null when none is due.
 */
export async function claimNextReminder(now: Date = clock.now()): Promise<ClaimedReminder | null> {
  const rows = await db.$queryRaw<ClaimedReminder[]>`
    UPDATE "AppointmentReminder"
       SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1
     WHERE "status" = 'PENDING' AND "id" = (
       SELECT "id" FROM "AppointmentReminder"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "organisationId", "visitId", "forStartsAt", "attempts"`;
  return rows[0] ?? null;
}

/**
 * A refusal the mail server answered (a 4xx or 5xx), or a connection that never opened: the mail
 * did not go out and may be tried again. Anything else (a timeout, a connection that broke) may
 * have come after the server took the mail.
 */
export function notHandedOver(error: unknown): boolean {
  const failure = error as { responseCode?: unknown; code?: unknown; syscall?: unknown };
  // Only a refusal: nodemailer also reads a code from a line left over when a connection closes
  // (a "250 queued" then a close), and that mail went out.
  if (typeof failure.responseCode === "number") return failure.responseCode >= 400 && failure.responseCode < 600;
  // A connection that broke or timed out may have broken after the server took the mail: nodemailer
  // names those alike (also a reset in the middle of DATA is a "CONN" error), so they count as sent.
  return failure.code === "EDNS" || failure.code === "EAUTH" || failure.syscall === "connect";
}

export type SendReport = {
  sent: number;
  retried: number;
  failed: number;
  uncertain: number;
  skipped: number;
};

/** Why a claimed reminder is not sent, or null when it should go out. */
type Visit = NonNullable<Awaited<ReturnType<typeof visitOf>>>;
function skipReason(visit: Visit | null, forStartsAt: Date, now: Date): string | null {
  if (!visit || visit.status !== "BOOKED") return "cancelled";
  if (visit.plannedStartsAt?.getTime() !== forStartsAt.getTime()) return "moved";
  if (!withinSendingHours(forStartsAt, now)) return "too_late";
  if (!visit.client.email || visit.client.anonymisedAt) return "no_email";
  if (visit.client.consents.length === 0) return "no_consent";
  return null;
}

function visitOf(visitId: string) {
  return db.visit.findUnique({
    where: { id: visitId },
    select: {
      status: true,
      plannedStartsAt: true,
      slot: { select: { endsAt: true } },
      client: {
        select: {
          displayName: true,
          email: true,
          preferredLanguage: true,
          anonymisedAt: true,
          consents: {
            where: { purpose: "APPOINTMENT_REMINDER", withdrawnAt: null },
            select: { id: true },
            take: 1,
          },
        },
      },
      location: { select: { name: true, street: true, postcode: true, city: true } },
    },
  });
}

/** Back in the queue for a later try, or FAILED after the last one: nothing was handed over. */
async function tryAgainLater(claimed: ClaimedReminder, now: Date, errorCode: string): Promise<"retried" | "failed"> {
  const failed = claimed.attempts >= MAX_ATTEMPTS;
  const retryAfter = RETRY_AFTER_MINUTES[claimed.attempts - 1] ?? RETRY_AFTER_MINUTES[0];
  await db.appointmentReminder.updateMany({
    where: { id: claimed.id, status: "SENDING" },
    data: failed
      ? { status: "FAILED", errorCode }
      : { status: "PENDING", errorCode, nextAttemptAt: new Date(now.getTime() + retryAfter * MINUTE_MS) },
  });
  return failed ? "failed" : "retried";
}

/** What a claimed reminder needs before it can go out: its mail and the link made for it, or why not. */
async function prepare(claimed: ClaimedReminder, now: Date) {
  const visit = await visitOf(claimed.visitId);
  const reason = skipReason(visit, claimed.forStartsAt, now);
  if (reason || !visit) return { skip: reason ?? "cancelled" } as const;
  // The stored links are hashes: the mail gets a link of its own, working as long as the others.
  const endsAt = visit.slot?.endsAt ?? new Date(claimed.forStartsAt.getTime() + DEFAULT_LENGTH_MS);
  const linkSecret = newLinkSecret();
  const locale = visit.client.preferredLanguage;
  const mail = reminderMail({
    name: visit.client.displayName,
    email: visit.client.email!,
    locale: isClientLocale(locale) ? locale : "nl",
    startsAt: claimed.forStartsAt,
    endsAt,
    location: visit.location,
    linkSecret,
  });
  const link = await db.appointmentLink.create({
    data: {
      organisationId: claimed.organisationId,
      visitId: claimed.visitId,
      tokenHash: hashLinkSecret(linkSecret),
      expiresAt: endsAt,
      createdAt: now,
    },
    select: { id: true },
  });
  return { mail, linkId: link.id } as const;
}

/** Sends one claimed reminder and records the outcome; the row is SENDING when this starts. */
async function deliver(claimed: ClaimedReminder, now: Date): Promise<keyof SendReport> {
  const sending = { id: claimed.id, status: "SENDING" as const };
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    prepared = await prepare(claimed, now);
  } catch {
    // A failure before the mail went anywhere (the database, a text): another try, not UNCERTAIN,
    // and the next reminder of this run goes on.
    return tryAgainLater(claimed, now, "prepare_failed");
  }
  if ("skip" in prepared) {
    await db.appointmentReminder.updateMany({ where: sending, data: { status: "SKIPPED", errorCode: prepared.skip } });
    return "skipped";
  }
  try {
    await sendMail(prepared.mail);
  } catch (error) {
    if (!notHandedOver(error)) {
      // It may have gone out: never again. The link stays, it may be in the client's mail.
      await db.appointmentReminder.updateMany({
        where: sending,
        data: { status: "UNCERTAIN", errorCode: errorCodeOf(error) },
      });
      return "uncertain";
    }
    await db.appointmentLink.deleteMany({ where: { id: prepared.linkId } });
    return tryAgainLater(claimed, now, errorCodeOf(error));
  }
  // Also when a slow send was meanwhile taken for a dead one (UNCERTAIN): it did go out.
  await db.appointmentReminder.updateMany({
    where: { id: claimed.id, status: { in: ["SENDING", "UNCERTAIN"] } },
    data: { status: "SENT", sentAt: now, errorCode: null },
  });
  return "sent";
}

/**
 * Sends the reminders that are due, one at a time, each claimed in its own short statement before
 * it goes out (see the top of this file). First settles what an earlier run left: a claim of a job
 * that died becomes UNCERTAIN, a reminder whose appointment has begun is SKIPPED. Sends nothing
 * when no mail server is set up. `now` fixes the moment (tests); otherwise each step reads the clock.
 */
export async function sendDueReminders(options: { now?: Date } = {}): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0, uncertain: 0, skipped: 0 };
  if (!mailConfigured()) return report;
  const at = () => options.now ?? clock.now();

  const started = at();
  const abandoned = await db.appointmentReminder.updateMany({
    where: { status: "SENDING", claimedAt: { lt: new Date(started.getTime() - CLAIM_STALE_MS) } },
    data: { status: "UNCERTAIN", errorCode: "interrupted" },
  });
  report.uncertain += abandoned.count;
  const late = await db.appointmentReminder.updateMany({
    where: { status: "PENDING", forStartsAt: { lte: started } },
    data: { status: "SKIPPED", errorCode: "too_late" },
  });
  report.skipped += late.count;

  for (let count = 0; count < MAX_PER_RUN; count++) {
    const now = at();
    const claimed = await claimNextReminder(now);
    if (!claimed) break;
    report[await deliver(claimed, now)]++;
  }
  return report;
}
