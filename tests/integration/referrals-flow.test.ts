import { beforeEach, describe, expect, it } from "vitest";
import { closeCase } from "@/lib/cases/close-case";
import { openDossier } from "@/lib/cases/open-dossier";
import { db } from "@/lib/db";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { REFERRAL_CHANGED_MEANWHILE } from "@/lib/referrals/access";
import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { hasActiveOutgoingReferral, outcomeFromReferrals, suggestedOutcome } from "@/lib/referrals/outcome";
import { listFeedbackOwed, listPartnerChoices, listReferralsOfCase } from "@/lib/referrals/queries";
import { recordIncomingReferral } from "@/lib/referrals/record-incoming-referral";
import { referOut } from "@/lib/referrals/refer-out";
import { requestFeedback } from "@/lib/referrals/request-feedback";
import { updateReferralStatus } from "@/lib/referrals/update-referral-status";
import {
  CONSENT_TO_FEEDBACK_REQUIRED,
  CONSENT_TO_SHARE_REQUIRED,
  NEXT_STATUSES,
  REFERRAL_STATUSES,
} from "@/lib/referrals/schema";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";
import { actorOf, createUser } from "../support/factories";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let advisor: Library["host"];
let domainId: string;
let lawyerId: string;

const REASON = "Ontslag op staande voet; heeft een advocaat met toevoeging nodig.";

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  domainId = (await topLevelCategory()).id;
  advisor = a.advisors[0];
  lawyerId = (
    await db.partner.create({
      data: {
        organisationId: a.organisation.id,
        name: "Advocatenkantoor Test",
        type: "LAWYER",
        address: "Kerkstraat 21, Teststad",
      },
    })
  ).id;
});

async function dossier(referrerPartnerId: string | null = null) {
  const registered = await registerWalkIn(
    a.host,
    {
      sessionId: a.session.id,
      categoryId: domainId,
      referrerPartnerId,
      client: { newClient: { displayName: "M. Yilmaz" } },
    },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(a.host, { visitId: registered.value.visitId }, { now: NOW });
  const opened = await openDossier(
    advisor,
    { visitId: registered.value.visitId, question: "Ontslagen, wat nu?", legalDomainId: domainId, consent: true },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return opened.value.caseId;
}

async function referInformationOnly(caseId: string) {
  const referred = await referOut(
    advisor,
    { caseId, partnerId: lawyerId, reason: REASON, handover: "INFORMATION_ONLY" },
    { now: NOW },
  );
  if (!referred.ok) throw new Error(JSON.stringify(referred.error));
  return referred.value.referralId;
}

async function writtenFor(caseId: string) {
  const [referrals, consents, actions, audits, version] = await Promise.all([
    db.referral.count({ where: { caseId } }),
    db.consent.count({ where: { organisationId: a.organisation.id, purpose: { not: "DOSSIER" } } }),
    db.caseAction.count({ where: { caseId } }),
    db.auditEvent.count({ where: { organisationId: a.organisation.id, action: "referral.create" } }),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } }),
  ]);
  return { referrals, consents, actions, audits, version: version.version };
}

describe("referOut: consent for a warm handover", () => {
  it("refuses a warm handover without the client's consent and writes nothing", async () => {
    const caseId = await dossier();
    const before = await writtenFor(caseId);
    for (const consent of [false, undefined]) {
      expect(
        await referOut(
          advisor,
          {
            caseId,
            partnerId: lawyerId,
            reason: REASON,
            handover: "WARM",
            consent,
            sharedInformation: "Mijn vraag en de ontslagbrief",
          },
          { now: NOW },
        ),
      ).toEqual({
        ok: false,
        error: CONSENT_TO_SHARE_REQUIRED,
        fieldErrors: { consent: [CONSENT_TO_SHARE_REQUIRED] },
      });
    }
    expect(CONSENT_TO_SHARE_REQUIRED).toBe("refusals.referrals.consentToShareRequired");
    expect(await writtenFor(caseId)).toEqual(before);
  });

  it("needs to know what the client agreed to share", async () => {
    const caseId = await dossier();
    expect(
      await referOut(
        advisor,
        { caseId, partnerId: lawyerId, reason: REASON, handover: "WARM", consent: true, sharedInformation: "  " },
        { now: NOW },
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { sharedInformation: ["refusals.referrals.sharedInformationRequired"] },
    });
    expect((await writtenFor(caseId)).referrals).toBe(0);
  });

  it("records a warm handover with the consent, its scope and date, a REFERRAL action and an audit event", async () => {
    const caseId = await dossier();
    const result = await referOut(
      advisor,
      {
        caseId,
        partnerId: lawyerId,
        reason: REASON,
        handover: "WARM",
        consent: true,
        sharedInformation: "Mijn vraag en de ontslagbrief",
        followUpOn: "2026-12-15",
      },
      { now: NOW },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const referral = await db.referral.findUniqueOrThrow({
      where: { id: result.value.referralId },
      include: { consent: true },
    });
    expect(referral).toMatchObject({
      direction: "OUT",
      caseId,
      partnerId: lawyerId,
      reason: REASON,
      handover: "WARM",
      status: "SENT",
      followUpOn: new Date("2026-12-15"),
      createdById: advisor.userId,
    });
    expect(referral.consent).toMatchObject({
      purpose: "SHARE_WITH_PARTNER",
      legalBasis: "CONSENT",
      givenAt: NOW,
      scope: "Delen met Advocatenkantoor Test: Mijn vraag en de ontslagbrief",
      clientId: referral.clientId,
      recordedById: advisor.userId,
    });
    expect(
      await db.caseAction.findMany({ where: { caseId }, select: { kind: true, description: true, performedAt: true } }),
    ).toEqual([{ kind: "REFERRAL", description: "Doorverwezen naar Advocatenkantoor Test", performedAt: NOW }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "referral.create", entityId: referral.id } });
    expect(audit).toMatchObject({
      access: "WRITE",
      actorId: advisor.userId,
      clientId: referral.clientId,
      details: { direction: "OUT", handover: "WARM", consentId: referral.consentId },
    });
  });

  it("allows information only without consent, and then shares nothing", async () => {
    const caseId = await dossier();
    const referralId = await referInformationOnly(caseId);
    expect(await db.referral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({
      handover: "INFORMATION_ONLY",
      status: "SENT",
      consentId: null,
      followUpOn: null,
    });
    expect(
      await db.consent.count({ where: { organisationId: a.organisation.id, purpose: "SHARE_WITH_PARTNER" } }),
    ).toBe(0);
  });

  it("refuses a partner of another library or an inactive one, a past follow-up date and a closed dossier", async () => {
    const caseId = await dossier();
    const input = { caseId, reason: REASON, handover: "INFORMATION_ONLY" };
    expect(await referOut(advisor, { ...input, partnerId: b.partner.id }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.referrals.choosePartner",
    });
    await db.partner.update({ where: { id: a.partner.id }, data: { active: false } });
    expect(await referOut(advisor, { ...input, partnerId: a.partner.id }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.referrals.choosePartner",
    });
    expect(
      await referOut(advisor, { ...input, partnerId: lawyerId, followUpOn: "2026-11-30" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { followUpOn: ["refusals.referrals.followUpInPast"] } });
    expect(
      await referOut(advisor, { ...input, partnerId: lawyerId, followUpOn: "2026-02-30" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { followUpOn: ["refusals.common.dayDoesNotExist"] } });
    expect(await referOut(advisor, { ...input, partnerId: lawyerId, reason: " " }, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["refusals.referrals.reasonRequired"] },
    });
    expect(await closeCase(advisor, { caseId, version: 1, outcome: "SOLVED" }, { now: NOW })).toMatchObject({
      ok: true,
    });
    expect(await referOut(advisor, { ...input, partnerId: lawyerId }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.referrals.caseClosed",
    });
    expect(await db.referral.count({ where: { caseId } })).toBe(0);
  });
});

describe("updateReferralStatus: sent → accepted → finished, or did not arrive", () => {
  const allowed: [ReferralStatus, ReferralStatus][] = [
    ["SENT", "ACCEPTED"],
    ["SENT", "DID_NOT_ARRIVE"],
    ["ACCEPTED", "FINISHED"],
    ["ACCEPTED", "DID_NOT_ARRIVE"],
  ];

  it("allows exactly the four moves of the flow and refuses the twelve others with a clear message", async () => {
    const referralId = await referInformationOnly(await dossier());
    const pairs = REFERRAL_STATUSES.flatMap((from) =>
      REFERRAL_STATUSES.map((to) => [from, to] as [ReferralStatus, ReferralStatus]),
    );
    expect(pairs).toHaveLength(16);
    for (const [from, to] of pairs) {
      await db.referral.update({ where: { id: referralId }, data: { status: from } });
      const result = await updateReferralStatus(advisor, { referralId, from, to });
      const isAllowed = allowed.some(([f, t]) => f === from && t === to);
      expect(NEXT_STATUSES[from].includes(to)).toBe(isAllowed);
      if (isAllowed) {
        expect(result, `${from} → ${to}`).toEqual({ ok: true, value: { status: to } });
        expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe(to);
      } else {
        expect(result.ok, `${from} → ${to}`).toBe(false);
        expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe(from);
      }
    }
    await db.referral.update({ where: { id: referralId }, data: { status: "FINISHED" } });
    expect(await updateReferralStatus(advisor, { referralId, from: "FINISHED", to: "DID_NOT_ARRIVE" })).toEqual({
      ok: false,
      error: { key: "refusals.referrals.statusFinal", values: { from: "FINISHED" } },
    });
    await db.referral.update({ where: { id: referralId }, data: { status: "SENT" } });
    expect(await updateReferralStatus(advisor, { referralId, from: "SENT", to: "FINISHED" })).toEqual({
      ok: false,
      error: {
        key: "refusals.referrals.statusNotAllowed",
        values: { from: "SENT", to: "FINISHED", allowed: "ACCEPTED", alsoAllowed: "DID_NOT_ARRIVE" },
      },
    });
  });

  it("walks the whole flow with an audit event per step", async () => {
    const referralId = await referInformationOnly(await dossier());
    expect(await updateReferralStatus(advisor, { referralId, from: "SENT", to: "ACCEPTED" })).toMatchObject({
      ok: true,
    });
    expect(await updateReferralStatus(advisor, { referralId, from: "ACCEPTED", to: "FINISHED" })).toMatchObject({
      ok: true,
    });
    const events = await db.auditEvent.findMany({
      where: { entityId: referralId, action: "referral.status" },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.details)).toEqual([
      { from: "SENT", to: "ACCEPTED" },
      { from: "ACCEPTED", to: "FINISHED" },
    ]);
  });

  it("refuses a change made on an outdated screen, and of two clicks at once only one wins", async () => {
    const referralId = await referInformationOnly(await dossier());
    expect(await updateReferralStatus(advisor, { referralId, from: "ACCEPTED", to: "FINISHED" })).toEqual({
      ok: false,
      error: REFERRAL_CHANGED_MEANWHILE,
    });
    const results = await Promise.all([
      updateReferralStatus(advisor, { referralId, from: "SENT", to: "ACCEPTED" }),
      updateReferralStatus(advisor, { referralId, from: "SENT", to: "DID_NOT_ARRIVE" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, error: REFERRAL_CHANGED_MEANWHILE });
    const winner = results[0].ok ? "ACCEPTED" : "DID_NOT_ARRIVE";
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).status).toBe(winner);
    expect(await db.auditEvent.count({ where: { entityId: referralId, action: "referral.status" } })).toBe(1);
  });

  it("changes only outgoing referrals", async () => {
    const caseId = await dossier(a.partner.id);
    const incoming = await db.referral.findFirstOrThrow({
      where: { clientId: (await db.case.findUniqueOrThrow({ where: { id: caseId } })).clientId },
    });
    expect(await updateReferralStatus(advisor, { referralId: incoming.id, from: "SENT", to: "ACCEPTED" })).toEqual({
      ok: false,
      error: "refusals.referrals.notFound",
    });
  });
});

describe("the outcome 'referred' follows from the referrals", () => {
  it("is suggested while an outgoing referral did not end in 'did not arrive'", async () => {
    const caseId = await dossier();
    expect(await suggestedOutcome(advisor, caseId)).toBeNull();
    const referralId = await referInformationOnly(caseId);
    expect(await suggestedOutcome(advisor, caseId)).toBe("REFERRED");
    expect(await hasActiveOutgoingReferral(caseId)).toBe(true);
    expect((await listReferralsOfCase(advisor, caseId))?.suggestedOutcome).toBe("REFERRED");
    await updateReferralStatus(advisor, { referralId, from: "SENT", to: "DID_NOT_ARRIVE" });
    expect(await suggestedOutcome(advisor, caseId)).toBeNull();
    expect(await hasActiveOutgoingReferral(caseId)).toBe(false);
    expect(await suggestedOutcome(a.advisors[1], caseId)).toBeNull();
  });

  it("is a pure rule over a loaded list: incoming referrals never count", () => {
    expect(outcomeFromReferrals([])).toBeNull();
    expect(outcomeFromReferrals([{ direction: "IN", status: null }])).toBeNull();
    for (const status of ["SENT", "ACCEPTED", "FINISHED"] as const)
      expect(outcomeFromReferrals([{ direction: "OUT", status }])).toBe("REFERRED");
    expect(outcomeFromReferrals([{ direction: "OUT", status: "DID_NOT_ARRIVE" }])).toBeNull();
    expect(
      outcomeFromReferrals([
        { direction: "OUT", status: "DID_NOT_ARRIVE" },
        { direction: "OUT", status: "ACCEPTED" },
      ]),
    ).toBe("REFERRED");
  });

  it("makes a close started before the referral fail, so the case is not closed on a stale outcome", async () => {
    const caseId = await dossier();
    await referInformationOnly(caseId);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(2);
    expect(await closeCase(advisor, { caseId, version: 1, outcome: "SOLVED" })).toMatchObject({
      ok: false,
      error: "refusals.cases.changedMeanwhileClosing",
    });
    expect(await closeCase(advisor, { caseId, version: 2, outcome: "REFERRED" }, { now: NOW })).toMatchObject({
      ok: true,
    });
  });
});

describe("incoming referrals and feedback to the referrer", () => {
  it("records nothing for a client who came on their own initiative", async () => {
    const caseId = await dossier();
    expect(await recordIncomingReferral(advisor, { caseId, partnerId: null })).toEqual({
      ok: true,
      value: { referralId: null },
    });
    expect(await db.referral.count({ where: { organisationId: a.organisation.id } })).toBe(0);
  });

  it("promises feedback only with the client's consent, recorded with its date", async () => {
    const caseId = await dossier();
    expect(
      await recordIncomingReferral(advisor, { caseId, partnerId: a.partner.id, feedbackRequested: true }, { now: NOW }),
    ).toEqual({
      ok: false,
      error: CONSENT_TO_FEEDBACK_REQUIRED,
      fieldErrors: { consent: [CONSENT_TO_FEEDBACK_REQUIRED] },
    });
    expect(await db.referral.count({ where: { organisationId: a.organisation.id } })).toBe(0);
    expect(await db.consent.count({ where: { organisationId: a.organisation.id, purpose: "REFERRER_FEEDBACK" } })).toBe(
      0,
    );

    const recorded = await recordIncomingReferral(
      advisor,
      { caseId, partnerId: a.partner.id, feedbackRequested: true, consent: true },
      { now: NOW },
    );
    expect(recorded.ok).toBe(true);
    if (!recorded.ok || !recorded.value.referralId) return;
    const referral = await db.referral.findUniqueOrThrow({
      where: { id: recorded.value.referralId },
      include: { consent: true },
    });
    expect(referral).toMatchObject({
      direction: "IN",
      caseId,
      partnerId: a.partner.id,
      feedbackRequested: true,
      feedbackGivenAt: null,
      status: null,
      handover: null,
    });
    expect(referral.consent).toMatchObject({
      purpose: "REFERRER_FEEDBACK",
      givenAt: NOW,
      recordedById: advisor.userId,
      scope: expect.stringContaining(a.partner.name),
    });
    expect(await recordIncomingReferral(advisor, { caseId, partnerId: a.partner.id })).toEqual({
      ok: false,
      error: { key: "refusals.referrals.referrerAlreadyRecorded", values: { partner: a.partner.name } },
    });
    expect(await recordIncomingReferral(advisor, { caseId, partnerId: b.partner.id })).toEqual({
      ok: false,
      error: "refusals.referrals.chooseReferrer",
    });
  });

  it("shows the referrer the host recorded at intake in the dossier; feedback needs consent, is owed, then given once", async () => {
    const caseId = await dossier(a.partner.id);
    const listed = await listReferralsOfCase(advisor, caseId);
    expect(listed?.incoming.map((referral) => referral.partner.name)).toEqual([a.partner.name]);
    expect(listed?.outgoing).toEqual([]);
    const referralId = listed!.incoming[0].id;

    expect(await recordIncomingReferral(advisor, { caseId, partnerId: a.partner.id })).toMatchObject({
      ok: false,
      error: { key: "refusals.referrals.referrerAlreadyRecorded", values: { partner: a.partner.name } },
    });
    expect(await requestFeedback(advisor, { referralId })).toMatchObject({
      ok: false,
      error: CONSENT_TO_FEEDBACK_REQUIRED,
    });
    expect(await markFeedbackGiven(advisor, { referralId })).toEqual({
      ok: false,
      error: "refusals.referrals.noFeedbackAgreed",
    });
    expect(await requestFeedback(advisor, { referralId, consent: true }, { now: NOW })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await requestFeedback(advisor, { referralId, consent: true }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.referrals.feedbackAlreadyAgreed",
    });
    expect(await db.consent.count({ where: { organisationId: a.organisation.id, purpose: "REFERRER_FEEDBACK" } })).toBe(
      1,
    );

    await db.referral.update({ where: { id: referralId }, data: { createdAt: NOW } });
    const owed = await listFeedbackOwed(advisor);
    expect(owed).toEqual({
      perPartner: null,
      own: [
        {
          referralId,
          caseId,
          clientName: "M. Yilmaz",
          partnerName: a.partner.name,
          referredOn: "2026-12-01",
          consentGivenOn: "2026-12-01",
        },
      ],
    });
    expect(await listFeedbackOwed(a.advisors[1])).toEqual({ own: [], perPartner: null });
    expect(await listFeedbackOwed(b.advisors[0])).toEqual({ own: [], perPartner: null });

    const later = new Date(NOW.getTime() + 3 * 24 * 3600 * 1000);
    expect(await markFeedbackGiven(advisor, { referralId }, { now: later })).toEqual({ ok: true, value: undefined });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId } })).feedbackGivenAt).toEqual(later);
    expect(await markFeedbackGiven(advisor, { referralId })).toEqual({
      ok: false,
      error: { key: "refusals.referrals.feedbackAlreadyGiven", values: { day: later } },
    });
    expect(await listFeedbackOwed(advisor)).toEqual({ own: [], perPartner: null });
    expect(
      await db.auditEvent.findMany({
        where: { entityId: referralId },
        select: { action: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([{ action: "referral.feedback_request" }, { action: "referral.feedback_given" }]);
  });

  it("owes no feedback once the client withdrew consent, and refuses to mark it given", async () => {
    const caseId = await dossier();
    const recorded = await recordIncomingReferral(
      advisor,
      { caseId, partnerId: a.partner.id, feedbackRequested: true, consent: true },
      { now: NOW },
    );
    if (!recorded.ok || !recorded.value.referralId) throw new Error("not recorded");
    const referralId = recorded.value.referralId;
    expect(await listFeedbackOwed(advisor)).toMatchObject({ own: [expect.objectContaining({ referralId })] });
    await db.consent.updateMany({ where: { referrals: { some: { id: referralId } } }, data: { withdrawnAt: NOW } });
    expect(await listFeedbackOwed(advisor)).toEqual({ own: [], perPartner: null });
    expect(await listFeedbackOwed(a.coordinator)).toEqual({ own: null, perPartner: [] });
    expect(await markFeedbackGiven(advisor, { referralId })).toMatchObject({
      ok: false,
      error: "refusals.referrals.noFeedbackConsent",
    });
  });

  it("gives the coordinator a count per partner and the oldest day, without any client or case data", async () => {
    const first = await dossier(a.partner.id);
    const second = await dossier(a.partner.id);
    for (const caseId of [first, second]) {
      const referralId = (await listReferralsOfCase(advisor, caseId))!.incoming[0].id;
      await requestFeedback(advisor, { referralId, consent: true }, { now: NOW });
    }
    await db.referral.updateMany({
      where: { caseId: null, visit: { caseId: first } },
      data: { createdAt: new Date("2026-11-03T09:00:00Z"), reason: "Geheime reden van de verwijzer" },
    });
    const lawyerReferral = await recordIncomingReferral(
      advisor,
      { caseId: second, partnerId: lawyerId, feedbackRequested: true, consent: true },
      { now: NOW },
    );
    expect(lawyerReferral.ok).toBe(true);

    const view = await listFeedbackOwed(a.coordinator);
    expect(view).toEqual({
      own: null,
      perPartner: [
        { partnerName: a.partner.name, count: 2, oldestOn: "2026-11-03" },
        { partnerName: "Advocatenkantoor Test", count: 1, oldestOn: "2026-12-01" },
      ],
    });
    const json = JSON.stringify(view);
    for (const secret of [
      "Yilmaz",
      "Geheime reden",
      REASON,
      first,
      second,
      "clientName",
      "caseId",
      "referralId",
      "reason",
    ])
      expect(json).not.toContain(secret);
    expect(await listFeedbackOwed(b.coordinator)).toEqual({ own: null, perPartner: [] });

    // Someone who advises and coordinates gets both parts, each by its own rule: the counts as
    // the coordinator, and by name only the clients of dossiers they may read (none here).
    const advisingCoordinator = actorOf(
      await createUser(a.organisation.id, ["ADVISOR", "COORDINATOR"], { advisorKind: "PROFESSIONAL" }),
    );
    expect(await listFeedbackOwed(advisingCoordinator)).toEqual({ own: [], perPartner: view.perPartner });
  });
});

describe("partner suggestions for the refer-out form", () => {
  it("puts the partners of the case's legal domain first, then the others; never inactive ones or another library's", async () => {
    const caseId = await dossier();
    const toeslagen = await db.legalDomain.upsert({
      where: { code: "belastingrecht.toeslagen" },
      create: {
        code: "belastingrecht.toeslagen",
        parentId: domainId,
        nameNl: "Toeslagen",
        nameEn: "Benefits",
        juridischLoketCategory: "BELASTINGEN",
      },
      update: {},
    });
    const schulden = await db.legalDomain.upsert({
      where: { code: "schulden" },
      create: { code: "schulden", nameNl: "Schulden", nameEn: "Debts", juridischLoketCategory: "SCHULDEN" },
      update: {},
    });
    const partner = (organisationId: string, name: string, legalDomainId: string, active = true) =>
      db.partner.create({
        data: { organisationId, name, type: "OTHER", active, legalDomains: { create: { legalDomainId } } },
      });
    const exact = await partner(a.organisation.id, "Zz Belastingwinkel", domainId);
    const within = await partner(a.organisation.id, "Aa Toeslagenhulp", toeslagen.id);
    await partner(a.organisation.id, "Schuldhulp", schulden.id);
    await partner(a.organisation.id, "Gesloten belastingdesk", domainId, false);
    await partner(b.organisation.id, "Belastingwinkel B", domainId);

    const choices = await listPartnerChoices(advisor, caseId);
    expect(choices?.suggested.map((p) => p.id)).toEqual([exact.id, within.id]);
    expect(choices?.others.map((p) => p.name)).toEqual(
      ["Advocatenkantoor Test", "Schuldhulp", a.partner.name].sort((x, y) => x.localeCompare(y)),
    );
    expect(await listPartnerChoices(b.advisors[0], caseId)).toBeNull();
  });
});
