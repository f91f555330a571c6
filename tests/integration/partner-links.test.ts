// Referral in by partners (issue 18 item 5): the coordinator's personal link for a partner, the
// partner's worker booking a half hour for a client through it, and the advisor's feedback that
// reaches the worker by mail.
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashLinkSecret, newLinkSecret } from "@/lib/auth/one-time-link";
import { bookOnline } from "@/lib/booking/book-online";
import { openDossier } from "@/lib/cases/open-dossier";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { archiveLocation, restoreLocation } from "@/lib/locations/manage-location";
import {
  bookByPartnerLink,
  findUsablePartnerLink,
  MAX_BOOKINGS_PER_LINK_PER_DAY,
} from "@/lib/partner-links/book-by-partner-link";
import { createPartnerLink, listPartnerLinks, revokePartnerLink } from "@/lib/partner-links/manage";
import { partnerReferralTranslator } from "@/lib/partner-links/texts";
import { importPartners } from "@/lib/partners/import-partners";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { anonymiseClient } from "@/lib/privacy/anonymise";
import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { listFeedbackOwed } from "@/lib/referrals/queries";
import { changedTables, fingerprint } from "../support/db-fingerprint";
import { untilAWriterWaitsForALock } from "../support/lock-wait";
import { actorOf, createOrganisation, createUser, seedLegalDomains } from "../support/factories";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

// Tuesday 8 December 2026, 09:00 in Amsterdam; the half hours are that day, 10:00–12:00.
const now = new Date("2026-12-08T08:00:00Z");
const DAY = "2026-12-08";
const FORBIDDEN = "refusals.auth.forbidden";

type Actor = ReturnType<typeof actorOf>;
let a: { organisationId: string; locationId: string; partnerId: string; coordinator: Actor; advisor: Actor };
let b: { organisationId: string; locationId: string; partnerId: string; coordinator: Actor; advisor: Actor };
let others: Actor[];
let domainId: string;
let smtp: TestSmtpServer;

async function library(name: string) {
  const { organisation, location } = await createOrganisation(`${name} ${Math.random()}`);
  const partner = await db.partner.create({
    data: { organisationId: organisation.id, name: "Wijkteam Noord", type: "NEIGHBOURHOOD_TEAM" },
  });
  const advisor = await createUser(organisation.id, "ADVISOR");
  const session = await db.session.create({
    data: {
      organisationId: organisation.id,
      locationId: location.id,
      startsAt: amsterdamMoment(DAY, 600),
      endsAt: amsterdamMoment(DAY, 720),
    },
  });
  // Ten advisors' half hours: enough for a booking in every test, and for the limit per link.
  const colleagues = [
    advisor,
    ...(await Promise.all(Array.from({ length: 9 }, () => createUser(organisation.id, "ADVISOR")))),
  ];
  for (const { id: advisorId } of colleagues)
    for (let minute = 600; minute < 720; minute += 30)
      await db.slot.create({
        data: {
          organisationId: organisation.id,
          sessionId: session.id,
          advisorId,
          startsAt: amsterdamMoment(DAY, minute),
          endsAt: amsterdamMoment(DAY, minute + 30),
        },
      });
  return {
    organisationId: organisation.id,
    locationId: location.id,
    partnerId: partner.id,
    coordinator: actorOf(await createUser(organisation.id, "COORDINATOR")),
    advisor: actorOf(advisor),
  };
}

/** A free half hour at library A's location (the links'), a different one for each booking. */
async function freeSlot() {
  const slot = await db.slot.findFirstOrThrow({
    where: { organisationId: a.organisationId, visit: null, session: { locationId: a.locationId } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return slot.id;
}

let phones = 0;
async function referral(extra: Record<string, unknown> = {}) {
  return {
    slotId: await freeSlot(),
    topic: "sociale-zekerheid",
    workerName: "Fatima Wijkteam",
    workerEmail: "Fatima@Wijkteam-Noord.example",
    clientName: "Jan",
    clientPhone: `06 ${30_000_000 + ++phones}`,
    clientEmail: "",
    question: "Brief van het UWV over een terugvordering van de WW; wil bezwaar maken.",
    bookingConsent: true,
    feedbackConsent: true,
    website: "",
    ...extra,
  };
}

/** A new link of library A's partner; its secret from the address the coordinator is shown. */
async function newLink() {
  const created = await createPartnerLink(
    a.coordinator,
    { partnerId: a.partnerId, locationId: a.locationId, label: "Wijkteam Noord, team Oost" },
    { now },
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { linkId: created.value.linkId, secret: created.value.url.split("/").pop()! };
}

/** Every table but the count of submissions towards the public form limits. */
async function data() {
  const tables = await fingerprint();
  delete tables.PublicFormAttempt;
  return tables;
}

beforeAll(async () => {
  const domains = await seedLegalDomains();
  domainId = domains.get("sociale-zekerheid")!;
  a = await library("Bibliotheek A");
  b = await library("Bibliotheek B");
  others = [
    actorOf(await createUser(a.organisationId, "HOST")),
    a.advisor,
    actorOf(await createUser(a.organisationId, "ADMIN")),
  ];
  smtp = await startSmtpServer();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
});

describe("the coordinator's links", () => {
  it("shows the secret once, stores only its hash, lists without secrets and revokes", async () => {
    const { linkId, secret } = await newLink();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.partnerLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(stored.tokenHash).toBe(hashLinkSecret(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored).toMatchObject({ partnerId: a.partnerId, locationId: a.locationId, revokedAt: null });

    const listed = await listPartnerLinks(a.coordinator, { partnerId: a.partnerId });
    if (!listed.ok) throw new Error(JSON.stringify(listed));
    const row = listed.value.links.find((link) => link.id === linkId)!;
    expect(Object.keys(row).sort()).toEqual(["createdAt", "id", "label", "lastUsedAt", "locationName", "revokedAt"]);
    expect(JSON.stringify(listed.value)).not.toContain(secret);
    expect(JSON.stringify(listed.value)).not.toContain(stored.tokenHash);
    expect(listed.value.locations.map((location) => location.id)).toContain(a.locationId);

    expect(await revokePartnerLink(a.coordinator, { linkId }, { now })).toEqual({
      ok: true,
      value: { partnerId: a.partnerId },
    });
    expect((await db.partnerLink.findUniqueOrThrow({ where: { id: linkId } })).revokedAt).toEqual(now);
    expect(await revokePartnerLink(a.coordinator, { linkId })).toEqual({
      ok: false,
      error: "refusals.partnerLinks.alreadyRevoked",
    });
    expect(
      await db.auditEvent.findMany({ where: { entityId: linkId }, select: { action: true }, orderBy: { id: "asc" } }),
    ).toEqual([{ action: "partner_link.create" }, { action: "partner_link.revoke" }]);
  });

  it("refuses other roles and another library's coordinator, and writes nothing", async () => {
    const { linkId } = await newLink();
    const before = await fingerprint();
    const create = { partnerId: a.partnerId, locationId: a.locationId, label: "Ander team" };
    for (const actor of others) {
      expect(await createPartnerLink(actor, create)).toEqual({ ok: false, error: FORBIDDEN });
      expect(await revokePartnerLink(actor, { linkId })).toEqual({ ok: false, error: FORBIDDEN });
      expect(await listPartnerLinks(actor, { partnerId: a.partnerId })).toEqual({ ok: false, error: FORBIDDEN });
    }
    expect(await createPartnerLink(b.coordinator, create)).toEqual({
      ok: false,
      error: "refusals.partners.partnerNotFound",
    });
    // Their own partner, but another library's location.
    expect(await createPartnerLink(b.coordinator, { ...create, partnerId: b.partnerId })).toMatchObject({
      ok: false,
      error: "refusals.locations.notFound",
    });
    // Their own location, but another library's partner.
    expect(await createPartnerLink(b.coordinator, { ...create, locationId: b.locationId })).toEqual({
      ok: false,
      error: "refusals.partners.partnerNotFound",
    });
    expect(await revokePartnerLink(b.coordinator, { linkId })).toEqual({
      ok: false,
      error: "refusals.partnerLinks.notFound",
    });
    expect(await listPartnerLinks(b.coordinator, { partnerId: a.partnerId })).toEqual({
      ok: false,
      error: "refusals.partners.partnerNotFound",
    });
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});

describe("a partner's worker books through the link", () => {
  it("writes the client, a visit booked via the partner and an incoming referral with the feedback consent", async () => {
    const { linkId, secret } = await newLink();
    const booked = await bookByPartnerLink(secret, await referral(), { now, origin: { ipAddress: "192.0.2.7" } });
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    const visit = await db.visit.findUniqueOrThrow({
      where: { id: booked.value.visitId },
      include: { client: { include: { consents: true } } },
    });
    expect(visit).toMatchObject({
      organisationId: a.organisationId,
      locationId: a.locationId,
      bookedVia: "PARTNER",
      kind: "APPOINTMENT",
      status: "BOOKED",
      categoryId: domainId,
    });
    expect(visit.client).toMatchObject({
      displayName: "Jan",
      email: null,
    });
    expect(visit.client.phone).toMatch(/^06\d{8}$/);
    // Each consent in the words of the box the worker ticked, and who ticked it.
    const t = partnerReferralTranslator();
    const attested = " (bevestigd door Fatima Wijkteam van Wijkteam Noord)";
    expect(
      visit.client.consents
        .map((consent) => [consent.purpose, consent.scope])
        .sort((x, y) => x[0]!.localeCompare(y[0]!)),
    ).toEqual([
      ["ONLINE_BOOKING", t("bookingConsent") + attested],
      ["REFERRER_FEEDBACK", t("feedbackConsent") + attested],
    ]);
    const stored = await db.referral.findUniqueOrThrow({
      where: { id: booked.value.referralId },
      include: { consent: true },
    });
    expect(stored).toMatchObject({
      organisationId: a.organisationId,
      direction: "IN",
      clientId: visit.clientId,
      visitId: visit.id,
      partnerId: a.partnerId,
      reason: "Brief van het UWV over een terugvordering van de WW; wil bezwaar maken.",
      feedbackRequested: true,
      referrerName: "Fatima Wijkteam",
      referrerEmail: "fatima@wijkteam-noord.example",
      partnerLinkId: linkId,
      consent: { purpose: "REFERRER_FEEDBACK", withdrawnAt: null },
    });
    expect((await db.partnerLink.findUniqueOrThrow({ where: { id: linkId } })).lastUsedAt).toEqual(now);
    expect(await db.appointmentLink.count({ where: { visitId: visit.id } })).toBe(1);
    expect(
      await db.auditEvent.findFirst({
        where: { entityId: visit.id },
        select: { action: true, actorId: true, clientId: true, ipAddress: true },
      }),
    ).toEqual({ action: "visit.book_by_partner", actorId: null, clientId: visit.clientId, ipAddress: "192.0.2.7" });
  });

  it("without the client's consent to feedback promises none", async () => {
    const { secret } = await newLink();
    const booked = await bookByPartnerLink(secret, await referral({ feedbackConsent: false }), { now });
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    const stored = await db.referral.findUniqueOrThrow({ where: { id: booked.value.referralId } });
    expect(stored).toMatchObject({ feedbackRequested: false, consentId: null });
    expect(await db.consent.count({ where: { clientId: stored.clientId, purpose: "REFERRER_FEEDBACK" } })).toBe(0);
  });

  it("refuses a revoked link, an unknown one and a malformed one alike, and writes nothing", async () => {
    const { linkId, secret } = await newLink();
    await revokePartnerLink(a.coordinator, { linkId }, { now });
    const input = await referral();
    const before = await data();
    for (const tried of [secret, "A".repeat(43), "kort", undefined, { secret }])
      expect(await bookByPartnerLink(tried, input, { now })).toEqual({ ok: false, refusal: "linkUnusable" });
    expect(changedTables(before, await data())).toEqual([]);
    expect(partnerReferralTranslator()("refusals.linkUnusable")).toMatch(/^Deze link werkt niet meer/);
  });

  it("refuses a link whose partner left the social map, and writes nothing", async () => {
    const { secret } = await newLink();
    await db.partner.update({ where: { id: a.partnerId }, data: { active: false } });
    try {
      const input = await referral();
      const before = await data();
      expect(await bookByPartnerLink(secret, input, { now })).toEqual({
        ok: false,
        refusal: "linkUnusable",
      });
      expect(changedTables(before, await data())).toEqual([]);
    } finally {
      await db.partner.update({ where: { id: a.partnerId }, data: { active: true } });
    }
  });

  it("answers bad input with a Dutch message per field and writes nothing", async () => {
    const { secret } = await newLink();
    const before = await data();
    const refused = await bookByPartnerLink(
      secret,
      await referral({
        slotId: "",
        workerName: " ",
        workerEmail: "geen-adres",
        clientName: "x".repeat(51),
        clientPhone: "bel me",
        question: "v".repeat(501),
        bookingConsent: false,
        topic: "astrologie",
      }),
      { now },
    );
    expect(refused).toMatchObject({
      ok: false,
      fields: {
        slotId: "chooseSlot",
        workerName: "workerNameRequired",
        workerEmail: "workerEmailInvalid",
        clientName: "clientNameTooLong",
        clientPhone: "phoneInvalid",
        question: "questionTooLong",
        bookingConsent: "consentRequired",
        topic: "chooseTopic",
      },
    });
    const t = partnerReferralTranslator();
    for (const code of Object.values((refused as { fields: Record<string, string> }).fields)) {
      const text = t(`refusals.${code}` as Parameters<typeof t>[0]);
      expect(text).not.toContain("refusals.");
      expect(text.length).toBeGreaterThan(10);
    }
    expect(
      await bookByPartnerLink(secret, await referral({ clientPhone: "", clientEmail: "" }), { now }),
    ).toMatchObject({ ok: false, fields: { clientPhone: "contactRequired" } });
    expect(await bookByPartnerLink(secret, await referral({ website: "spam" }), { now })).toEqual({
      ok: false,
      refusal: "notAccepted",
    });
    expect(changedTables(before, await data())).toEqual([]);
  });
});

describe("feedback to the worker who referred", () => {
  /** A booking through the link whose visit the advisor took into a dossier. */
  async function bookedIntoDossier(extra: Record<string, unknown> = {}) {
    const { secret } = await newLink();
    const booked = await bookByPartnerLink(secret, await referral(extra), { now });
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    const conversation = new Date(booked.value.startsAt.getTime() + 60_000);
    await db.visit.update({
      where: { id: booked.value.visitId },
      data: { status: "IN_CONVERSATION", arrivedAt: conversation, startedAt: conversation },
    });
    const opened = await openDossier(
      a.advisor,
      { visitId: booked.value.visitId, question: "Terugvordering WW", legalDomainId: domainId, consent: true },
      { now: conversation },
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    return booked.value.referralId;
  }

  const FEEDBACK = "Bezwaar tegen de terugvordering is verstuurd; we horen binnen zes weken van het UWV.";

  it("mails the advisor's text to the worker, without the client's name, once", async () => {
    const referralId = await bookedIntoDossier({ clientName: "Jan", clientPhone: "06 11112222" });
    const owed = await listFeedbackOwed(a.advisor);
    expect(owed.own).toContainEqual(
      expect.objectContaining({
        referralId,
        clientName: "Jan",
        referrer: { name: "Fatima Wijkteam", email: "fatima@wijkteam-noord.example" },
      }),
    );
    // The text is what the worker hears: without it nothing is sent or marked.
    expect(await markFeedbackGiven(a.advisor, { referralId })).toMatchObject({
      ok: false,
      error: "refusals.referrals.feedbackTextRequired",
    });
    expect(await markFeedbackGiven(a.advisor, { referralId, feedback: "x".repeat(1001) })).toMatchObject({
      ok: false,
      fieldErrors: { feedback: ["refusals.common.atMost1000"] },
    });
    // Another library's advisor cannot give it.
    expect(await markFeedbackGiven(b.advisor, { referralId, feedback: FEEDBACK })).toEqual({
      ok: false,
      error: "refusals.referrals.notFound",
    });
    const sentBefore = smtp.received.length;
    expect(await markFeedbackGiven(a.advisor, { referralId, feedback: FEEDBACK }, { now })).toEqual({
      ok: true,
      value: undefined,
    });
    const mail = await smtp.waitForMail((received) => received.text.includes(FEEDBACK));
    expect(mail.to).toEqual(["fatima@wijkteam-noord.example"]);
    expect(mail.text).toContain("Beste Fatima Wijkteam,");
    // The desk may have completed the name since: the mail names the link and the day instead.
    expect(mail.text).not.toMatch(/\bJan\b/);
    expect(mail.text).toContain("‘Wijkteam Noord, team Oost’");
    expect(mail.text).toContain("dinsdag 8 december 2026");
    expect(mail.text).not.toContain("0611112222");
    expect(mail.text).not.toContain("UWV over een terugvordering");
    expect(smtp.received.length).toBe(sentBefore + 1);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).feedbackGivenAt).toEqual(now);
    expect(await markFeedbackGiven(a.advisor, { referralId, feedback: FEEDBACK })).toMatchObject({ ok: false });
    expect(smtp.received.length).toBe(sentBefore + 1);
  });

  it("sends nothing without the client's consent, after it was withdrawn, or when mail is off", async () => {
    const sentBefore = smtp.received.length;
    const withoutConsent = await bookedIntoDossier({ feedbackConsent: false });
    expect(await markFeedbackGiven(a.advisor, { referralId: withoutConsent, feedback: FEEDBACK })).toEqual({
      ok: false,
      error: "refusals.referrals.noFeedbackAgreed",
    });
    const withdrawn = await bookedIntoDossier();
    await db.consent.updateMany({ where: { referrals: { some: { id: withdrawn } } }, data: { withdrawnAt: now } });
    expect(await markFeedbackGiven(a.advisor, { referralId: withdrawn, feedback: FEEDBACK })).toEqual({
      ok: false,
      error: "refusals.referrals.noFeedbackConsent",
    });
    const mailOff = await bookedIntoDossier();
    delete process.env.SMTP_URL;
    expect(await markFeedbackGiven(a.advisor, { referralId: mailOff, feedback: FEEDBACK })).toEqual({
      ok: false,
      error: "refusals.referrals.feedbackMailOff",
    });
    expect((await db.referral.findUniqueOrThrow({ where: { id: mailOff } })).feedbackGivenAt).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.length).toBe(sentBefore);
  });

  it("marks it given without a mail when the advisor gave it another way, also with mail off", async () => {
    const referralId = await bookedIntoDossier();
    delete process.env.SMTP_URL;
    const sentBefore = smtp.received.length;
    expect(await markFeedbackGiven(a.advisor, { referralId, givenOtherwise: "true" }, { now })).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).feedbackGivenAt).toEqual(now);
    // Audited as given, not as mailed.
    expect(
      await db.auditEvent.findMany({ where: { entityId: referralId }, select: { action: true, details: true } }),
    ).toEqual([{ action: "referral.feedback_given", details: null }]);
    expect(smtp.received.length).toBe(sentBefore);
  });

  it("sends exactly one mail for two submits at the same moment", async () => {
    const referralId = await bookedIntoDossier();
    const sentBefore = smtp.received.length;
    const text = `${FEEDBACK} (twee keer geklikt)`;
    const answers = await Promise.all([
      markFeedbackGiven(a.advisor, { referralId, feedback: text }, { now }),
      markFeedbackGiven(a.advisor, { referralId, feedback: text }, { now }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toHaveLength(1);
    await smtp.waitForMail((received) => received.text.includes(text));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.length).toBe(sentBefore + 1);
    expect(await db.auditEvent.count({ where: { entityId: referralId, action: "referral.feedback_given" } })).toBe(1);
  });

  it("takes the claim back when the mail server answers 550: not given, still owed, the failure audited", async () => {
    const referralId = await bookedIntoDossier();
    const refusing = await refusingServer(550);
    try {
      process.env.SMTP_URL = refusing.url;
      expect(await markFeedbackGiven(a.advisor, { referralId, feedback: FEEDBACK }, { now })).toEqual({
        ok: false,
        error: "refusals.referrals.feedbackMailFailed",
      });
    } finally {
      await refusing.stop();
    }
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).feedbackGivenAt).toBeNull();
    expect((await listFeedbackOwed(a.advisor)).own).toContainEqual(expect.objectContaining({ referralId }));
    expect(
      await db.auditEvent.findMany({
        where: { entityId: referralId },
        select: { action: true, details: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([
      { action: "referral.feedback_given", details: { mailedToReferrer: true } },
      { action: "referral.feedback_mail_failed", details: { errorCode: "smtp_550", stillOwed: true } },
    ]);
    // Once the mail server takes it, it is given.
    process.env.SMTP_URL = smtp.url;
    expect(await markFeedbackGiven(a.advisor, { referralId, feedback: FEEDBACK }, { now })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it("keeps it given when the connection broke after the mail was handed over, and says so", async () => {
    const referralId = await bookedIntoDossier();
    const breaking = await breakingServer();
    try {
      process.env.SMTP_URL = breaking.url;
      expect(await markFeedbackGiven(a.advisor, { referralId, feedback: FEEDBACK }, { now })).toEqual({
        ok: false,
        error: "refusals.referrals.feedbackMailUncertain",
      });
    } finally {
      await breaking.stop();
    }
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).feedbackGivenAt).toEqual(now);
  });

  it("rolls the marking back when the mail server refuses, so the feedback stays owed", async () => {
    const referralId = await bookedIntoDossier();
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    expect(await markFeedbackGiven(a.advisor, { referralId, feedback: FEEDBACK })).toEqual({
      ok: false,
      error: "refusals.referrals.feedbackMailFailed",
    });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).feedbackGivenAt).toBeNull();
    expect((await listFeedbackOwed(a.advisor)).own).toContainEqual(expect.objectContaining({ referralId }));
  });

  it("anonymising the client clears the worker's name and address", async () => {
    const referralId = await bookedIntoDossier();
    const { clientId } = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    await db.$transaction((tx) => anonymiseClient(tx, a.organisationId, clientId, now));
    expect(await db.referral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({
      reason: null,
      referrerName: null,
      referrerEmail: null,
    });
  });
});

describe("what a booking through the link must not do", () => {
  it("books once for two submits of the same form: the second answer is the same appointment", async () => {
    const { secret } = await newLink();
    const input = { ...(await referral()), submissionId: crypto.randomUUID() };
    const [first, second] = await Promise.all([
      bookByPartnerLink(secret, input, { now }),
      bookByPartnerLink(secret, input, { now }),
    ]);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    expect(second.value.visitId).toBe(first.value.visitId);
    expect(second.value.referralId).toBe(first.value.referralId);
    expect([first.value.replayed, second.value.replayed].sort()).toEqual([false, true]);
    expect(second.value.clientLinkSecret).not.toBe(first.value.clientLinkSecret);
    expect(await db.visit.count({ where: { slotId: input.slotId } })).toBe(1);
    expect(await db.referral.count({ where: { visitId: first.value.visitId } })).toBe(1);
    // Both answers' client links open the one appointment.
    expect(await db.appointmentLink.count({ where: { visitId: first.value.visitId } })).toBe(2);
  });

  it("refuses a NUL character in any field as bad input, before the database sees it", async () => {
    const { secret } = await newLink();
    const before = await data();
    for (const field of ["slotId", "workerName", "clientName", "question", "topic", "clientEmail"]) {
      const input = await referral();
      const answer = await bookByPartnerLink(
        secret,
        { ...input, [field]: `${String(input[field as keyof typeof input] || "x")}\u0000` },
        { now },
      );
      expect(answer, field).toMatchObject({ ok: false });
      expect((answer as { fields?: Record<string, string> }).fields?.[field], field).toBeDefined();
    }
    // The public booking form too.
    const booking = { locationSlug: "bieb", slotId: "slot", name: "Jan", phone: "0612345678", consent: true };
    for (const field of ["locationSlug", "slotId", "name"] as const)
      expect(await bookOnline({ ...booking, [field]: `${booking[field]}\u0000` }, { now }), field).toMatchObject({
        ok: false,
        refusal: "notAccepted",
        fields: { [field]: "notAccepted" },
      });
    expect(changedTables(before, await data())).toEqual([]);
  });

  it("books no half hour of another library, nor of another location of its own library", async () => {
    const { secret } = await newLink();
    const other = await db.location.create({
      data: {
        organisationId: a.organisationId,
        slug: `loc-${Math.random().toString(36).slice(2)}`,
        name: "Bibliotheek A, filiaal Zuid",
        street: "Zuidstraat 1",
        postcode: "1234 AC",
        city: "Teststad",
      },
    });
    const session = await db.session.create({
      data: {
        organisationId: a.organisationId,
        locationId: other.id,
        startsAt: amsterdamMoment(DAY, 600),
        endsAt: amsterdamMoment(DAY, 630),
      },
    });
    const ownOther = await db.slot.create({
      data: {
        organisationId: a.organisationId,
        sessionId: session.id,
        // Someone else's half hour: otherwise bookable, only at another location.
        advisorId: (await createUser(a.organisationId, "ADVISOR")).id,
        startsAt: amsterdamMoment(DAY, 600),
        endsAt: amsterdamMoment(DAY, 630),
      },
    });
    const ofB = await db.slot.findFirstOrThrow({ where: { organisationId: b.organisationId, visit: null } });
    for (const slotId of [ofB.id, ownOther.id]) {
      const input = await referral({ slotId });
      const before = await data();
      expect(await bookByPartnerLink(secret, input, { now })).toEqual({ ok: false, refusal: "slotGone" });
      expect(changedTables(before, await data())).toEqual([]);
    }
  });

  it("writes nothing once the limit says too many tries", async () => {
    const { secret } = await newLink();
    const input = await referral({ slotId: "bestaat-niet", clientPhone: "06 99990000" });
    for (let tried = 0; tried < 5; tried++)
      expect(await bookByPartnerLink(secret, input, { now })).toEqual({ ok: false, refusal: "slotGone" });
    const before = await fingerprint();
    expect(await bookByPartnerLink(secret, { ...input, slotId: await freeSlot() }, { now })).toEqual({
      ok: false,
      refusal: "tooManyTries",
    });
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it("refuses a booking that waited while the link was revoked, and writes nothing of it", async () => {
    const { linkId, secret } = await newLink();
    const input = await referral();
    const before = await data();
    let locked!: () => void;
    let revoke!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const mayRevoke = new Promise<void>((resolve) => (revoke = resolve));
    // The coordinator's revocation holds the link's row until it commits.
    const revocation = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "PartnerLink" WHERE "id" = ${linkId} FOR UPDATE`;
        locked();
        await mayRevoke;
        await tx.partnerLink.update({ where: { id: linkId }, data: { revokedAt: now } });
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const booking = bookByPartnerLink(secret, input, { now });
    await untilAWriterWaitsForALock();
    revoke();
    await revocation;
    expect(await booking).toEqual({ ok: false, refusal: "linkUnusable" });
    expect(changedTables(before, await data())).toEqual(["PartnerLink"]);
    expect(await db.visit.count({ where: { slotId: input.slotId } })).toBe(0);
  });

  it("never books through a link whose partner or location is another library's, written past the use cases", async () => {
    // The database has no key that forbids such a row: a script or a hand-made fix could write one.
    const mixed = [
      { partnerId: a.partnerId, locationId: b.locationId },
      { partnerId: b.partnerId, locationId: a.locationId },
    ];
    for (const { partnerId, locationId } of mixed) {
      const secret = newLinkSecret();
      await db.partnerLink.create({
        data: {
          organisationId: a.organisationId,
          partnerId,
          locationId,
          tokenHash: hashLinkSecret(secret),
          label: "Verkeerd gekoppeld",
          createdAt: now,
        },
      });
      expect(await findUsablePartnerLink(secret)).toBeNull();
      const ofLocation = await db.slot.findFirstOrThrow({
        where: { visit: null, session: { locationId } },
        orderBy: { startsAt: "asc" },
      });
      const input = await referral({ slotId: ofLocation.id });
      const before = await data();
      expect(await bookByPartnerLink(secret, input, { now })).toEqual({ ok: false, refusal: "linkUnusable" });
      expect(changedTables(before, await data())).toEqual([]);
    }
  });
});

describe("a link's limit per day", () => {
  async function bookThrough(secret: string, extra: Record<string, unknown> = {}) {
    const booked = await bookByPartnerLink(secret, await referral(extra), { now });
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    return booked.value;
  }

  it("books at most its limit in 24 hours, then refuses in Dutch and writes nothing; replays and other links go on", async () => {
    const { linkId, secret } = await newLink();
    const lastForm = { submissionId: crypto.randomUUID() };
    for (let booked = 1; booked < MAX_BOOKINGS_PER_LINK_PER_DAY; booked++) await bookThrough(secret);
    const last = await referral(lastForm);
    const lastBooked = await bookByPartnerLink(secret, last, { now });
    if (!lastBooked.ok) throw new Error(JSON.stringify(lastBooked));

    const over = await referral();
    const before = await data();
    expect(await bookByPartnerLink(secret, over, { now })).toEqual({ ok: false, refusal: "linkLimitReached" });
    expect(changedTables(before, await data())).toEqual([]);
    expect(await db.visit.count({ where: { slotId: over.slotId } })).toBe(0);
    expect(partnerReferralTranslator()("refusals.linkLimitReached")).toMatch(
      /^Met deze link is de afgelopen 24 uur al het hoogste aantal afspraken gemaakt\. Bel de bibliotheek/,
    );

    // The last form sent again (its answer got lost) still gets its booking.
    const replayed = await bookByPartnerLink(secret, last, { now });
    expect(replayed).toMatchObject({ ok: true, value: { visitId: lastBooked.value.visitId, replayed: true } });
    // The limit is per link: the partner's other link books.
    await bookThrough((await newLink()).secret);
    // Bookings of more than 24 hours ago do not count.
    await db.referral.updateMany({
      where: { partnerLinkId: linkId },
      data: { createdAt: new Date(now.getTime() - 24 * 3_600_000) },
    });
    await bookThrough(secret);
  });

  it("counts two bookings at the same moment one after the other: the one past the limit is refused", async () => {
    const { secret } = await newLink();
    for (let booked = 1; booked < MAX_BOOKINGS_PER_LINK_PER_DAY; booked++) await bookThrough(secret);
    const [first, second] = [await referral(), await referral()];
    const answers = await Promise.all([
      bookByPartnerLink(secret, first, { now }),
      bookByPartnerLink(secret, second, { now }),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toEqual([{ ok: false, refusal: "linkLimitReached" }]);
    expect(await db.visit.count({ where: { slotId: { in: [first.slotId, second.slotId] } } })).toBe(1);
  });
});

describe("when a partner or a location leaves and comes back", () => {
  /** A partner of library A of its own, so that its links are no other test's. */
  async function ownPartner() {
    const partner = await db.partner.create({
      data: { organisationId: a.organisationId, name: `Buurtteam ${crypto.randomUUID()}`, type: "NEIGHBOURHOOD_TEAM" },
    });
    const link = async (locationId = a.locationId) => {
      const created = await createPartnerLink(
        a.coordinator,
        { partnerId: partner.id, locationId, label: "Buurtteam" },
        { now },
      );
      if (!created.ok) throw new Error(JSON.stringify(created));
      return { linkId: created.value.linkId, secret: created.value.url.split("/").pop()! };
    };
    return { partner, link };
  }

  it("deactivating a partner revokes its links for good: reactivating it brings none back", async () => {
    const { partner, link } = await ownPartner();
    const working = await link();
    const revokedBefore = await link();
    const earlier = new Date(now.getTime() - 3_600_000);
    await revokePartnerLink(a.coordinator, { linkId: revokedBefore.linkId }, { now: earlier });

    const leaving = new Date(now.getTime() + 60_000);
    expect(await deactivatePartner(a.coordinator, { partnerId: partner.id }, { now: leaving })).toMatchObject({
      ok: true,
    });
    expect(await db.partnerLink.findUniqueOrThrow({ where: { id: working.linkId } })).toMatchObject({
      revokedAt: leaving,
      revokedById: a.coordinator.userId,
    });
    // A link revoked before keeps its own moment.
    expect((await db.partnerLink.findUniqueOrThrow({ where: { id: revokedBefore.linkId } })).revokedAt).toEqual(
      earlier,
    );
    expect(
      await db.auditEvent.findMany({
        where: { entityId: working.linkId, action: "partner_link.revoke" },
        select: { actorId: true, details: true },
      }),
    ).toEqual([{ actorId: a.coordinator.userId, details: { partnerId: partner.id, partnerDeactivated: true } }]);

    expect(await reactivatePartner(a.coordinator, { partnerId: partner.id }, { now })).toMatchObject({ ok: true });
    for (const { secret } of [working, revokedBefore]) {
      expect(await findUsablePartnerLink(secret)).toBeNull();
      const input = await referral();
      const before = await data();
      expect(await bookByPartnerLink(secret, input, { now })).toEqual({ ok: false, refusal: "linkUnusable" });
      expect(changedTables(before, await data())).toEqual([]);
    }
    const listed = await listPartnerLinks(a.coordinator, { partnerId: partner.id });
    if (!listed.ok) throw new Error(JSON.stringify(listed));
    expect(listed.value.links.every((row) => row.revokedAt !== null)).toBe(true);
    // A new link works.
    expect(await findUsablePartnerLink((await link()).secret)).not.toBeNull();
  });

  it("an import that sets a partner inactive revokes its links as the button does", async () => {
    const { partner, link } = await ownPartner();
    const { linkId, secret } = await link();
    const file = `naam;soort;actief\r\n${partner.name};sociaal wijkteam;nee\r\n`;
    const imported = await importPartners(a.coordinator, { content: Buffer.from(file).toString("base64") }, { now });
    expect(imported).toMatchObject({ ok: true, value: { changed: 1 } });
    expect(await db.partnerLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({
      revokedAt: now,
      revokedById: a.coordinator.userId,
    });
    await db.partner.update({ where: { id: partner.id }, data: { active: true } });
    expect(await findUsablePartnerLink(secret)).toBeNull();
  });

  it("a link made while its partner is being deactivated waits, and is then refused", async () => {
    const { partner } = await ownPartner();
    let locked!: () => void;
    let finish!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    // A deactivation under way: it holds the partner's row until it commits.
    const deactivation = db.$transaction(
      async (tx) => {
        await tx.partner.update({ where: { id: partner.id }, data: { active: false } });
        locked();
        await mayFinish;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const creating = createPartnerLink(
      a.coordinator,
      { partnerId: partner.id, locationId: a.locationId, label: "Net te laat" },
      { now },
    );
    await untilAWriterWaitsForALock();
    finish();
    await deactivation;
    expect(await creating).toEqual({ ok: false, error: "refusals.partnerLinks.partnerInactive" });
    expect(await db.partnerLink.count({ where: { partnerId: partner.id } })).toBe(0);
  });

  it("a link stops while its location is archived and works again once it is restored; a revoked one stays revoked", async () => {
    const admin = actorOf(await createUser(a.organisationId, "ADMIN"));
    const branch = await db.location.create({
      data: {
        organisationId: a.organisationId,
        slug: `loc-${crypto.randomUUID()}`,
        name: "Bibliotheek A, filiaal West",
        street: "Weststraat 1",
        postcode: "1234 AD",
        city: "Teststad",
      },
    });
    const session = await db.session.create({
      data: {
        organisationId: a.organisationId,
        locationId: branch.id,
        startsAt: amsterdamMoment(DAY, 600),
        endsAt: amsterdamMoment(DAY, 630),
      },
    });
    const slot = await db.slot.create({
      data: {
        organisationId: a.organisationId,
        sessionId: session.id,
        advisorId: (await createUser(a.organisationId, "ADVISOR")).id,
        startsAt: amsterdamMoment(DAY, 600),
        endsAt: amsterdamMoment(DAY, 630),
      },
    });
    const { link } = await ownPartner();
    const working = await link(branch.id);
    const revoked = await link(branch.id);

    expect(await archiveLocation(admin, { locationId: branch.id }, { now })).toMatchObject({ ok: true });
    expect(await findUsablePartnerLink(working.secret)).toBeNull();
    const input = await referral({ slotId: slot.id });
    const before = await data();
    expect(await bookByPartnerLink(working.secret, input, { now })).toEqual({ ok: false, refusal: "linkUnusable" });
    expect(changedTables(before, await data())).toEqual([]);
    // Archiving revokes nothing; the coordinator revokes one meanwhile.
    expect((await db.partnerLink.findUniqueOrThrow({ where: { id: working.linkId } })).revokedAt).toBeNull();
    await revokePartnerLink(a.coordinator, { linkId: revoked.linkId }, { now });

    expect(await restoreLocation(admin, { locationId: branch.id }, { now })).toMatchObject({ ok: true });
    expect(await findUsablePartnerLink(revoked.secret)).toBeNull();
    expect(await bookByPartnerLink(working.secret, input, { now })).toMatchObject({ ok: true });
  });
});

describe("the coordinator's double click", () => {
  it("makes one link for two submits of the same form; only the last answer's secret works", async () => {
    const submissionId = crypto.randomUUID();
    const create = { partnerId: a.partnerId, locationId: a.locationId, label: "Dubbel geklikt", submissionId };
    const first = await createPartnerLink(a.coordinator, create, { now });
    const second = await createPartnerLink(a.coordinator, create, { now });
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    expect(second.value.linkId).toBe(first.value.linkId);
    expect(await db.partnerLink.count({ where: { partnerId: a.partnerId, label: "Dubbel geklikt" } })).toBe(1);
    expect(await findUsablePartnerLink(first.value.url.split("/").pop())).toBeNull();
    expect(await findUsablePartnerLink(second.value.url.split("/").pop())).toMatchObject({ id: first.value.linkId });
    // The stored answer holds no secret.
    const stored = await db.submission.findFirstOrThrow({ where: { key: submissionId } });
    expect(JSON.stringify(stored.result)).not.toContain(second.value.url.split("/").pop());
  });
});

/** A mail server that refuses every mail with `code`, as tests/integration/reminders.test.ts makes one. */
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

/**
 * A mail server that takes the whole mail and then drops the connection without answering: the
 * sender cannot know whether it went.
 */
async function breakingServer() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffered = "";
    let inData = false;
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffered += chunk.toString("latin1");
      if (inData) {
        if (buffered.includes("\r\n.\r\n")) socket.destroy();
        return;
      }
      let end: number;
      while ((end = buffered.indexOf("\r\n")) >= 0) {
        const line = buffered.slice(0, end).toUpperCase();
        buffered = buffered.slice(end + 2);
        if (line.startsWith("EHLO") || line.startsWith("HELO")) socket.write("250 test\r\n");
        else if (line.startsWith("DATA")) {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (line.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
