// Appointment reminders by e-mail the day before (issue 18 item 3), against a real PostgreSQL and
// real SMTP servers: which appointments are reminded, the mail, retries, and at most once, also
// when the job's process is killed while the mail server holds the mail.
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findAppointmentByLink } from "@/lib/booking/manage";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { getTodaysDesk } from "@/lib/desk/queries";
import { JOB_LOCKS, withJobLock } from "@/lib/jobs/lock";
import {
  CLAIM_STALE_MS,
  claimNextReminder,
  enqueueDueReminders,
  MAX_ATTEMPTS,
  notHandedOver,
  sendDueReminders,
} from "@/lib/reminders/queue";
import { actorOf, createOrganisation, createUser } from "../support/factories";
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP_URL = "http://spreekuur.test";
const LINK = new RegExp(`${APP_URL}/afspraak/([A-Za-z0-9_-]{43})`);
const MINUTE = 60_000;

// Wednesday 9 December 2026, 10:00 in Amsterdam: the reminders of Thursday the 10th go out.
const NOW = amsterdamMoment("2026-12-09", 600);
const TOMORROW = "2026-12-10";
const later = (minutes: number, from = NOW) => new Date(from.getTime() + minutes * MINUTE);

let smtp: TestSmtpServer;
let organisationId: string;
let locationId: string;
let hostActor: ReturnType<typeof actorOf>;
let counter = 0;

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = APP_URL;
  const { organisation, location } = await createOrganisation();
  organisationId = organisation.id;
  locationId = location.id;
  hostActor = actorOf(await createUser(organisationId, "HOST", { homeLocationId: locationId }));
});
afterAll(() => smtp.stop());

beforeEach(async () => {
  process.env.SMTP_URL = smtp.url;
  smtp.received.length = 0;
  // The queue is the whole database's: each test starts with no appointment and no reminder.
  await db.appointmentReminder.deleteMany({});
  await db.visit.updateMany({ where: { status: "BOOKED" }, data: { status: "CANCELLED", slotId: null } });
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

type Options = {
  day?: string;
  minute?: number;
  email?: string | null;
  locale?: string;
  consent?: "given" | "withdrawn" | "none";
  status?: "BOOKED" | "CANCELLED";
  name?: string;
  bookedVia?: "ONLINE" | "DESK";
};

/** A booked half hour (a session, a slot and the visit in it) of a client who left an address. */
async function appointment(options: Options = {}) {
  const n = ++counter;
  const day = options.day ?? TOMORROW;
  const minute = options.minute ?? 600;
  const startsAt = amsterdamMoment(day, minute);
  const endsAt = amsterdamMoment(day, minute + 30);
  const client = await db.client.create({
    data: {
      organisationId,
      displayName: options.name ?? `Cliënt ${n}`,
      email: options.email === undefined ? `client-${n}@mail.test` : options.email,
      preferredLanguage: options.locale ?? "nl",
      createdAt: NOW,
    },
  });
  const consent = options.consent ?? "given";
  if (consent !== "none")
    await db.consent.create({
      data: {
        organisationId,
        clientId: client.id,
        purpose: "APPOINTMENT_REMINDER",
        givenAt: later(-24 * 60),
        withdrawnAt: consent === "withdrawn" ? later(-60) : null,
        createdAt: later(-24 * 60),
      },
    });
  const session = await db.session.create({
    data: { organisationId, locationId, startsAt, endsAt, createdAt: NOW },
  });
  // An advisor of its own: one advisor's half hours never overlap.
  const advisorId = (await createUser(organisationId, "ADVISOR")).id;
  const slot = await db.slot.create({ data: { organisationId, sessionId: session.id, advisorId, startsAt, endsAt } });
  const visit = await db.visit.create({
    data: {
      organisationId,
      locationId,
      sessionId: session.id,
      slotId: options.status === "CANCELLED" ? null : slot.id,
      clientId: client.id,
      kind: "APPOINTMENT",
      status: options.status ?? "BOOKED",
      bookedVia: options.bookedVia ?? "ONLINE",
      plannedStartsAt: startsAt,
      createdAt: later(-24 * 60),
    },
  });
  return { visitId: visit.id, clientId: client.id, email: client.email, startsAt, endsAt };
}

const reminders = () => db.appointmentReminder.findMany({ orderBy: { createdAt: "asc" } });
const reminderOf = (visitId: string) => db.appointmentReminder.findFirstOrThrow({ where: { visitId } });
const mailsTo = (email: string | null) => smtp.received.filter((mail) => mail.to.includes(email ?? ""));
const secretIn = (mail: ReceivedMail) => LINK.exec(mail.text)?.[1] ?? "";

/** An SMTP server that answers every mail with `code`: the mail server refuses it. */
async function refusingServer(code: number) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on("end", () => callback(Object.assign(new Error("Not now"), { responseCode: code })));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("which appointments are reminded", () => {
  it("tomorrow's booked appointments (Amsterdam days) with an address and a standing consent, once", async () => {
    const due = await appointment();
    const lateInTheDay = await appointment({ minute: 23 * 60 + 30 });
    const noConsent = await appointment({ consent: "none" });
    const withdrawn = await appointment({ consent: "withdrawn" });
    const noEmail = await appointment({ email: null });
    const emptyEmail = await appointment({ email: "" });
    const cancelled = await appointment({ status: "CANCELLED" });
    const today = await appointment({ day: "2026-12-09", minute: 15 * 60 });
    const dayAfter = await appointment({ day: "2026-12-11", minute: 0 });
    // The consent was asked on the booking page for appointments made there, not for the desk's.
    const atTheDesk = await appointment({ bookedVia: "DESK" });

    expect(await enqueueDueReminders(NOW)).toBe(2);
    // A second run (or a second job) enqueues nothing twice.
    expect(await enqueueDueReminders(later(5))).toBe(0);
    const rows = await reminders();
    expect(rows.map((row) => row.visitId).sort()).toEqual([due.visitId, lateInTheDay.visitId].sort());
    expect(rows[0]).toMatchObject({ status: "PENDING", attempts: 0, organisationId, sentAt: null, errorCode: null });
    expect(rows.find((row) => row.visitId === due.visitId)?.forStartsAt).toEqual(due.startsAt);

    const report = await sendDueReminders({ now: NOW });
    expect(report).toEqual({ sent: 2, retried: 0, failed: 0, uncertain: 0, skipped: 0 });
    expect(
      smtp.received
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual([due.email, lateInTheDay.email].sort());
    for (const other of [noConsent, withdrawn, noEmail, emptyEmail, cancelled, today, dayAfter, atTheDesk])
      expect(mailsTo(other.email)).toHaveLength(0);
    // Nothing left to send: a second run sends nothing.
    expect(await sendDueReminders({ now: later(5) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("waits until 09:00 the day before, and does nothing without a mail server", async () => {
    const early = amsterdamMoment("2026-12-09", 7 * 60);
    const { email } = await appointment();
    expect(await enqueueDueReminders(early)).toBe(1);
    expect((await reminders())[0].nextAttemptAt).toEqual(amsterdamMoment("2026-12-09", 9 * 60));
    expect(await sendDueReminders({ now: early })).toMatchObject({ sent: 0 });

    delete process.env.SMTP_URL;
    expect(await sendDueReminders({ now: NOW })).toMatchObject({ sent: 0 });
    expect((await reminders())[0]).toMatchObject({ status: "PENDING", attempts: 0 });

    process.env.SMTP_URL = smtp.url;
    expect(await sendDueReminders({ now: NOW })).toMatchObject({ sent: 1 });
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("skips a reminder whose appointment was cancelled or whose consent was withdrawn after it was queued", async () => {
    const cancelledLater = await appointment();
    const withdrawnLater = await appointment();
    await enqueueDueReminders(NOW);
    await db.visit.update({ where: { id: cancelledLater.visitId }, data: { status: "CANCELLED", slotId: null } });
    await db.consent.updateMany({ where: { clientId: withdrawnLater.clientId }, data: { withdrawnAt: NOW } });

    expect(await sendDueReminders({ now: later(1) })).toMatchObject({ sent: 0, skipped: 2 });
    expect(smtp.received).toHaveLength(0);
    expect(await reminderOf(cancelledLater.visitId)).toMatchObject({ status: "SKIPPED", errorCode: "cancelled" });
    expect(await reminderOf(withdrawnLater.visitId)).toMatchObject({ status: "SKIPPED", errorCode: "no_consent" });
  });

  it("goes out the day before until 21:00: not later that evening, not in the night, not on the day itself", async () => {
    const lateEvening = amsterdamMoment("2026-12-09", 21 * 60 + 5);
    const bookedLate = await appointment({ minute: 600 });
    expect(await enqueueDueReminders(lateEvening)).toBe(1);
    expect(await sendDueReminders({ now: lateEvening })).toMatchObject({ sent: 0, skipped: 1 });
    expect(await reminderOf(bookedLate.visitId)).toMatchObject({ status: "SKIPPED", errorCode: "too_late" });

    // Queued in the morning, but no job ran until after midnight (the app was down): its "morgen"
    // would be wrong now, though the appointment is still to come.
    const queuedEarly = await appointment({ minute: 900 });
    await enqueueDueReminders(NOW);
    expect(await sendDueReminders({ now: amsterdamMoment(TOMORROW, 30) })).toMatchObject({ sent: 0, skipped: 1 });
    expect(await reminderOf(queuedEarly.visitId)).toMatchObject({ status: "SKIPPED", errorCode: "too_late" });

    const justInTime = await appointment({ minute: 960 });
    await enqueueDueReminders(NOW);
    expect(await sendDueReminders({ now: amsterdamMoment("2026-12-09", 20 * 60 + 55) })).toMatchObject({ sent: 1 });
    expect(mailsTo(justInTime.email)).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });

  it("an appointment moved away and back to its time is reminded of it after all", async () => {
    const booked = await appointment();
    await enqueueDueReminders(NOW);
    const friday = amsterdamMoment("2026-12-11", 660);
    await db.visit.update({ where: { id: booked.visitId }, data: { plannedStartsAt: friday } });
    expect(await sendDueReminders({ now: later(1) })).toMatchObject({ sent: 0, skipped: 1 });
    expect(await reminderOf(booked.visitId)).toMatchObject({ status: "SKIPPED", errorCode: "moved" });

    await db.visit.update({ where: { id: booked.visitId }, data: { plannedStartsAt: booked.startsAt } });
    expect(await enqueueDueReminders(later(10))).toBe(1);
    expect(await sendDueReminders({ now: later(11) })).toMatchObject({ sent: 1 });
    expect(mailsTo(booked.email)[0].text).toContain("van 10:00 tot 10:30 uur");
    expect(await reminderOf(booked.visitId)).toMatchObject({ status: "SENT", attempts: 1 });
    // Once sent, a further run changes nothing.
    expect(await enqueueDueReminders(later(20))).toBe(0);
  });
});

describe("the reminder mail", () => {
  it("is in the client's language with the time, the place, what to bring and a working personal link", async () => {
    const booked = await appointment({ locale: "tr", name: "Ayşe", minute: 630 });
    await enqueueDueReminders(NOW);
    await sendDueReminders({ now: NOW });
    const [mail] = mailsTo(booked.email);
    expect(mail.subject).toBe("Hatırlatma: yarınki danışma saati randevunuz, saat 10:30");
    expect(mail.text).toContain("Merhaba Ayşe,");
    expect(mail.text).toContain("Ne zaman: Perşembe 10 Aralık 2026, 10:30 ile 11:00 arası");
    expect(mail.text).toContain("Nerede: ");
    expect(mail.text).toContain("Teststraat 1, 1234 AB Teststad");
    expect(mail.text).toContain("Yanınızda getirin:");
    expect(mail.text).toContain("Gelemiyor musunuz?");

    // A link of its own, stored as a hash only, that opens this appointment until the half hour ends.
    const secret = secretIn(mail);
    expect(secret).not.toBe("");
    const linked = await findAppointmentByLink(secret, NOW);
    expect(linked).toMatchObject({ visitId: booked.visitId, changeable: true, locale: "tr" });
    const link = await db.appointmentLink.findFirstOrThrow({ where: { visitId: booked.visitId } });
    expect(link.expiresAt).toEqual(booked.endsAt);

    // The record says what was sent and when, never to whom or what.
    const row = await reminderOf(booked.visitId);
    expect(row).toMatchObject({ status: "SENT", sentAt: NOW, attempts: 1, errorCode: null });
    const stored = JSON.stringify(row);
    for (const personal of [booked.email!, secret, "Ayşe"]) expect(stored).not.toContain(personal);
  });

  it("is in Dutch for a client who chose Dutch, and the desk shows that it went out", async () => {
    const booked = await appointment({ name: "Jan" });
    await enqueueDueReminders(NOW);
    await sendDueReminders({ now: NOW });
    const [mail] = mailsTo(booked.email);
    expect(mail.subject).toBe("Herinnering: morgen om 10:00 uur je afspraak bij het spreekuur");
    expect(mail.text).toContain("Beste Jan,");
    expect(mail.text).toContain("Wanneer: donderdag 10 december 2026, van 10:00 tot 10:30 uur");
    expect(mail.text).toContain("Neem mee: de brief, je identiteitsbewijs en papieren over je inkomen.");
    expect(mail.text).toMatch(LINK);

    // Tomorrow at the desk: the host sees that the reminder went out.
    const desk = await getTodaysDesk(hostActor, { locationId, now: amsterdamMoment(TOMORROW, 9 * 60) });
    const visit = desk.sessions.flatMap((session) => session.visits).find((found) => found.id === booked.visitId);
    expect(visit?.reminder).toBe("SENT");
  });

  it("a moved appointment gets a reminder of its new time, not of the old one", async () => {
    const booked = await appointment();
    await enqueueDueReminders(NOW);
    // Moved to Friday before the reminder went out.
    const friday = amsterdamMoment("2026-12-11", 660);
    await db.visit.update({ where: { id: booked.visitId }, data: { plannedStartsAt: friday, slotId: null } });
    expect(await sendDueReminders({ now: NOW })).toMatchObject({ sent: 0, skipped: 1 });
    expect(await reminderOf(booked.visitId)).toMatchObject({ status: "SKIPPED", errorCode: "moved" });

    const thursday = amsterdamMoment(TOMORROW, 600);
    expect(await enqueueDueReminders(thursday)).toBe(1);
    expect(await sendDueReminders({ now: thursday })).toMatchObject({ sent: 1 });
    const [mail] = mailsTo(booked.email);
    expect(mail.text).toContain("Wanneer: vrijdag 11 december 2026, van 11:00 tot 11:30 uur");
    const rows = await db.appointmentReminder.findMany({ where: { visitId: booked.visitId } });
    expect(rows.map((row) => [row.forStartsAt.toISOString(), row.status]).sort()).toEqual(
      [
        [booked.startsAt.toISOString(), "SKIPPED"],
        [friday.toISOString(), "SENT"],
      ].sort(),
    );
  });
});

describe("sending: retried when refused, at most once", () => {
  it("takes only a refusal of the mail server, or a connection never made, for a mail not sent", () => {
    expect(notHandedOver({ responseCode: 451 })).toBe(true);
    expect(notHandedOver({ responseCode: 550 })).toBe(true);
    // nodemailer reads a code from a line left over when the connection closes: that mail went out.
    expect(notHandedOver({ responseCode: 250 })).toBe(false);
    // A socket error is a "CONN" error also in the middle of DATA: it may have gone out.
    expect(notHandedOver({ code: "ETIMEDOUT", command: "CONN" })).toBe(false);
    expect(notHandedOver({ code: "ECONNREFUSED", syscall: "connect" })).toBe(true);
    expect(notHandedOver({ code: "ETIMEDOUT", command: "DATA" })).toBe(false);
    expect(notHandedOver({ code: "ECONNRESET" })).toBe(false);
  });

  it("a refused mail and a mail server that cannot be reached are tried again later, then sent", async () => {
    const { visitId, email } = await appointment();
    await enqueueDueReminders(NOW);

    // No mail server listens on the port: the connection never opened.
    const gone = await refusingServer(451);
    await gone.stop();
    process.env.SMTP_URL = gone.url;
    expect(await sendDueReminders({ now: NOW })).toMatchObject({ retried: 1 });
    expect(await reminderOf(visitId)).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: later(5) });

    const refusing = await refusingServer(451);
    process.env.SMTP_URL = refusing.url;
    expect(await sendDueReminders({ now: later(1) })).toMatchObject({ retried: 0, sent: 0 });
    expect(await sendDueReminders({ now: later(5) })).toMatchObject({ retried: 1 });
    expect(await reminderOf(visitId)).toMatchObject({
      status: "PENDING",
      attempts: 2,
      errorCode: "smtp_451",
      nextAttemptAt: later(20),
    });
    await refusing.stop();
    // A refused mail leaves no link behind.
    expect(await db.appointmentLink.count({ where: { visitId } })).toBe(0);

    process.env.SMTP_URL = smtp.url;
    expect(await sendDueReminders({ now: later(20) })).toMatchObject({ sent: 1 });
    expect(mailsTo(email)).toHaveLength(1);
    expect(await reminderOf(visitId)).toMatchObject({ status: "SENT", attempts: 3, errorCode: null });
    expect(await db.appointmentLink.count({ where: { visitId } })).toBe(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} refusals`, async () => {
    const { visitId } = await appointment();
    await enqueueDueReminders(NOW);
    const refusing = await refusingServer(550);
    process.env.SMTP_URL = refusing.url;
    let at = NOW;
    for (const wait of [0, 5, 15, 45]) {
      at = later(wait, at);
      await sendDueReminders({ now: at });
    }
    await refusing.stop();
    expect(await reminderOf(visitId)).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
      errorCode: "smtp_550",
    });
    process.env.SMTP_URL = smtp.url;
    expect(await sendDueReminders({ now: later(120, at) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(0);

    const desk = await getTodaysDesk(hostActor, { locationId, now: amsterdamMoment(TOMORROW, 9 * 60) });
    const visit = desk.sessions.flatMap((session) => session.visits).find((found) => found.id === visitId);
    expect(visit?.reminder).toBe("FAILED");
  });

  it("two jobs at once send each reminder once", async () => {
    const booked = await Promise.all(Array.from({ length: 8 }, (_, i) => appointment({ minute: 600 + 30 * (i % 4) })));
    await Promise.all([enqueueDueReminders(NOW), enqueueDueReminders(NOW)]);
    expect(await db.appointmentReminder.count()).toBe(8);
    const [first, second] = await Promise.all([sendDueReminders({ now: NOW }), sendDueReminders({ now: NOW })]);
    expect(first.sent + second.sent).toBe(8);
    expect(
      smtp.received
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual(booked.map((b) => b.email).sort());
  });

  it("the job's lock lets one process run it at a time", async () => {
    let inside = 0;
    let most = 0;
    const job = async () => {
      most = Math.max(most, ++inside);
      await new Promise((resolve) => setTimeout(resolve, 200));
      inside--;
      return "ran";
    };
    const results = await Promise.all([withJobLock(JOB_LOCKS.reminders, job), withJobLock(JOB_LOCKS.reminders, job)]);
    expect(results.sort()).toEqual([null, "ran"].sort());
    expect(most).toBe(1);
  });

  it("a restart during sending sends each reminder once: a claim whose process died is never sent again", async () => {
    const both = [await appointment(), await appointment({ minute: 630 })];
    await enqueueDueReminders(NOW);
    // A job claims one reminder (committed) and dies before the mail server answers.
    const claimed = await claimNextReminder(NOW);
    const abandoned = both.find((booked) => booked.visitId === claimed?.visitId)!;
    const other = both.find((booked) => booked !== abandoned)!;
    expect(abandoned).toBeDefined();

    // The next run, five minutes later, sends the other one, and leaves the claimed one alone.
    expect(await sendDueReminders({ now: later(5) })).toMatchObject({ sent: 1, uncertain: 0 });
    expect(mailsTo(other.email)).toHaveLength(1);
    // Once the claim is older than any send takes, it is recorded as uncertain: never sent again.
    expect(await sendDueReminders({ now: new Date(NOW.getTime() + CLAIM_STALE_MS + MINUTE) })).toMatchObject({
      sent: 0,
      uncertain: 1,
    });
    expect(await sendDueReminders({ now: later(120) })).toMatchObject({ sent: 0, uncertain: 0 });
    expect(mailsTo(abandoned.email)).toHaveLength(0);
    expect(await reminderOf(abandoned.visitId)).toMatchObject({
      status: "UNCERTAIN",
      errorCode: "interrupted",
      attempts: 1,
    });
  });

  it("a restart during sending sends each reminder once: the job's process killed while the mail server holds the mail", async () => {
    const booked = await appointment();
    await enqueueDueReminders(NOW);

    // A mail server that takes the whole mail and then never answers: the job waits for its "250".
    let gotMail: () => void = () => {};
    const mailTaken = new Promise<void>((resolve) => (gotMail = resolve));
    const holding = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      closeTimeout: 100,
      onData: (stream) => {
        stream.resume();
        stream.on("end", () => gotMail());
      },
    });
    await new Promise<void>((resolve) => holding.listen(0, "127.0.0.1", () => resolve()));
    const { port } = holding.server.address() as AddressInfo;

    // The real job (scripts/reminders.ts) as its own process: node --import tsx, so SIGKILL hits it.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/reminders.ts")], {
      cwd: ROOT,
      env: {
        ...process.env,
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        SPREEKUUR_CLOCK: NOW.toISOString(),
        SPREEKUUR_CLOCK_OFFSET_MS: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once("exit", (code, signal) => resolve(signal ?? code)),
    );
    await Promise.race([
      mailTaken,
      exited.then((outcome) => Promise.reject(new Error(`the job ended (${outcome}) before sending: ${output}`))),
    ]);
    expect(await reminderOf(booked.visitId)).toMatchObject({ status: "SENDING", attempts: 1 });
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    await new Promise<void>((resolve) => holding.close(() => resolve()));

    // Restarted: the next runs never send it again, and record that it may have gone out.
    expect(await sendDueReminders({ now: later(5) })).toMatchObject({ sent: 0 });
    expect(await sendDueReminders({ now: new Date(NOW.getTime() + CLAIM_STALE_MS + 5 * MINUTE) })).toMatchObject({
      sent: 0,
      uncertain: 1,
    });
    expect(await sendDueReminders({ now: later(60) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await reminderOf(booked.visitId)).toMatchObject({ status: "UNCERTAIN", attempts: 1 });
    // Nothing of the mail in the job's output.
    expect(output).not.toContain(booked.email);
  });
});
