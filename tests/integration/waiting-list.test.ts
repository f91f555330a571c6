// The waiting list (issue 18 item 4): the desk puts clients on a location's list, a freed half hour
// is offered to the first one waiting and held for them, the offer link books it once, and an
// expired or declined offer passes to the next one.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACCESS_DENIED_MESSAGES } from "@/lib/auth/guard";
import { bookOnline } from "@/lib/booking/book-online";
import { cancelByLink } from "@/lib/booking/manage";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { cancelVisit } from "@/lib/desk/visit-transitions";
import { addCalendarDays, amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { anonymiseClient } from "@/lib/privacy/anonymise";
import { DESK_LIST_CONSENT_SCOPE, DESK_MAIL_CONSENT_SCOPE } from "@/lib/privacy/waiting-list-consent";
import { publicTranslator } from "@/lib/public/locales";
import { waitingListInput } from "@/lib/waiting-list/desk-form";
import { notHeldForWaitingList } from "@/lib/waiting-list/hold";
import { joinWaitingListOnline } from "@/lib/waiting-list/join-online";
import { addToWaitingList, listWaitingList, withdrawFromWaitingList } from "@/lib/waiting-list/manage-list";
import {
  bookOfferAtDesk,
  declineOffer,
  findOfferByLink,
  OFFER_HOLD_MS,
  offerFreedSlots,
  takeOffer,
} from "@/lib/waiting-list/offers";
import { changedTables, fingerprint } from "../support/db-fingerprint";
import { actorOf, createEveningPlace, createOrganisation, createUser } from "../support/factories";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const APP_URL = "http://spreekuur.test";
const OFFER_LINK = new RegExp(`${APP_URL}/aanbod/([A-Za-z0-9_-]{43})`);
const MINUTE = 60_000;
// Tuesday 8 December 2026, 09:00 in Amsterdam; the evening session is that day, 19:00–20:00.
const NOW = amsterdamMoment("2026-12-08", 540);
const DAY = "2026-12-08";
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

let smtp: TestSmtpServer;
let organisationId: string;
let host: ReturnType<typeof actorOf>;
let admin: ReturnType<typeof actorOf>;
let otherHost: ReturnType<typeof actorOf>;
let serial = 0;
const nextPhone = () => `06 ${30_000_000 + ++serial}`;

/** A location that takes online bookings with one evening session of two half hours, 19:00 and 19:30. */
const place = () => createEveningPlace(organisationId, DAY, 2);

/** Books a half hour online, as a client on the public page: the appointment's link secret. */
async function bookedOnline(slug: string, slotId: string, now = NOW) {
  const booked = await bookOnline(
    { locationSlug: slug, slotId, name: "Eerste", phone: nextPhone(), consent: true, locale: "nl", website: "" },
    { now },
  );
  if (!booked.ok) throw new Error(`booking refused: ${booked.refusal}`);
  return booked.value.linkSecret;
}

/** Both half hours taken, as a full session is. */
async function fullPlace() {
  const found = await place();
  const links = [];
  for (const slot of found.slots) links.push(await bookedOnline(found.location.slug, slot.id));
  return { ...found, links };
}

async function waiting(
  locationId: string,
  client: { displayName: string; phone?: string; email?: string },
  extra: Record<string, unknown> = {},
  now = NOW,
) {
  const added = await addToWaitingList(
    host,
    { locationId, client: { newClient: client }, listConsent: true, ...extra },
    { now },
  );
  if (!added.ok) throw new Error(`not added: ${JSON.stringify(added)}`);
  return db.waitingListEntry.findUniqueOrThrow({ where: { id: added.value.entryId }, include: { client: true } });
}

const offersOf = (entryId: string) => db.slotOffer.findMany({ where: { entryId }, orderBy: { offeredAt: "asc" } });

/** Every table but the count of public submissions (a refused one still counts) and refused audits. */
async function data() {
  const tables = await fingerprint();
  delete tables.PublicFormAttempt;
  return tables;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = APP_URL;
  const { organisation, location } = await createOrganisation("Bibliotheek Wachtlijst");
  organisationId = organisation.id;
  host = actorOf(await createUser(organisationId, "HOST", { homeLocationId: location.id }));
  admin = actorOf(await createUser(organisationId, "ADMIN"));
  otherHost = actorOf(await createUser((await createOrganisation()).organisation.id, "HOST"));
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
  smtp.received.length = 0;
});

describe("the desk's list", () => {
  it("adds, lists oldest first and withdraws; another role or library is refused and writes nothing", async () => {
    const { location } = await place();
    const first = await waiting(
      location.id,
      { displayName: "Anna", phone: "06 11111111" },
      { note: "liefst 's avonds" },
    );
    const second = await waiting(location.id, { displayName: "Bert", email: "bert@example.test" }, {}, later(1));

    const before = await data();
    const input = {
      locationId: location.id,
      client: { newClient: { displayName: "Cor", phone: "0612345678" } },
      listConsent: true,
    };
    expect(await addToWaitingList(admin, input, { now: NOW })).toEqual({
      ok: false,
      error: ACCESS_DENIED_MESSAGES.FORBIDDEN,
    });
    expect(await addToWaitingList(otherHost, input, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.waitingList.locationNotFound",
    });
    // Without a phone number or an e-mail address no one can be told that a time is free.
    expect(
      await addToWaitingList(host, { ...input, client: { newClient: { displayName: "Cor" } } }, { now: NOW }),
    ).toMatchObject({ ok: false, error: "refusals.waitingList.contactRequired" });
    // The same client twice on one list would get two half hours.
    expect(
      await addToWaitingList(host, { ...input, client: { existingClientId: first.clientId } }, { now: NOW }),
    ).toMatchObject({ ok: false, error: "refusals.waitingList.alreadyOnList" });
    expect(await withdrawFromWaitingList(otherHost, { entryId: first.id }, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.waitingList.entryNotFound",
    });
    expect(await listWaitingList(otherHost, { locationId: location.id }, { now: NOW })).toMatchObject({ ok: false });
    expect(changedTables(before, await data())).toEqual([]);

    const listed = await listWaitingList(host, { locationId: location.id }, { now: later(2) });
    expect(listed.ok && listed.value.map((entry) => entry.client.displayName)).toEqual(["Anna", "Bert"]);
    expect(listed.ok && listed.value[0]).toMatchObject({ note: "liefst 's avonds", offer: null });
    expect(first.until).toEqual(dateColumn(addCalendarDays(DAY, 28)));

    expect(await withdrawFromWaitingList(host, { entryId: first.id }, { now: later(3) })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await withdrawFromWaitingList(host, { entryId: first.id }, { now: later(3) })).toMatchObject({
      ok: false,
      error: "refusals.waitingList.entryClosed",
    });
    const after = await listWaitingList(host, { locationId: location.id }, { now: later(4) });
    expect(after.ok && after.value.map((entry) => entry.id)).toEqual([second.id]);
  });
});

describe("a freed half hour", () => {
  it("is offered to the first open entry whose last day covers it: not a later, closed or expired one", async () => {
    const { location, slots, links } = await fullPlace();
    const withdrawn = await waiting(location.id, { displayName: "Weg", phone: nextPhone() });
    await withdrawFromWaitingList(host, { entryId: withdrawn.id }, { now: NOW });
    // Waits only until yesterday: the sweep closes it.
    const expired = await waiting(location.id, { displayName: "Verlopen", phone: nextPhone() }, {}, later(1));
    await db.waitingListEntry.update({ where: { id: expired.id }, data: { until: dateColumn("2026-12-07") } });
    const first = await waiting(location.id, { displayName: "Eerste", phone: "06 12121212" }, {}, later(2));
    const second = await waiting(location.id, { displayName: "Tweede", phone: nextPhone() }, {}, later(3));

    // Full: nothing to offer; the entry whose last day passed leaves the list.
    expect(await offerFreedSlots({ now: later(5), locationId: location.id })).toMatchObject({
      offered: 0,
      expired: 1,
    });
    expect(await cancelByLink(links[1], { now: later(10) })).toMatchObject({ ok: true });
    const report = await offerFreedSlots({ now: later(11), locationId: location.id });
    expect(report).toMatchObject({ offered: 1, mailed: 0, expired: 0 });

    const [offer] = await offersOf(first.id);
    expect(offer).toMatchObject({
      slotId: slots[1].id,
      tokenHash: null,
      expiresAt: new Date(later(11).getTime() + OFFER_HOLD_MS),
    });
    for (const other of [withdrawn, expired, second]) expect(await offersOf(other.id)).toEqual([]);
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({
      closedReason: "EXPIRED",
    });
    // A second sweep offers it to no one else: it is held.
    expect(await offerFreedSlots({ now: later(12), locationId: location.id })).toMatchObject({ offered: 0 });
    expect(await db.slot.count({ where: { id: slots[1].id, ...notHeldForWaitingList(later(12)) } })).toBe(0);

    // The desk sees whom to call, with the number and the time.
    const listed = await listWaitingList(host, { locationId: location.id }, { now: later(13) });
    expect(listed.ok && listed.value[0]).toMatchObject({
      id: first.id,
      client: { displayName: "Eerste", phone: "0612121212" },
      offer: { startsAt: slots[1].startsAt, mailed: false },
    });
  });

  it("is mailed with its link only to a client with an e-mail address and the consent", async () => {
    const { location, links } = await fullPlace();
    const mailed = await waiting(
      location.id,
      { displayName: "Mail", email: "mail@example.test" },
      { mailConsent: true },
    );
    const noConsent = await waiting(location.id, { displayName: "Geen", email: "geen@example.test" }, {}, later(1));
    for (const link of links) await cancelByLink(link, { now: later(10) });
    expect(await offerFreedSlots({ now: later(11), locationId: location.id })).toMatchObject({ offered: 2, mailed: 1 });

    const mail = await smtp.waitForMail((received) => received.to.includes("mail@example.test"));
    expect(smtp.received.filter((received) => received.to.includes("geen@example.test"))).toEqual([]);
    expect(mail.subject).toContain("19:00");
    expect(mail.text).toContain("Beste Mail,");
    expect(mail.text).toContain("11:11");
    const secret = OFFER_LINK.exec(mail.text)![1];
    const [offer] = await offersOf(mailed.id);
    expect(offer.mailedAt).toEqual(later(11));
    expect(await findOfferByLink(secret, later(12))).toMatchObject({ name: "Mail", location: { name: location.name } });
    expect((await offersOf(noConsent.id))[0]).toMatchObject({ tokenHash: null, mailedAt: null });
  });
});

/** A full place with one client waiting by mail, a cancellation, and the offer's secret from the mail. */
async function mailedOffer(extraWaiting = 0) {
  const found = await fullPlace();
  const email = `wacht-${++serial}@example.test`;
  const entry = await waiting(found.location.id, { displayName: "Wachter", email }, { mailConsent: true });
  const others = [];
  for (let i = 0; i < extraWaiting; i++)
    others.push(
      await waiting(found.location.id, { displayName: `Volgende ${i}`, phone: nextPhone() }, {}, later(1 + i)),
    );
  await cancelByLink(found.links[0], { now: later(10) });
  await offerFreedSlots({ now: later(11), locationId: found.location.id });
  const mail = await smtp.waitForMail((received) => received.to.includes(email));
  return { ...found, entry, others, secret: OFFER_LINK.exec(mail.text)![1] };
}

describe("the offer link", () => {
  it("books the held half hour once, against many clicks and a concurrent online booking", async () => {
    const { location, slots, entry, secret } = await mailedOffer();
    const [online, ...takes] = await Promise.all([
      bookOnline(
        {
          locationSlug: location.slug,
          slotId: slots[0].id,
          name: "Snel",
          phone: nextPhone(),
          consent: true,
          locale: "nl",
        },
        { now: later(20) },
      ),
      ...Array.from({ length: 10 }, () => takeOffer(secret, { now: later(20) })),
    ]);
    expect(await db.visit.count({ where: { slotId: slots[0].id } })).toBe(1);
    const visit = await db.visit.findUniqueOrThrow({ where: { slotId: slots[0].id } });
    const taken = takes.filter((answer) => answer.ok);
    // The half hour is held for the client: the online booking is refused, every click answers
    // with the one appointment.
    expect(visit.clientId).toBe(entry.clientId);
    expect(online.ok).toBe(false);
    expect(taken.length).toBe(10);
    expect(new Set(taken.map((answer) => answer.ok && answer.value.visitId))).toEqual(new Set([visit.id]));
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      closedReason: "BOOKED",
    });
    expect((await offersOf(entry.id))[0]).toMatchObject({ visitId: visit.id, takenAt: later(20) });
    expect(visit).toMatchObject({ status: "BOOKED", bookedVia: "ONLINE", kind: "APPOINTMENT" });
    // Long after "yes", the offer's link is no key to the appointment any more.
    expect(await takeOffer(secret, { now: later(40) })).toEqual({ ok: false, refusal: "offerUnusable" });
  });

  it("takes the offer and leads to the appointment's personal link", async () => {
    const { slots, entry, secret } = await mailedOffer();
    const answer = await takeOffer(secret, { now: later(30), locale: "tr" });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    // "Yes" on the page is the client's consent to the words beside it, in the page's language;
    // the consent to wait ends with the wait.
    const consents = () =>
      db.consent.findMany({
        where: { clientId: entry.clientId },
        select: { purpose: true, scope: true, givenAt: true, withdrawnAt: true },
        orderBy: { givenAt: "asc" },
      });
    expect(await consents()).toEqual([
      expect.objectContaining({ purpose: "WAITING_LIST", withdrawnAt: later(30) }),
      {
        purpose: "ONLINE_BOOKING",
        scope: publicTranslator("tr")("waitingList.offer.consentText"),
        givenAt: later(30),
        withdrawnAt: null,
      },
    ]);
    const link = await db.appointmentLink.findFirstOrThrow({ where: { visitId: answer.value.visitId } });
    expect(link.expiresAt).toEqual(slots[0].endsAt);
    expect(await db.visit.findUniqueOrThrow({ where: { id: answer.value.visitId } })).toMatchObject({
      clientId: entry.clientId,
      slotId: slots[0].id,
    });
    // The offer's page no longer shows it; a second click (a double click, Back) gets a fresh link
    // to the same appointment, not a second one.
    expect(await findOfferByLink(secret, later(31))).toBeNull();
    const again = await takeOffer(secret, { now: later(31) });
    expect(again.ok && again.value.visitId).toBe(answer.value.visitId);
    expect(again.ok && again.value.linkSecret).not.toBe(answer.value.linkSecret);
    expect(await db.visit.count({ where: { clientId: entry.clientId } })).toBe(1);
    expect((await consents()).filter((consent) => consent.purpose === "ONLINE_BOOKING")).toHaveLength(1);
    // Cancelled through its link, the appointment takes the consent with it, as an online booking's.
    await cancelByLink(answer.value.linkSecret, { now: later(32) });
    expect((await consents()).find((consent) => consent.purpose === "ONLINE_BOOKING")).toMatchObject({
      withdrawnAt: later(32),
    });
  });

  it("refuses an expired offer without writing, and passes it to the next one waiting", async () => {
    const { location, slots, others, secret } = await mailedOffer(1);
    const expiry = later(11 + OFFER_HOLD_MS / MINUTE + 1);
    const before = await data();
    expect(await takeOffer(secret, { now: expiry })).toEqual({ ok: false, refusal: "offerUnusable" });
    expect(await declineOffer(secret, { now: expiry })).toEqual({ ok: false, refusal: "offerUnusable" });
    expect(await takeOffer("not-a-secret", { now: later(12) })).toEqual({ ok: false, refusal: "offerUnusable" });
    expect(await takeOffer("A".repeat(43), { now: later(12) })).toEqual({ ok: false, refusal: "offerUnusable" });
    expect(changedTables(before, await data())).toEqual([]);

    await offerFreedSlots({ now: expiry, locationId: location.id });
    expect(await offersOf(others[0].id)).toMatchObject([{ slotId: slots[0].id, offeredAt: expiry }]);
  });

  it("declined, passes to the next one waiting; the one who declined stays on the list", async () => {
    const { location, slots, entry, others, secret } = await mailedOffer(1);
    const declined = await declineOffer(secret, { now: later(20) });
    expect(declined).toMatchObject({ ok: true, value: { freed: { locationId: location.id, slotId: slots[0].id } } });
    // The sweep that the decline's action runs once the client has their answer (app/aanbod/actions.ts).
    expect(await offersOf(others[0].id)).toEqual([]);
    await offerFreedSlots({ now: later(20), ...(declined.ok ? declined.value.freed : {}) });
    expect(await offersOf(others[0].id)).toMatchObject([{ slotId: slots[0].id, offeredAt: later(20) }]);
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ closedAt: null });
    // Declined is declined: it cannot be taken after all.
    expect(await takeOffer(secret, { now: later(21) })).toEqual({ ok: false, refusal: "offerUnusable" });
  });
});

describe("the client's own form", () => {
  it("puts the client on the list with their consent; a trap field or a closed location writes nothing", async () => {
    const { location } = await place();
    const form = {
      locationSlug: location.slug,
      name: "Online",
      email: "online@example.test",
      phone: "",
      consent: true,
      locale: "tr",
      website: "",
    };
    const before = await data();
    expect(await joinWaitingListOnline({ ...form, website: "http://spam" }, { now: NOW })).toEqual({
      ok: false,
      refusal: "notAccepted",
    });
    expect(await joinWaitingListOnline({ ...form, consent: false }, { now: NOW })).toMatchObject({
      ok: false,
      refusal: "consentRequired",
    });
    expect(await joinWaitingListOnline({ ...form, locationSlug: "bestaat-niet" }, { now: NOW })).toEqual({
      ok: false,
      refusal: "bookingClosed",
    });
    // PostgreSQL stores no NUL character: refused as the form's answer, never a server error.
    expect(await joinWaitingListOnline({ ...form, name: "On\u0000line" }, { now: NOW })).toMatchObject({
      ok: false,
      refusal: "notAccepted",
    });
    expect(changedTables(before, await data())).toEqual([]);

    expect(await joinWaitingListOnline(form, { now: NOW })).toEqual({
      ok: true,
      value: { until: addCalendarDays(DAY, 28), locale: "tr" },
    });
    const entry = await db.waitingListEntry.findFirstOrThrow({
      where: { locationId: location.id },
      include: { client: { include: { consents: true } } },
    });
    expect(entry).toMatchObject({ addedVia: "ONLINE", client: { displayName: "Online", preferredLanguage: "tr" } });
    expect(entry.client.consents.map((consent) => consent.purpose)).toEqual(["WAITING_LIST"]);
  });

  it("sent twice is one entry, also at the same moment; someone else with the same number is their own", async () => {
    const { location } = await place();
    const phone = nextPhone();
    const form = {
      locationSlug: location.slug,
      name: "Dubbel",
      phone,
      email: "",
      consent: true,
      locale: "nl",
      website: "",
    };
    const answers = await Promise.all([
      joinWaitingListOnline(form, { now: NOW }),
      joinWaitingListOnline(form, { now: NOW }),
      joinWaitingListOnline(form, { now: later(5) }),
    ]);
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await db.waitingListEntry.count({ where: { locationId: location.id } })).toBe(1);
    expect(await db.client.count({ where: { phone: phone.replace(/ /g, "") } })).toBe(1);

    // A housemate on the same phone, and the same person again after the window: entries of their own.
    await joinWaitingListOnline({ ...form, name: "Huisgenoot" }, { now: later(6) });
    await joinWaitingListOnline(form, { now: later(30) });
    expect(await db.waitingListEntry.count({ where: { locationId: location.id } })).toBe(3);
  });
});

describe("the desk's next free time", () => {
  it("leaves a half hour held for the waiting list alone, and a host may still give it by hand", async () => {
    const { session, slots, entry, secret } = await mailedOffer();
    const walkIn = (slotId?: string) =>
      registerWalkIn(
        host,
        {
          sessionId: session.id,
          categoryId: null,
          referrerPartnerId: null,
          client: { newClient: { displayName: "Inloop" } },
          ...(slotId ? { slotId } : {}),
        },
        { now: later(12) },
      );
    // 19:00 is held for the one waiting, 19:30 is taken: no next free time.
    expect(await walkIn()).toMatchObject({ ok: false });
    expect(await db.visit.count({ where: { slotId: slots[0].id } })).toBe(0);
    expect(await walkIn(slots[0].id)).toMatchObject({ ok: true });
    // Given by hand, the half hour's offer ends with it: its link no longer offers it.
    expect(await offersOf(entry.id)).toMatchObject([{ slotId: slots[0].id, expiresAt: later(12) }]);
    expect(await findOfferByLink(secret, later(13))).toBeNull();
  });
});

describe("anonymising a client", () => {
  it("closes their place, lets the offered half hour go to the next one waiting, and the link opens nothing", async () => {
    const { entry, secret } = await mailedOffer();
    expect(await findOfferByLink(secret, later(29))).not.toBeNull();
    await db.$transaction((tx) => anonymiseClient(tx, organisationId, entry.clientId, later(30)));
    // Kept for the monitoring's count of the list, as the visits are.
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      closedAt: later(30),
      closedReason: "WITHDRAWN",
    });
    expect(await offersOf(entry.id)).toMatchObject([{ expiresAt: later(30), declinedAt: null, tokenHash: null }]);
    expect(await findOfferByLink(secret, later(31))).toBeNull();
  });
});

describe("the retention job and the desk at the same moment", () => {
  it("puts no anonymised client on the list: the desk waits for the job and finds them gone", async () => {
    const { location } = await place();
    const known = await db.client.create({ data: { organisationId, displayName: "Oud", phone: nextPhone() } });
    // What applyRetention does for one client: the row locked first, then anonymised.
    const job = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await job.connect();
    try {
      await job.query("BEGIN");
      await job.query(`SELECT 1 FROM "Client" WHERE "id" = $1 FOR UPDATE`, [known.id]);
      const adding = addToWaitingList(
        host,
        { locationId: location.id, client: { existingClientId: known.id }, listConsent: true },
        { now: NOW },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await job.query(`UPDATE "Client" SET "anonymisedAt" = now(), "phone" = NULL WHERE "id" = $1`, [known.id]);
      await job.query("COMMIT");
      expect(await adding).toMatchObject({ ok: false, error: "refusals.desk.clientNotFound" });
    } finally {
      await job.end();
    }
    expect(await db.waitingListEntry.count({ where: { clientId: known.id } })).toBe(0);
  });
});

describe("the desk", () => {
  it("books an offered half hour for a client who said yes on the phone; another library cannot", async () => {
    const { location, slots, links } = await fullPlace();
    const entry = await waiting(location.id, { displayName: "Telefoon", phone: nextPhone() });
    await cancelByLink(links[1], { now: later(10) });
    await offerFreedSlots({ now: later(11), locationId: location.id });
    const [offer] = await offersOf(entry.id);

    const before = await data();
    expect(await bookOfferAtDesk(otherHost, { offerId: offer.id }, { now: later(12) })).toMatchObject({
      ok: false,
      error: "refusals.waitingList.offerNotFound",
    });
    expect(await bookOfferAtDesk(admin, { offerId: offer.id }, { now: later(12) })).toMatchObject({ ok: false });
    // Too late: the hold has ended.
    expect(
      await bookOfferAtDesk(host, { offerId: offer.id }, { now: new Date(offer.expiresAt.getTime() + MINUTE) }),
    ).toMatchObject({ ok: false, error: "refusals.waitingList.offerGone" });
    expect(changedTables(before, await data())).toEqual([]);

    const booked = await bookOfferAtDesk(host, { offerId: offer.id }, { now: later(12) });
    expect(booked.ok).toBe(true);
    const visit = await db.visit.findUniqueOrThrow({ where: { slotId: slots[1].id } });
    expect(visit).toMatchObject({ clientId: entry.clientId, bookedVia: "DESK", registeredById: host.userId });
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      closedReason: "BOOKED",
    });
    expect(await bookOfferAtDesk(host, { offerId: offer.id }, { now: later(13) })).toMatchObject({
      ok: false,
      error: "refusals.waitingList.offerGone",
    });
  });
});

describe("a cancellation at the desk", () => {
  it("offers the freed half hour to the first one waiting through the sweep its action runs, without the list page", async () => {
    const { location, slots } = await fullPlace();
    const first = await waiting(location.id, { displayName: "Balie", phone: nextPhone() });
    const second = await waiting(location.id, { displayName: "Daarna", phone: nextPhone() }, {}, later(1));
    // Full: the sweep has nothing to offer until the desk cancels.
    expect(await offerFreedSlots({ now: later(5), locationId: location.id })).toMatchObject({ offered: 0 });
    expect(await offersOf(first.id)).toEqual([]);

    const visit = await db.visit.findUniqueOrThrow({ where: { slotId: slots[1].id } });
    const cancelled = await cancelVisit(host, { visitId: visit.id }, { now: later(10) });
    expect(cancelled).toEqual({
      ok: true,
      value: { status: "CANCELLED", dossierId: null, freed: { locationId: location.id, slotId: slots[1].id } },
    });
    // What the desk's cancel action runs once the host has the answer (app/(staff)/balie/actions.ts,
    // lib/jobs/waiting-list-sweep.ts): the sweep of the half hour it freed.
    if (!cancelled.ok || !cancelled.value.freed) throw new Error("the cancel freed no half hour");
    await offerFreedSlots({ now: later(11), ...cancelled.value.freed });

    expect(await offersOf(first.id)).toMatchObject([
      { slotId: slots[1].id, offeredAt: later(11), takenAt: null, declinedAt: null, visitId: null },
    ]);
    expect(await offersOf(second.id)).toEqual([]);
    const listed = await listWaitingList(host, { locationId: location.id }, { now: later(12) });
    expect(listed.ok && listed.value[0]).toMatchObject({ id: first.id, offer: { startsAt: slots[1].startsAt } });
  });
});

describe("a cancellation through the client's link", () => {
  it("offers that half hour to the first one waiting, not an earlier free one", async () => {
    const { location, slots } = await place();
    const link = await bookedOnline(location.slug, slots[1].id);
    const entry = await waiting(location.id, { displayName: "Via link", phone: nextPhone() });

    const cancelled = await cancelByLink(link, { now: later(10) });
    expect(cancelled).toEqual({ ok: true, freed: { locationId: location.id, slotId: slots[1].id } });
    // What the link's cancel action runs once the client has the answer (app/afspraak/actions.ts).
    if (!cancelled.ok) throw new Error(cancelled.refusal);
    expect(await offerFreedSlots({ now: later(11), ...cancelled.freed })).toMatchObject({ offered: 1 });
    // 19:00 was free all along; the list's own sweep (the five-minute job) may offer it to the next.
    expect(await offersOf(entry.id)).toMatchObject([{ slotId: slots[1].id, offeredAt: later(11) }]);
  });
});

const waitingConsents = (clientId: string) =>
  db.consent.findMany({ where: { clientId, purpose: "WAITING_LIST" }, orderBy: [{ givenAt: "asc" }, { id: "asc" }] });

const consentEndings = (clientId: string) =>
  db.auditEvent.findMany({ where: { clientId, action: "consent.withdraw" }, orderBy: { occurredAt: "asc" } });

describe("the desk's record of the client's consent", () => {
  it("puts no one on the list unless the host confirms the client agreed, and records that for every entry", async () => {
    const { location } = await place();
    const phoneOnly = {
      locationId: location.id,
      client: { newClient: { displayName: "Alleen telefoon", phone: nextPhone() } },
    };
    const before = await data();
    for (const listConsent of [undefined, false, "on"])
      expect(await addToWaitingList(host, { ...phoneOnly, listConsent }, { now: NOW })).toMatchObject({
        ok: false,
        fieldErrors: { listConsent: ["refusals.waitingList.listConsentRequired"] },
      });
    expect(changedTables(before, await data())).toEqual([]);

    // The desk's form says the ticked box as listConsent: true.
    const form = new FormData();
    for (const [name, value] of Object.entries({
      locationId: location.id,
      displayName: "Alleen telefoon",
      phone: "06 44444444",
      listConsent: "on",
    }))
      form.set(name, value);
    const added = await addToWaitingList(host, waitingListInput(form), { now: NOW });
    expect(added.ok).toBe(true);
    const called = await db.waitingListEntry.findUniqueOrThrow({ where: { id: added.ok ? added.value.entryId : "" } });
    expect(await waitingConsents(called.clientId)).toMatchObject([
      {
        legalBasis: "CONSENT",
        givenAt: NOW,
        withdrawnAt: null,
        recordedById: host.userId,
        scope: DESK_LIST_CONSENT_SCOPE,
      },
    ]);
    // With an address and the client's yes to mail, the consent's words say so.
    const mailed = await waiting(
      location.id,
      { displayName: "Ook mail", email: `ook-${++serial}@example.test` },
      { mailConsent: true },
    );
    expect(await waitingConsents(mailed.clientId)).toMatchObject([{ scope: DESK_MAIL_CONSENT_SCOPE }]);
  });
});

describe("the WAITING_LIST consent", () => {
  it("ends when the client takes the offer through its link", async () => {
    const { entry, secret } = await mailedOffer();
    expect(await waitingConsents(entry.clientId)).toMatchObject([{ withdrawnAt: null }]);
    expect(await takeOffer(secret, { now: later(30) })).toMatchObject({ ok: true });
    expect(await waitingConsents(entry.clientId)).toMatchObject([{ withdrawnAt: later(30) }]);
    expect(await consentEndings(entry.clientId)).toMatchObject([
      { actorId: null, details: { purpose: "WAITING_LIST", reason: "waitingListClosed" } },
    ]);
  });

  it("ends when the desk books the offer, or takes the client off the list", async () => {
    const { location, links } = await fullPlace();
    const booked = await waiting(location.id, { displayName: "Gebeld", phone: nextPhone() });
    const withdrawn = await waiting(location.id, { displayName: "Elders", phone: nextPhone() }, {}, later(1));
    await cancelByLink(links[1], { now: later(10) });
    await offerFreedSlots({ now: later(11), locationId: location.id });
    const [offer] = await offersOf(booked.id);
    expect(await bookOfferAtDesk(host, { offerId: offer.id }, { now: later(12) })).toMatchObject({ ok: true });
    expect(await withdrawFromWaitingList(host, { entryId: withdrawn.id }, { now: later(13) })).toMatchObject({
      ok: true,
    });
    expect(await waitingConsents(booked.clientId)).toMatchObject([{ withdrawnAt: later(12) }]);
    expect(await waitingConsents(withdrawn.clientId)).toMatchObject([{ withdrawnAt: later(13) }]);
    for (const clientId of [booked.clientId, withdrawn.clientId])
      expect(await consentEndings(clientId)).toMatchObject([{ actorId: host.userId }]);
  });

  it("ends when the last day passes, also the consent given on the client's own form", async () => {
    const { location } = await place();
    const email = `zelf-${++serial}@example.test`;
    const form = { locationSlug: location.slug, name: "Zelf", email, phone: "", consent: true, locale: "nl" };
    expect(await joinWaitingListOnline({ ...form, website: "" }, { now: NOW })).toMatchObject({ ok: true });
    const entry = await db.waitingListEntry.findFirstOrThrow({ where: { locationId: location.id } });
    expect(await waitingConsents(entry.clientId)).toMatchObject([{ withdrawnAt: null, recordedById: null }]);
    await db.waitingListEntry.update({ where: { id: entry.id }, data: { until: dateColumn("2026-12-07") } });

    expect(await offerFreedSlots({ now: later(5), locationId: location.id })).toMatchObject({ expired: 1 });
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      closedReason: "EXPIRED",
    });
    expect(await waitingConsents(entry.clientId)).toMatchObject([{ withdrawnAt: later(5) }]);
  });

  it("stays while the client still waits at another location, also against a concurrent add", async () => {
    const here = await place();
    const there = await place();
    const first = await waiting(here.location.id, { displayName: "Twee lijsten", phone: nextPhone() });
    const again = (locationId: string, now: Date) =>
      addToWaitingList(host, { locationId, client: { existingClientId: first.clientId }, listConsent: true }, { now });
    const second = await again(there.location.id, later(1));
    expect(second.ok).toBe(true);

    expect(await withdrawFromWaitingList(host, { entryId: first.id }, { now: later(2) })).toMatchObject({ ok: true });
    expect((await waitingConsents(first.clientId)).map((consent) => consent.withdrawnAt)).toEqual([null, null]);

    // Taken off one list while put on the other again: whichever goes first, the entry that is
    // open has a standing consent.
    let open = second.ok ? second.value.entryId : "";
    for (let round = 0; round < 5; round++) {
      const now = later(10 + round);
      const locationId = round % 2 === 0 ? here.location.id : there.location.id;
      const [added] = await Promise.all([
        again(locationId, now),
        withdrawFromWaitingList(host, { entryId: open }, { now }),
      ]);
      expect(added.ok).toBe(true);
      open = added.ok ? added.value.entryId : "";
      const consents = await waitingConsents(first.clientId);
      expect(consents.filter((consent) => consent.withdrawnAt === null).length).toBeGreaterThan(0);
    }

    expect(await withdrawFromWaitingList(host, { entryId: open }, { now: later(20) })).toMatchObject({ ok: true });
    expect((await waitingConsents(first.clientId)).filter((consent) => consent.withdrawnAt === null)).toEqual([]);
  });
});

describe("an appointment the desk books by hand", () => {
  it("may take a half hour held for the waiting list: the offer then ends, and its link says so", async () => {
    const { slots, entry, secret } = await mailedOffer();
    const [offer] = await offersOf(entry.id);
    expect(offer).toMatchObject({ slotId: slots[0].id, takenAt: null });
    const booked = await bookAppointment(
      host,
      {
        slotId: slots[0].id,
        categoryId: null,
        client: { newClient: { displayName: "Aan de balie", phone: nextPhone() } },
      },
      { now: later(15) },
    );
    expect(booked).toMatchObject({ ok: true });
    expect(await offersOf(entry.id)).toMatchObject([{ id: offer.id, expiresAt: later(15), takenAt: null }]);
    expect(await findOfferByLink(secret, later(16))).toBeNull();
    expect(await takeOffer(secret, { now: later(16) })).toEqual({ ok: false, refusal: "offerUnusable" });
    // The entry still waits, for the next free half hour.
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ closedAt: null });
  });
});
