import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BookedOnline, bookOnline } from "@/lib/booking/book-online";
import { admitBookingConfirmation, sendBookingConfirmation } from "@/lib/booking/confirmation-mail";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import {
  admitPublicSubmission,
  MAX_CONFIRMATIONS_PER_MAILBOX,
  MAX_PER_ADDRESS,
  MAX_PER_CONTACT,
  networkOf,
} from "@/lib/security/public-form-limit";
import { fingerprint } from "../support/db-fingerprint";
import { createOrganisation, createUser } from "../support/factories";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

// Tuesday 8 December 2026, 09:00 in Amsterdam.
const now = new Date("2026-12-08T08:00:00Z");
const DAY = "2026-12-08";
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

let organisationId: string;
let slug: string;
let sessionId: string;
let phoneNumbers = 0;
const nextPhone = () => `06 ${30_000_000 + ++phoneNumbers}`;

beforeAll(async () => {
  const { organisation, location } = await createOrganisation("Bibliotheek Limiet");
  organisationId = organisation.id;
  slug = location.slug;
  await db.location.update({ where: { id: location.id }, data: { onlineBooking: true } });
  const advisor = await createUser(organisationId, "ADVISOR");
  const session = await db.session.create({
    data: {
      organisationId,
      locationId: location.id,
      startsAt: amsterdamMoment(DAY, 600),
      endsAt: amsterdamMoment(DAY, 720),
    },
  });
  sessionId = session.id;
  for (let minute = 600; minute < 720; minute += 30)
    await db.slot.create({
      data: {
        organisationId,
        sessionId,
        advisorId: advisor.id,
        startsAt: amsterdamMoment(DAY, minute),
        endsAt: amsterdamMoment(DAY, minute + 30),
      },
    });
});

async function slotAt(minute: number) {
  return db.slot.findFirstOrThrow({ where: { sessionId, startsAt: amsterdamMoment(DAY, minute) } });
}

const booking = async (extra: Record<string, unknown> = {}) => ({
  locationSlug: slug,
  slotId: (await slotAt(660)).id,
  name: "Noor",
  phone: nextPhone(),
  email: "",
  consent: true,
  locale: "nl",
  website: "",
  ...extra,
});

/** A well-formed booking of a half hour that is not there: refused, and counted as a submission. */
const miss = async (extra: Record<string, unknown> = {}) => booking({ slotId: "bestaat-niet", ...extra });

describe("the limits of the online booking form", () => {
  it("refuses one address after its limit in the hour with a clear answer, and writes nothing", async () => {
    const origin = { ipAddress: "198.51.100.1", userAgent: "test" };
    for (let index = 0; index < MAX_PER_ADDRESS; index++)
      expect(await bookOnline(await miss(), { now, origin })).toEqual({ ok: false, refusal: "slotGone" });

    const before = await fingerprint();
    expect(await bookOnline(await booking(), { now: later(30), origin })).toEqual({
      ok: false,
      refusal: "tooManyTries",
    });
    // Not a client, a visit, a consent, a link nor the refused submission itself.
    expect(await fingerprint()).toEqual(before);

    // Another address is another library computer; an hour after the first tries, the address may again.
    const other = await bookOnline(await booking(), { now: later(30), origin: { ipAddress: "198.51.100.2" } });
    expect(other.ok).toBe(true);
    const again = await bookOnline(await booking({ slotId: (await slotAt(690)).id }), {
      now: later(61),
      origin,
    });
    expect(again.ok).toBe(true);
  });

  it("refuses a phone number after its limit, written either way, and answers alike whether the library knows it", async () => {
    const known = "06 4444 5555";
    await db.client.create({ data: { organisationId, displayName: "Bekend", phone: "0644445555" } });
    const unknown = "06 4444 6666";
    for (let index = 0; index < MAX_PER_CONTACT; index++) {
      await bookOnline(await miss({ phone: index % 2 ? known : "+31 6 4444 5555" }), { now });
      await bookOnline(await miss({ phone: unknown }), { now });
    }
    const before = await fingerprint();
    const answers = [
      await bookOnline(await booking({ phone: known }), { now }),
      await bookOnline(await booking({ phone: unknown }), { now }),
    ];
    expect(answers).toEqual([
      { ok: false, refusal: "tooManyTries" },
      { ok: false, refusal: "tooManyTries" },
    ]);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses an e-mail address after its limit, in any letters, also with another phone number", async () => {
    for (let index = 0; index < MAX_PER_CONTACT; index++)
      await bookOnline(await miss({ email: index % 2 ? "Noor@Voorbeeld.NL" : "noor@voorbeeld.nl" }), { now });
    expect(await bookOnline(await booking({ email: "NOOR@voorbeeld.nl" }), { now })).toEqual({
      ok: false,
      refusal: "tooManyTries",
    });
    const slotId = (await slotAt(630)).id;
    expect(await bookOnline(await booking({ slotId, email: "", phone: nextPhone() }), { now: later(1) })).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it("counts a number per network: someone who tries a client's number cannot lock the client out", async () => {
    const victim = "06 5555 1212";
    for (let index = 0; index < MAX_PER_CONTACT; index++)
      await bookOnline(await miss({ phone: victim }), { now, origin: { ipAddress: "198.51.100.66" } });
    expect(await bookOnline(await miss({ phone: victim }), { now, origin: { ipAddress: "198.51.100.66" } })).toEqual({
      ok: false,
      refusal: "tooManyTries",
    });
    // From the client's own connection the number is free: the limit tells them nothing of the other.
    expect(await bookOnline(await miss({ phone: victim }), { now, origin: { ipAddress: "203.0.113.77" } })).toEqual({
      ok: false,
      refusal: "slotGone",
    });
  });

  it("counts an IPv6 connection by its /64, and an IPv4 address written as IPv6 as itself", async () => {
    expect(networkOf("2001:db8:aa:1::5")).toBe("2001:db8:aa:1::/64");
    expect(networkOf("2001:0db8:00aa:0001:ffff:1:2:3")).toBe("2001:db8:aa:1::/64");
    expect(networkOf("::ffff:192.0.2.9")).toBe("192.0.2.9");
    expect(networkOf("192.0.2.9")).toBe("192.0.2.9");
    for (let index = 0; index < MAX_PER_ADDRESS; index++)
      expect(
        await admitPublicSubmission("booking", { address: `2001:db8:bb:2::${index + 1}`, contacts: [] }, now),
      ).toBe(true);
    expect(await admitPublicSubmission("booking", { address: "2001:db8:bb:2:9:9:9:9", contacts: [] }, now)).toBe(false);
    expect(await admitPublicSubmission("booking", { address: "2001:db8:bb:3::1", contacts: [] }, now)).toBe(true);
  });

  it("lets exactly the limit through when one address sends many at once", async () => {
    const from = { address: "198.51.100.9", contacts: [] };
    const admitted = await Promise.all(
      Array.from({ length: MAX_PER_ADDRESS + 10 }, () => admitPublicSubmission("booking", from, now)),
    );
    expect(admitted.filter(Boolean)).toHaveLength(MAX_PER_ADDRESS);
  });

  it("keeps no address, number or e-mail address readable, and forgets submissions after a day", async () => {
    await admitPublicSubmission("booking", { address: "203.0.113.5", contacts: ["0655556666", "a@b.nl"] }, now);
    const stored = await db.publicFormAttempt.findMany({ where: { attemptedAt: now } });
    const text = JSON.stringify(stored, (_, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    for (const secret of ["203.0.113.5", "0655556666", "655556666", "a@b.nl"]) expect(text).not.toContain(secret);

    await admitPublicSubmission("booking", { address: "203.0.113.6", contacts: [] }, later(25 * 60));
    expect(await db.publicFormAttempt.count({ where: { attemptedAt: { lte: later(60) } } })).toBe(0);
  });
});

describe("booking confirmations to one mailbox", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.stop();
  });

  const booked = (email: string): BookedOnline => ({
    visitId: `visit-${email}`,
    linkSecret: "x".repeat(43),
    startsAt: amsterdamMoment(DAY, 660),
    endsAt: amsterdamMoment(DAY, 690),
    locale: "nl",
    replayed: false,
    name: "Noor",
    email,
    location: { slug, name: "Centrale", street: "Markt 1", postcode: "1234 AB", city: "Teststad" },
  });

  // What the booking action does: decide, then (after the answer) send.
  const confirm = async (booking: BookedOnline, at: Date) =>
    (await admitBookingConfirmation(booking, at)) && sendBookingConfirmation(booking);

  it("stops at the day's limit, whichever network booked: the booking stands, the mailbox gets no more", async () => {
    const victim = "iemand@example.test";
    const sent = [];
    for (let index = 0; index <= MAX_CONFIRMATIONS_PER_MAILBOX; index++)
      sent.push(await confirm(booked(victim), later(index)));
    expect(sent).toEqual([...Array<boolean>(MAX_CONFIRMATIONS_PER_MAILBOX).fill(true), false]);
    expect(smtp.received.filter((mail) => mail.to.includes(victim))).toHaveLength(MAX_CONFIRMATIONS_PER_MAILBOX);
    // In other letters it is the same mailbox; another mailbox is not held up.
    expect(await confirm(booked("IEMAND@example.test"), later(10))).toBe(false);
    expect(await confirm(booked("ander@example.test"), later(10))).toBe(true);
    // A day after the first, one goes again.
    expect(await confirm(booked(victim), later(24 * 60 + 1))).toBe(true);
    // A form sent again was mailed the first time: neither mailed nor counted again.
    expect(await admitBookingConfirmation({ ...booked("ander@example.test"), replayed: true }, later(11))).toBe(false);
  });
});
