import { beforeAll, describe, expect, it } from "vitest";
import { hashLinkSecret } from "@/lib/auth/one-time-link";
import { bookOnline } from "@/lib/booking/book-online";
import { cancelByLink, findAppointmentByLink, moveByLink } from "@/lib/booking/manage";
import { findBookingLocation, listOpenSlots } from "@/lib/booking/queries";
import { anonymiseClient } from "@/lib/privacy/anonymise";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { getTodaysDesk } from "@/lib/desk/queries";
import { publicTranslator } from "@/lib/public/locales";
import { fingerprint } from "../support/db-fingerprint";
import { actorOf, createOrganisation, createUser, seedLegalDomains } from "../support/factories";

// Tuesday 8 December 2026, 09:00 in Amsterdam; the sessions are that day and the next weeks.
const now = new Date("2026-12-08T08:00:00Z");
const DAY = "2026-12-08";

let organisationId: string;
let slug: string;
let otherSlug: string;
let categoryId: string;
let subDomainCode: string;
let advisorIds: string[];
let hostActor: ReturnType<typeof actorOf>;
let session: { id: string };
let locationId: string;

/** A session of 10:00–12:00 at a location with half hours for each advisor. */
async function sessionWithSlots(
  day: string,
  data: { locationId?: string; organisationId?: string; mode?: "WALK_IN" | "APPOINTMENT"; status?: "CANCELLED" } = {},
  advisors = advisorIds,
) {
  const created = await db.session.create({
    data: {
      organisationId: data.organisationId ?? organisationId,
      locationId: data.locationId ?? locationId,
      startsAt: amsterdamMoment(day, 600),
      endsAt: amsterdamMoment(day, 720),
      mode: data.mode,
      status: data.status,
    },
  });
  for (const advisorId of advisors)
    for (let minute = 600; minute < 720; minute += 30)
      await db.slot.create({
        data: {
          organisationId: data.organisationId ?? organisationId,
          sessionId: created.id,
          advisorId,
          startsAt: amsterdamMoment(day, minute),
          endsAt: amsterdamMoment(day, minute + 30),
        },
      });
  return created;
}

async function slotAt(sessionId: string, minute: number, day = DAY) {
  return db.slot.findFirstOrThrow({
    where: { sessionId, startsAt: amsterdamMoment(day, minute) },
    orderBy: { id: "asc" },
  });
}

let phoneNumbers = 0;
/** Each booking from another client's phone unless a test says so: a phone counts towards the limits. */
const nextPhone = () => `06 ${20_000_000 + ++phoneNumbers}`;

const booking = (slotId: string, extra: Record<string, unknown> = {}) => ({
  locationSlug: slug,
  slotId,
  topic: "sociale-zekerheid",
  name: "Ayşe",
  phone: nextPhone(),
  email: "",
  consent: true,
  reminder: false,
  locale: "tr",
  website: "",
  ...extra,
});

/**
 * Every table but the count of submissions towards the public form's limits: a refused booking
 * still counts as a submission (what a script sends is mostly refused), and writes nothing else.
 */
async function bookingData() {
  const tables = await fingerprint();
  delete tables.PublicFormAttempt;
  return tables;
}

async function counts() {
  const where = { organisationId };
  const [clients, visits, consents, links] = await Promise.all([
    db.client.count({ where }),
    db.visit.count({ where }),
    db.consent.count({ where }),
    db.appointmentLink.count({ where }),
  ]);
  return { clients, visits, consents, links };
}

beforeAll(async () => {
  const domains = await seedLegalDomains();
  categoryId = domains.get("sociale-zekerheid")!;
  subDomainCode = (await db.legalDomain.findFirstOrThrow({ where: { parentId: { not: null } } })).code;
  const { organisation, location } = await createOrganisation("Bibliotheek Online");
  organisationId = organisation.id;
  locationId = location.id;
  slug = location.slug;
  await db.location.update({ where: { id: location.id }, data: { onlineBooking: true } });
  advisorIds = [(await createUser(organisationId, "ADVISOR")).id, (await createUser(organisationId, "ADVISOR")).id];
  hostActor = actorOf(await createUser(organisationId, "HOST", { homeLocationId: location.id }));
  session = await sessionWithSlots(DAY);

  // Another location of the same library that does not take bookings online.
  const closed = await db.location.create({
    data: {
      organisationId,
      slug: `${slug}-dicht`,
      name: "Filiaal",
      street: "Laan 2",
      postcode: "1234 AC",
      city: "Teststad",
    },
  });
  otherSlug = closed.slug;
  await sessionWithSlots("2026-12-09", { locationId: closed.id });
});

describe("the half hours a client can book online", () => {
  it("lists each free moment once, from now on, not walk-in-only or cancelled sessions", async () => {
    await sessionWithSlots("2026-12-10", { mode: "WALK_IN" });
    await sessionWithSlots("2026-12-15", { status: "CANCELLED" });
    const appointmentsOnly = await sessionWithSlots("2026-12-17", { mode: "APPOINTMENT" });
    const slots = await listOpenSlots((await findBookingLocation(slug))!, new Date("2026-12-08T09:45:00Z"));
    // 10:45 Amsterdam: the 10:00 and 10:30 half hours have begun.
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      "2026-12-08T10:00:00.000Z",
      "2026-12-08T10:30:00.000Z",
      ...[0, 30, 60, 90].map((minutes) => new Date(amsterdamMoment("2026-12-17", 600 + minutes)).toISOString()),
    ]);
    expect(await db.slot.count({ where: { sessionId: appointmentsOnly.id } })).toBe(8);
  });

  it("finds no location to book at where online booking is off or the address is no slug", async () => {
    expect(await findBookingLocation(otherSlug)).toBeNull();
    expect(await findBookingLocation("Bestaat Niet")).toBeNull();
    expect(await findBookingLocation(42)).toBeNull();
  });
});

describe("booking a half hour online", () => {
  it("writes a new client with only what they left, the consent, the appointment and a hashed link", async () => {
    const slot = await slotAt(session.id, 660);
    const answer = await bookOnline(
      booking(slot.id, { phone: "06 1234 5678", email: " Ayse@Voorbeeld.NL ", reminder: true }),
      {
        now,
        origin: { ipAddress: "192.0.2.7", userAgent: "test" },
      },
    );
    if (!answer.ok) throw new Error(answer.refusal);
    const { visitId, linkSecret, startsAt, endsAt, location } = answer.value;
    expect([startsAt, endsAt]).toEqual([slot.startsAt, slot.endsAt]);
    expect(location.slug).toBe(slug);
    expect(answer.value.email).toBe("ayse@voorbeeld.nl");

    const visit = await db.visit.findUniqueOrThrow({ where: { id: visitId }, include: { client: true, links: true } });
    expect(visit).toMatchObject({
      kind: "APPOINTMENT",
      status: "BOOKED",
      bookedVia: "ONLINE",
      slotId: slot.id,
      sessionId: session.id,
      locationId,
      categoryId,
      plannedStartsAt: slot.startsAt,
      registeredById: null,
    });
    expect(visit.client).toMatchObject({
      displayName: "Ayşe",
      phone: "0612345678",
      email: "ayse@voorbeeld.nl",
      preferredLanguage: "tr",
      birthYear: null,
      postcodeArea: null,
    });
    expect(visit.links).toHaveLength(1);
    expect(visit.links[0].tokenHash).toBe(hashLinkSecret(linkSecret));
    expect(visit.links[0].tokenHash).not.toContain(linkSecret);
    expect(visit.links[0].expiresAt).toEqual(slot.endsAt);

    const consents = await db.consent.findMany({ where: { clientId: visit.clientId }, orderBy: { purpose: "asc" } });
    // In the words of the Turkish page the client agreed on.
    const turkish = publicTranslator("tr");
    expect(consents.map((consent) => [consent.purpose, consent.givenAt, consent.scope])).toEqual([
      ["ONLINE_BOOKING", now, turkish("booking.consentText")],
      ["APPOINTMENT_REMINDER", now, turkish("booking.reminder")],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: visitId } });
    expect(audit).toMatchObject({
      action: "visit.book_online",
      organisationId,
      actorId: null,
      clientId: visit.clientId,
      ipAddress: "192.0.2.7",
    });
  });

  it("shows the host the online appointment at the desk like any other", async () => {
    const desk = await getTodaysDesk(hostActor, { locationId, now });
    const visits = desk.sessions.flatMap((deskSession) => deskSession.visits);
    expect(visits.some((visit) => visit.client.displayName === "Ayşe" && visit.status === "BOOKED")).toBe(true);
  });

  it("asks no reminder consent without an e-mail address", async () => {
    const answer = await bookOnline(booking((await slotAt(session.id, 690)).id, { reminder: true }), { now });
    if (!answer.ok) throw new Error(answer.refusal);
    const visit = await db.visit.findUniqueOrThrow({ where: { id: answer.value.visitId } });
    expect(await db.consent.count({ where: { clientId: visit.clientId } })).toBe(1);
  });

  it("gives one of 20 clients who pick the same half hour at once the half hour, and the others a clear no", async () => {
    const single = await sessionWithSlots("2026-12-22", {}, [advisorIds[0]]);
    const slot = await slotAt(single.id, 600, "2026-12-22");
    const before = await counts();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => bookOnline(booking(slot.id, { name: `Cliënt ${index}` }), { now })),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    for (const answer of answers.filter((answer) => !answer.ok))
      expect(answer).toEqual({ ok: false, refusal: "slotTaken" });
    expect(await db.visit.count({ where: { slotId: slot.id } })).toBe(1);
    const after = await counts();
    expect(after).toEqual({
      clients: before.clients + 1,
      visits: before.visits + 1,
      consents: before.consents + 1,
      links: before.links + 1,
    });
  });
});

describe("the same form sent twice", () => {
  it("gives the second submit the first one's appointment with a fresh link, and books once", async () => {
    const slot = await slotAt(session.id, 630, DAY);
    const submissionId = crypto.randomUUID();
    const [first, second] = await Promise.all([
      bookOnline(booking(slot.id, { submissionId, name: "Dubbelklik", phone: "06 1111 2222" }), { now }),
      bookOnline(booking(slot.id, { submissionId, name: "Dubbelklik", phone: "06 1111 2222" }), { now }),
    ]);
    if (!first.ok || !second.ok) throw new Error("both submits must answer the appointment");
    expect(second.value.visitId).toBe(first.value.visitId);
    expect([first.value.replayed, second.value.replayed].sort()).toEqual([false, true]);
    expect(second.value.linkSecret).not.toBe(first.value.linkSecret);
    expect(await db.visit.count({ where: { slotId: slot.id } })).toBe(1);
    const links = await db.appointmentLink.findMany({ where: { visitId: first.value.visitId } });
    expect(links.map((link) => link.tokenHash).sort()).toEqual(
      [hashLinkSecret(first.value.linkSecret), hashLinkSecret(second.value.linkSecret)].sort(),
    );
    await db.visit.delete({ where: { id: first.value.visitId } });
  });

  it("books anew for someone else who comes back to the same form with their own details", async () => {
    const slot = await slotAt(session.id, 630, DAY);
    const submissionId = crypto.randomUUID();
    const first = await bookOnline(booking(slot.id, { submissionId, name: "Eerste" }), { now });
    const next = await bookOnline(booking(slot.id, { submissionId, name: "Volgende" }), { now });
    expect(first.ok).toBe(true);
    expect(next).toEqual({ ok: false, refusal: "slotTaken" });
    if (first.ok) await db.visit.delete({ where: { id: first.value.visitId } });
  });

  it("books anew, not a replay, once the first appointment was cancelled or the window has passed", async () => {
    const slot = await slotAt(session.id, 630, DAY);
    const submissionId = crypto.randomUUID();
    const same = () => booking(slot.id, { submissionId, name: "Terug", phone: "06 3333 4444" });
    const first = await bookOnline(same(), { now });
    if (!first.ok) throw new Error(first.refusal);
    expect(await cancelByLink(first.value.linkSecret, { now })).toEqual({
      ok: true,
      freed: { locationId, slotId: slot.id },
    });
    const again = await bookOnline(same(), { now });
    if (!again.ok) throw new Error(again.refusal);
    expect(again.value.replayed).toBe(false);
    expect(again.value.visitId).not.toBe(first.value.visitId);
    expect(await cancelByLink(again.value.linkSecret, { now })).toMatchObject({ ok: true });
    const later = await bookOnline(same(), { now: new Date(now.getTime() + 20 * 60_000) });
    if (!later.ok) throw new Error(later.refusal);
    expect(later.value.replayed).toBe(false);
    await db.visit.deleteMany({
      where: { id: { in: [first.value.visitId, again.value.visitId, later.value.visitId] } },
    });
  });

  it("refuses a key that is not a form's", async () => {
    const before = await bookingData();
    const answer = await bookOnline(booking((await slotAt(session.id, 630)).id, { submissionId: "x" }), { now });
    expect(answer).toEqual({ ok: false, refusal: "notAccepted" });
    expect(await bookingData()).toEqual(before);
  });
});

describe("a booking that cannot be taken writes nothing", () => {
  it.each([
    ["a location without online booking", () => ({ locationSlug: otherSlug }), "bookingClosed"],
    ["an unknown location", () => ({ locationSlug: "bestaat-niet" }), "bookingClosed"],
    ["a half hour of another location", async () => ({ slotId: (await otherLocationSlot()).id }), "slotGone"],
    ["a half hour that began", async () => ({ slotId: (await slotAt(session.id, 600)).id }), "slotGone"],
    ["no half hour", () => ({ slotId: "" }), "chooseSlot"],
    ["a sub-domain as the topic", () => ({ topic: subDomainCode }), "chooseTopic"],
    ["a topic that does not exist", () => ({ topic: "x".repeat(300) }), "chooseTopic"],
    ["no name", () => ({ name: "  " }), "nameRequired"],
    ["a name of 51 characters", () => ({ name: "a".repeat(51) }), "nameTooLong"],
    ["neither phone nor e-mail", () => ({ phone: "", email: "" }), "contactRequired"],
    ["a phone number with letters", () => ({ phone: "06-abc" }), "phoneInvalid"],
    ["an e-mail address without @", () => ({ phone: "", email: "ayse.voorbeeld.nl" }), "emailInvalid"],
    ["no consent", () => ({ consent: false }), "consentRequired"],
    ["the consent as a string", () => ({ consent: "on" }), "consentRequired"],
    ["the trap field filled in", () => ({ website: "https://spam.example" }), "notAccepted"],
    ["a location slug that is not text", () => ({ locationSlug: ["x"] }), "bookingClosed"],
  ] as const)("%s", async (_, change, refusal) => {
    const before = await bookingData();
    const slot = await slotAt(session.id, 630);
    const answer = await bookOnline(booking(slot.id, await change()), { now: new Date("2026-12-08T09:15:00Z") });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.refusal).toBe(refusal);
    expect(await bookingData()).toEqual(before);
    expect(await db.visit.count({ where: { slotId: slot.id } })).toBe(0);
  });

  it("a half hour in a session cancelled meanwhile", async () => {
    const cancelled = await sessionWithSlots("2026-12-29");
    await db.session.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const before = await bookingData();
    const answer = await bookOnline(booking((await slotAt(cancelled.id, 600, "2026-12-29")).id), { now });
    expect(answer).toEqual({ ok: false, refusal: "slotGone" });
    expect(await bookingData()).toEqual(before);
  });

  it("names the field of every refusal, without the trap field's detail", async () => {
    const answer = await bookOnline(booking((await slotAt(session.id, 630)).id, { name: "", phone: "x", email: "y" }), {
      now,
    });
    expect(answer).toEqual({
      ok: false,
      refusal: "nameRequired",
      fields: { name: "nameRequired", phone: "phoneInvalid", email: "emailInvalid" },
    });
    const trapped = await bookOnline(booking("", { name: "", website: "x" }), { now });
    expect(trapped).toEqual({ ok: false, refusal: "notAccepted" });
    // A box sent as a browser sends it, not as the action turns it into: no reminder, no refusal.
    const odd = await bookOnline(booking("", { reminder: "on", consent: "yes" }), { now });
    expect(odd).toEqual({
      ok: false,
      refusal: "chooseSlot",
      fields: { slotId: "chooseSlot", consent: "consentRequired" },
    });
  });
});

async function otherLocationSlot() {
  const otherLocation = await db.location.findFirstOrThrow({ where: { slug: otherSlug } });
  return db.slot.findFirstOrThrow({
    where: { session: { locationId: otherLocation.id } },
    orderBy: { startsAt: "desc" },
  });
}

describe("the client's personal link", () => {
  async function bookedAt(minute: number, day: string) {
    const own = await sessionWithSlots(day, {}, [advisorIds[1]]);
    const answer = await bookOnline(booking((await slotAt(own.id, minute, day)).id, { name: "Link" }), { now });
    if (!answer.ok) throw new Error(answer.refusal);
    return { ...answer.value, sessionId: own.id };
  }

  it("opens the appointment until its half hour ends, and nothing for a wrong or malformed link", async () => {
    const booked = await bookedAt(600, "2027-01-05");
    const found = await findAppointmentByLink(booked.linkSecret, now);
    expect(found).toMatchObject({ visitId: booked.visitId, cancelled: false, clientName: "Link", locale: "tr" });
    expect(found?.startsAt).toEqual(booked.startsAt);
    expect(await findAppointmentByLink(booked.linkSecret, booked.endsAt)).toBeNull();
    expect(await findAppointmentByLink("x".repeat(43), now)).toBeNull();
    expect(await findAppointmentByLink("../etc", now)).toBeNull();
    expect(await findAppointmentByLink(42, now)).toBeNull();
  });

  it("moves the appointment to a free half hour of the same location, and the link with it", async () => {
    const booked = await bookedAt(630, "2026-12-14");
    const left = await slotAt(booked.sessionId, 630, "2026-12-14");
    const target = await slotAt(booked.sessionId, 690, "2026-12-14");
    // The answer names the half hour given back, for the waiting list.
    expect(await moveByLink(booked.linkSecret, { slotId: target.id }, { now })).toEqual({
      ok: true,
      freed: { locationId, slotId: left.id },
    });
    const visit = await db.visit.findUniqueOrThrow({ where: { id: booked.visitId }, include: { links: true } });
    expect(visit).toMatchObject({ slotId: target.id, plannedStartsAt: target.startsAt, status: "BOOKED" });
    expect(visit.links[0].expiresAt).toEqual(target.endsAt);
    expect(await db.visit.count({ where: { slotId: { not: null }, id: booked.visitId } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: booked.visitId, action: "visit.move_online" },
    });
    expect(audit.actorId).toBeNull();
  });

  it("refuses a taken half hour, another location's and a wrong link, and writes nothing", async () => {
    const booked = await bookedAt(600, "2026-12-16");
    const taken = await bookedAt(630, "2026-12-18");
    const before = await fingerprint();
    const takenSlot = (await db.visit.findUniqueOrThrow({ where: { id: taken.visitId } })).slotId!;
    expect(await moveByLink(booked.linkSecret, { slotId: takenSlot }, { now })).toEqual({
      ok: false,
      refusal: "slotTaken",
    });
    expect(await moveByLink(booked.linkSecret, { slotId: (await otherLocationSlot()).id }, { now })).toEqual({
      ok: false,
      refusal: "slotGone",
    });
    expect(await moveByLink("x".repeat(43), { slotId: takenSlot }, { now })).toEqual({
      ok: false,
      refusal: "linkUnusable",
    });
    expect(await moveByLink(booked.linkSecret, {}, { now })).toEqual({ ok: false, refusal: "chooseSlot" });
    expect(await cancelByLink(booked.linkSecret, { now: booked.startsAt })).toEqual({
      ok: false,
      refusal: "linkUnusable",
    });
    expect(await fingerprint()).toEqual(before);
    // A library that switched online booking off takes no moves either.
    await db.location.update({ where: { id: locationId }, data: { onlineBooking: false } });
    const closed = await moveByLink(booked.linkSecret, { slotId: takenSlot }, { now });
    await db.location.update({ where: { id: locationId }, data: { onlineBooking: true } });
    expect(closed).toEqual({ ok: false, refusal: "bookingClosed" });
  });

  it("cancels: the half hour is free again, the link shows the cancellation, a second cancel is refused", async () => {
    const booked = await bookedAt(660, "2026-12-21");
    const slotId = (await db.visit.findUniqueOrThrow({ where: { id: booked.visitId } })).slotId!;
    expect(await cancelByLink(booked.linkSecret, { now })).toMatchObject({ ok: true });
    const { clientId } = await db.visit.findUniqueOrThrow({ where: { id: booked.visitId } });
    expect(await db.consent.findMany({ where: { clientId }, select: { purpose: true, withdrawnAt: true } })).toEqual([
      { purpose: "ONLINE_BOOKING", withdrawnAt: now },
    ]);
    expect(await db.visit.findUniqueOrThrow({ where: { id: booked.visitId } })).toMatchObject({
      status: "CANCELLED",
      slotId: null,
    });
    expect((await listOpenSlots((await findBookingLocation(slug))!, now)).some((slot) => slot.id === slotId)).toBe(
      true,
    );
    expect((await findAppointmentByLink(booked.linkSecret, now))?.cancelled).toBe(true);
    expect(await cancelByLink(booked.linkSecret, { now })).toEqual({ ok: false, refusal: "linkUnusable" });
  });

  it("stops working when the client is anonymised", async () => {
    const booked = await bookedAt(690, "2026-12-23");
    const { clientId } = await db.visit.findUniqueOrThrow({ where: { id: booked.visitId } });
    await db.$transaction((tx) => anonymiseClient(tx, organisationId, clientId, now));
    expect(await findAppointmentByLink(booked.linkSecret, now)).toBeNull();
  });
});
