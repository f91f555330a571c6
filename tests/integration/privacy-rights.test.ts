// The AVG rights of one client, exercised by the library's admin (and, for consent, the advisor):
// access (export), erasure (anonymisation that keeps the statistics) and consent per purpose.
import { beforeEach, describe, expect, it } from "vitest";
import { getStoryCase } from "@/lib/costs/story";
import { db } from "@/lib/db";
import { ANONYMISED_NAME } from "@/lib/privacy/anonymise";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent";
import { eraseClient } from "@/lib/privacy/erase-client";
import { exportClientData } from "@/lib/privacy/export";
import { getCaseClientConsents, getClientPrivacy, searchPrivacyClients } from "@/lib/privacy/queries";
import {
  ALREADY_ANONYMISED,
  CLIENT_NOT_FOUND,
  ERASE_CONFIRMATION_WRONG,
  SHARE_CONSENT_WITHDRAWN,
} from "@/lib/privacy/schema";
import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { listFeedbackOwed } from "@/lib/referrals/queries";
import { recordIncomingReferral } from "@/lib/referrals/record-incoming-referral";
import { referOut } from "@/lib/referrals/refer-out";
import { getCostBenefitOverview } from "@/lib/reports/cost-benefit-overview";
import { getHoursReport } from "@/lib/reports/hours";
import { getMonitoringFigures } from "@/lib/reports/monitoring";
import { getNationalExport } from "@/lib/reports/national-export";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW } from "../support/desk-fixture";
import { createClientHistory, everythingAbout, SECRETS } from "../support/privacy-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
type History = Awaited<ReturnType<typeof createClientHistory>>;
let a: Library;
let b: Library;
let history: History;

const FORBIDDEN = "refusals.auth.forbidden";
const DAY = "2026-11-24";
const CLOSED = "2026-11-26";

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  history = await createClientHistory(a, { day: DAY, closedDay: CLOSED });
});

/** Every report a coordinator reads, as the coordinator sees it on NOW. */
async function reports(library: Library) {
  const monitoring = await getMonitoringFigures(library.coordinator, { from: "2026-01-01", to: "2026-12-31" }, NOW);
  const national = await getNationalExport(library.coordinator, { from: "2026-01-01", to: "2026-12-31" }, NOW);
  const hours = await getHoursReport(library.coordinator, {}, { now: NOW });
  const costBenefit = await getCostBenefitOverview(library.coordinator, { from: "2026-01-01", to: "2026-12-31" }, NOW);
  return JSON.parse(JSON.stringify({ monitoring, national, hours, costBenefit })) as {
    monitoring: { value: { reach: { languages: unknown } } };
  };
}

/**
 * The reports' one other intended difference: the erasure clears the client's language (it can
 * tell where someone comes from), so the reach counts it as not known. Returns the language split
 * and leaves the rest.
 */
function takeLanguages(report: Awaited<ReturnType<typeof reports>>) {
  const { languages } = report.monitoring.value.reach;
  report.monitoring.value.reach.languages = null;
  return languages;
}

describe("erasing a client on request", () => {
  it("clears every name, number and free text, deletes the document bytes, and audits it in the same transaction", async () => {
    const before = await everythingAbout(history.clientId);
    for (const secret of Object.values(SECRETS)) expect(before).toContain(secret);

    const result = await eraseClient(
      a.admin,
      { clientId: history.clientId, confirmation: "anonimiseren" },
      { now: NOW },
    );
    expect(result).toEqual({ ok: true, value: { cases: 2, documents: 1 } });

    const after = await everythingAbout(history.clientId);
    for (const secret of Object.values(SECRETS)) expect(after).not.toContain(secret);
    const client = await db.client.findUniqueOrThrow({ where: { id: history.clientId } });
    expect(client).toMatchObject({
      displayName: ANONYMISED_NAME,
      phone: null,
      email: null,
      birthYear: 1979,
      postcodeArea: "7551",
      anonymisedAt: NOW,
    });
    expect(await db.documentContent.count({ where: { storageKey: history.storageKey } })).toBe(0);
    expect(await db.case.count({ where: { clientId: history.clientId, anonymisedAt: NOW } })).toBe(2);
    const audit = await db.auditEvent.findMany({ where: { action: "client.anonymise", clientId: history.clientId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: a.admin.userId,
      actorRole: "ADMIN",
      access: "WRITE",
      details: { reason: "request", cases: 2, documents: 1 },
    });

    expect(
      await eraseClient(a.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" }, { now: NOW }),
    ).toEqual({ ok: false, error: ALREADY_ANONYMISED });
  });

  it("leaves the monitoring, national, hours and cost-benefit reports as they were, but for the client's language", async () => {
    const before = await reports(a);
    expect(JSON.stringify(before)).toContain("420000");
    expect(
      await eraseClient(a.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" }, { now: NOW }),
    ).toMatchObject({ ok: true });
    const after = await reports(a);
    const language = (code: string) => ({ rows: [{ code, count: "<5", percent: null }], total: "<5" });
    expect([takeLanguages(before), takeLanguages(after)]).toEqual([language("ar"), language("UNKNOWN")]);
    expect(after).toEqual(before);
  });

  it("keeps the client's place on the waiting list for the reports, closed, without its note, its offer let go", async () => {
    const entry = await db.waitingListEntry.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: history.clientId,
        addedVia: "DESK",
        note: SECRETS.name,
        createdAt: NOW,
        until: new Date("2026-12-29"),
      },
    });
    const waitingConsent = await db.consent.create({
      data: {
        organisationId: a.organisation.id,
        clientId: history.clientId,
        purpose: "WAITING_LIST",
        givenAt: NOW,
        scope: "Naam en telefoonnummer bewaren zolang de cliënt op de wachtlijst staat",
      },
    });
    const offer = await db.slotOffer.create({
      data: {
        organisationId: a.organisation.id,
        entryId: entry.id,
        slotId: a.session.slots[a.session.slots.length - 1].id,
        tokenHash: "a".repeat(64),
        offeredAt: NOW,
        mailedAt: NOW,
        expiresAt: new Date(NOW.getTime() + 60 * 60_000),
      },
    });
    const before = await reports(a);
    expect(
      await eraseClient(a.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" }, { now: NOW }),
    ).toMatchObject({ ok: true });
    const after = await reports(a);
    takeLanguages(before);
    takeLanguages(after);
    expect(after).toEqual(before);
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      note: null,
      closedAt: NOW,
      closedReason: "WITHDRAWN",
    });
    // The half hour is free for the next one waiting, and the mailed link opens nothing.
    expect(await db.slotOffer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      expiresAt: NOW,
      declinedAt: null,
      tokenHash: null,
    });
    expect(await everythingAbout(history.clientId)).not.toContain(SECRETS.name);
    // The consent to wait ends with the wait, as when the desk takes someone off the list.
    expect(await db.consent.findUniqueOrThrow({ where: { id: waitingConsent.id } })).toMatchObject({
      withdrawnAt: NOW,
    });
  });

  it("ends the client's story in the cost-benefit report, the only thing the reports lose beside the language", async () => {
    await db.consent.create({
      data: { organisationId: a.organisation.id, clientId: history.clientId, purpose: "STORY", givenAt: NOW },
    });
    const before = (await reports(a)) as Awaited<ReturnType<typeof reports>> & {
      costBenefit: { rows: { storyCaseId: string | null }[] };
    };
    expect(before.costBenefit.rows.map((row) => row.storyCaseId)).toEqual([history.dossierId]);
    await eraseClient(a.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" }, { now: NOW });
    const after = (await reports(a)) as typeof before;
    expect(after.costBenefit.rows.map((row) => row.storyCaseId)).toEqual([null]);
    after.costBenefit.rows[0].storyCaseId = history.dossierId;
    takeLanguages(before);
    takeLanguages(after);
    expect(after).toEqual(before);
  });

  it("refuses without the typed confirmation, a wrong role, and another library's admin, and changes nothing", async () => {
    const before = await everythingAbout(history.clientId);
    for (const confirmation of [undefined, "", "ja", "ANONIMISEREN!", "x".repeat(500)]) {
      const result = await eraseClient(a.admin, { clientId: history.clientId, confirmation }, { now: NOW });
      expect(result).toMatchObject({
        ok: false,
        error: INVALID_INPUT,
        fieldErrors: { confirmation: [ERASE_CONFIRMATION_WRONG] },
      });
    }
    expect(await eraseClient(a.admin, { confirmation: "ANONIMISEREN" })).toMatchObject({
      ok: false,
      fieldErrors: { clientId: ["refusals.desk.chooseClient"] },
    });
    for (const actor of [a.host, a.advisors[0], a.coordinator, null]) {
      const result = await eraseClient(actor, { clientId: history.clientId, confirmation: "ANONIMISEREN" });
      expect(result).toMatchObject({ ok: false });
      if (actor) expect(result).toEqual({ ok: false, error: FORBIDDEN });
    }
    expect(await eraseClient(b.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" })).toEqual({
      ok: false,
      error: CLIENT_NOT_FOUND,
    });
    expect(await everythingAbout(history.clientId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "client.anonymise", clientId: history.clientId } })).toBe(0);
  });

  it("keeps a client that cannot be fully anonymised as it was: one transaction", async () => {
    // A row the anonymisation must change but cannot (a CHECK added for this test) fails the transaction half-way.
    await db.$executeRawUnsafe(
      `ALTER TABLE "Client" ADD CONSTRAINT "test_refuse_anonymised" CHECK ("displayName" <> '${ANONYMISED_NAME}') NOT VALID`,
    );
    const before = await everythingAbout(history.clientId);
    const result = await eraseClient(
      a.admin,
      { clientId: history.clientId, confirmation: "ANONIMISEREN" },
      { now: NOW },
    );
    expect(result).toEqual({ ok: false, error: "refusals.common.unexpected" });
    expect(await everythingAbout(history.clientId)).toEqual(before);
    expect(await db.documentContent.count({ where: { storageKey: history.storageKey } })).toBe(1);
    await db.$executeRawUnsafe(`ALTER TABLE "Client" DROP CONSTRAINT "test_refuse_anonymised"`);
  });
});

describe("a subject-access request", () => {
  it("gives the admin everything about the client, with the document bytes, and audits the export", async () => {
    await db.auditEvent.create({
      data: {
        organisationId: a.organisation.id,
        actorId: a.advisors[0].userId,
        actorRole: "ADVISOR",
        action: "case.read",
        access: "READ",
        entityType: "Case",
        entityId: history.dossierId,
        clientId: history.clientId,
      },
    });
    const data = await exportClientData(a.admin, history.clientId, "json", NOW);
    expect(data).not.toBeNull();
    const json = JSON.stringify(data);
    for (const secret of Object.values(SECRETS)) if (secret !== SECRETS.documentBytes) expect(json).toContain(secret);
    const dossier = data!.cases.find((found) => found.id === history.dossierId)!;
    const document = dossier.documents[0] as { contentBase64: string | null };
    expect(Buffer.from(document.contentBase64!, "base64").toString("utf8")).toBe(SECRETS.documentBytes);
    expect(data!.cases.map((found) => found.kind).sort()).toEqual(["DOSSIER", "QUICK_CONTACT"]);
    expect(dossier.timeEntries.map((entry) => entry.minutes)).toEqual([45]);
    expect(dossier.aftercareTasks[0].timeEntries.map((entry) => entry.minutes)).toEqual([15]);
    expect(data!.visits[0].timeEntries.map((entry) => entry.minutes)).toEqual([30]);
    expect(data!.consents.map((consent) => consent.purpose).sort()).toEqual(["DOSSIER", "SHARE_WITH_PARTNER"]);
    expect(data!.referrals[0]).toMatchObject({ reason: SECRETS.referral, handover: "WARM" });
    expect(data!.audit.map((event) => event.action)).toContain("case.read");
    expect(
      await db.auditEvent.count({
        where: { action: "client.export", clientId: history.clientId, actorId: a.admin.userId },
      }),
    ).toBe(1);
  });

  it("lists the client's places on a waiting list and the half hours offered, without the offer link", async () => {
    const slot = a.session.slots[a.session.slots.length - 1];
    const entry = await db.waitingListEntry.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: history.clientId,
        addedVia: "ONLINE",
        note: "liefst na drieën",
        createdAt: NOW,
        until: new Date("2026-12-29"),
      },
    });
    const tokenHash = "b".repeat(64);
    await db.slotOffer.create({
      data: {
        organisationId: a.organisation.id,
        entryId: entry.id,
        slotId: slot.id,
        tokenHash,
        offeredAt: NOW,
        mailedAt: NOW,
        expiresAt: new Date(NOW.getTime() + 60 * 60_000),
      },
    });
    const data = await exportClientData(a.admin, history.clientId, "json", NOW);
    expect(data!.waitingList).toMatchObject([
      {
        id: entry.id,
        addedVia: "ONLINE",
        note: "liefst na drieën",
        until: new Date("2026-12-29"),
        closedAt: null,
        location: { name: a.location.name },
        offers: [{ offeredAt: NOW, mailedAt: NOW, takenAt: null, slot: { startsAt: slot.startsAt }, outcome: "open" }],
      },
    ]);
    expect(JSON.stringify(data)).not.toContain(tokenHash);
    // The same offer, exported after its hour had run out, or once taken.
    const later = new Date(NOW.getTime() + 2 * 60 * 60_000);
    expect((await exportClientData(a.admin, history.clientId, "json", later))!.waitingList[0].offers[0].outcome).toBe(
      "expired",
    );
    await db.slotOffer.update({ where: { tokenHash }, data: { takenAt: NOW } });
    expect((await exportClientData(a.admin, history.clientId, "json", later))!.waitingList[0].offers[0].outcome).toBe(
      "taken",
    );
    expect(await exportClientData(b.admin, history.clientId, "json")).toBeNull();
  });

  it("gives another library's admin 'not found' (audited as refused) and every other role a refusal", async () => {
    expect(await exportClientData(b.admin, history.clientId, "json")).toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "client.export_refused", actorId: b.admin.userId, clientId: null },
      }),
    ).toBe(1);
    for (const actor of [a.host, a.advisors[0], a.coordinator])
      await expect(exportClientData(actor, history.clientId, "json")).rejects.toThrow(FORBIDDEN);
    await expect(exportClientData(null, history.clientId, "html")).rejects.toThrow();
    expect(await getClientPrivacy(b.admin, history.clientId)).toBeNull();
  });

  it("lets the admin find the client by name, phone number or client number, within the own library only", async () => {
    for (const query of ["el amrani", "06-1234 5678", history.clientId]) {
      const result = await searchPrivacyClients(a.admin, { query });
      expect(result.ok && result.value.map((client) => client.id)).toEqual([history.clientId]);
      expect(await searchPrivacyClients(b.admin, { query })).toEqual({ ok: true, value: [] });
    }
    expect(await searchPrivacyClients(a.admin, { query: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { query: ["refusals.privacy.searchTooShort"] },
    });
    expect(await searchPrivacyClients(a.coordinator, { query: "el amrani" })).toEqual({ ok: false, error: FORBIDDEN });
    await eraseClient(a.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" }, { now: NOW });
    expect(await searchPrivacyClients(a.admin, { query: "Geanonimiseerd" })).toEqual({ ok: true, value: [] });
    const byNumber = await searchPrivacyClients(a.admin, { query: history.clientId });
    expect(byNumber.ok && byNumber.value).toEqual([
      expect.objectContaining({ id: history.clientId, anonymised: true }),
    ]);
  });
});

describe("consent per purpose", () => {
  const consents = (purpose: "STORY" | "SHARE_WITH_PARTNER" | "CONTACT_BY_PHONE") =>
    db.consent.findMany({ where: { clientId: history.clientId, purpose }, orderBy: { createdAt: "asc" } });

  it("is recorded and withdrawn by the admin and by an advisor who may read the dossier, with dates, once", async () => {
    const professional = a.advisors[0];
    expect(
      await recordConsent(
        a.admin,
        { clientId: history.clientId, purpose: "CONTACT_BY_PHONE", scope: "Bellen op 06-nummer" },
        { now: NOW },
      ),
    ).toEqual({ ok: true, value: { changed: true } });
    expect(
      await recordConsent(professional, { clientId: history.clientId, purpose: "CONTACT_BY_PHONE" }, { now: NOW }),
    ).toEqual({ ok: true, value: { changed: false } });
    expect(await consents("CONTACT_BY_PHONE")).toEqual([
      expect.objectContaining({
        givenAt: NOW,
        withdrawnAt: null,
        scope: "Bellen op 06-nummer",
        recordedById: a.admin.userId,
      }),
    ]);
    const later = new Date(NOW.getTime() + 60_000);
    expect(
      await withdrawConsent(professional, { clientId: history.clientId, purpose: "CONTACT_BY_PHONE" }, { now: later }),
    ).toEqual({ ok: true, value: { changed: true } });
    expect(
      await withdrawConsent(a.admin, { clientId: history.clientId, purpose: "CONTACT_BY_PHONE" }, { now: later }),
    ).toEqual({ ok: true, value: { changed: false } });
    expect((await consents("CONTACT_BY_PHONE")).map((consent) => consent.withdrawnAt)).toEqual([later]);
    const state = (await getClientPrivacy(a.admin, history.clientId))!.consents.find(
      (consent) => consent.purpose === "CONTACT_BY_PHONE",
    )!;
    expect(state).toMatchObject({ standing: false, history: [{ givenAt: NOW, withdrawnAt: later }] });
    const audit = await db.auditEvent.findMany({
      where: { clientId: history.clientId, action: { startsWith: "consent." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual([
      ["consent.give", a.admin.userId],
      ["consent.withdraw", professional.userId],
    ]);
  });

  it("refuses a host and a coordinator, gives an advisor without access and another library 'not found', and writes nothing", async () => {
    const before = await db.consent.count();
    const colleague = a.advisors[1];
    for (const change of [recordConsent, withdrawConsent]) {
      for (const actor of [a.host, a.coordinator])
        expect(await change(actor, { clientId: history.clientId, purpose: "DOSSIER" })).toEqual({
          ok: false,
          error: FORBIDDEN,
        });
      for (const actor of [colleague, b.admin, b.advisors[0]])
        expect(await change(actor, { clientId: history.clientId, purpose: "DOSSIER" })).toEqual({
          ok: false,
          error: CLIENT_NOT_FOUND,
        });
      for (const purpose of [undefined, "EVERYTHING", 3]) {
        expect(await change(a.admin, { clientId: history.clientId, purpose })).toMatchObject({
          ok: false,
          error: INVALID_INPUT,
          fieldErrors: { purpose: ["refusals.privacy.choosePurpose"] },
        });
      }
    }
    expect(
      await recordConsent(a.admin, { clientId: history.clientId, purpose: "STORY", scope: "x".repeat(1001) }),
    ).toMatchObject({ ok: false, fieldErrors: { scope: ["refusals.common.atMost1000"] } });
    expect(await db.consent.count()).toBe(before);
    expect((await consents("SHARE_WITH_PARTNER")).every((consent) => consent.withdrawnAt === null)).toBe(true);
  });

  it("a withdrawn share consent stops new warm handovers until the client gives it again", async () => {
    const open = await createClientHistory(a, { day: DAY, closedDay: null });
    const advisor = a.advisors[0];
    const warm = {
      caseId: open.dossierId,
      partnerId: open.partnerId,
      reason: "Advocaat nodig",
      handover: "WARM",
      consent: true,
      sharedInformation: "Naam en telefoon",
    };
    expect(
      await withdrawConsent(a.admin, { clientId: open.clientId, purpose: "SHARE_WITH_PARTNER" }, { now: NOW }),
    ).toMatchObject({ ok: true });
    const referrals = await db.referral.count();
    expect(await referOut(advisor, warm, { now: NOW })).toEqual({ ok: false, error: SHARE_CONSENT_WITHDRAWN });
    expect(await db.referral.count()).toBe(referrals);
    expect(
      await referOut(advisor, { ...warm, handover: "INFORMATION_ONLY", consent: false }, { now: NOW }),
    ).toMatchObject({ ok: true });
    expect(
      await recordConsent(
        advisor,
        { clientId: open.clientId, purpose: "SHARE_WITH_PARTNER", scope: "Opnieuw: naam en telefoon" },
        { now: new Date(NOW.getTime() + 1000) },
      ),
    ).toMatchObject({ ok: true });
    expect(await referOut(advisor, warm, { now: new Date(NOW.getTime() + 2000) })).toMatchObject({ ok: true });
  });

  it("a withdrawn feedback consent ends the feedback owed to the referrer", async () => {
    const open = await createClientHistory(a, { day: DAY, closedDay: null });
    const advisor = a.advisors[0];
    expect(
      await recordIncomingReferral(
        advisor,
        { caseId: open.dossierId, partnerId: a.partner.id, feedbackRequested: true, consent: true },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    const owed = async () => {
      const view = await listFeedbackOwed(advisor);
      return view.own?.length ?? -1;
    };
    const before = await owed();
    expect(before).toBeGreaterThan(0);
    expect(
      await withdrawConsent(a.admin, { clientId: open.clientId, purpose: "REFERRER_FEEDBACK" }, { now: NOW }),
    ).toMatchObject({ ok: true, value: { changed: true } });
    expect(await owed()).toBe(before - 1);
    const incoming = await db.referral.findFirstOrThrow({ where: { clientId: open.clientId, direction: "IN" } });
    expect(await markFeedbackGiven(advisor, { referralId: incoming.id })).toEqual({
      ok: false,
      error: "refusals.referrals.noFeedbackConsent",
    });
  });

  it("a withdrawn story consent takes the story out of the cost-benefit report", async () => {
    expect(await recordConsent(a.admin, { clientId: history.clientId, purpose: "STORY" }, { now: NOW })).toMatchObject({
      ok: true,
    });
    const period = { from: "2026-01-01", to: "2026-12-31" };
    expect((await getCostBenefitOverview(a.coordinator, period, NOW)).rows.map((row) => row.storyCaseId)).toEqual([
      history.dossierId,
    ]);
    expect(await getStoryCase(a.coordinator, history.dossierId, NOW)).not.toBeNull();
    expect(
      await withdrawConsent(a.advisors[0], { clientId: history.clientId, purpose: "STORY" }, { now: NOW }),
    ).toMatchObject({ ok: true });
    expect((await getCostBenefitOverview(a.coordinator, period, NOW)).rows.map((row) => row.storyCaseId)).toEqual([
      null,
    ]);
    expect(await getStoryCase(a.coordinator, history.dossierId, NOW)).toBeNull();
  });

  it("shows an advisor the consents of a dossier's client only when they may read the dossier, audited", async () => {
    const view = await getCaseClientConsents(a.advisors[0], history.dossierId);
    expect(view?.client.id).toBe(history.clientId);
    expect(view?.consents.find((consent) => consent.purpose === "SHARE_WITH_PARTNER")?.standing).toBe(true);
    for (const actor of [a.advisors[1], b.advisors[0]])
      expect(await getCaseClientConsents(actor, history.dossierId)).toBeNull();
    for (const actor of [a.host, a.coordinator, a.admin])
      await expect(getCaseClientConsents(actor, history.dossierId)).rejects.toThrow(FORBIDDEN);
    const reads = await db.auditEvent.findMany({
      where: { entityId: history.dossierId, action: { startsWith: "case.read" } },
      orderBy: { id: "asc" },
    });
    expect(reads.map((event) => [event.actorId, event.action, event.clientId])).toEqual([
      [a.advisors[0].userId, "case.read", history.clientId],
      [a.advisors[1].userId, "case.read_refused", null],
      [b.advisors[0].userId, "case.read_refused", null],
    ]);
  });

  it("cannot be changed for an anonymised client", async () => {
    await eraseClient(a.admin, { clientId: history.clientId, confirmation: "ANONIMISEREN" }, { now: NOW });
    expect(await recordConsent(a.admin, { clientId: history.clientId, purpose: "STORY" })).toEqual({
      ok: false,
      error: CLIENT_NOT_FOUND,
    });
  });
});
