import { beforeEach, describe, expect, it } from "vitest";
import { openDossier } from "@/lib/cases/open-dossier";
import { db } from "@/lib/db";
import { getTodaysDesk } from "@/lib/desk/queries";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { searchSocialMap } from "@/lib/partners/queries";
import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { suggestedOutcome } from "@/lib/referrals/outcome";
import { getReferralNote, listFeedbackOwed, listPartnerChoices, listReferralsOfCase } from "@/lib/referrals/queries";
import { recordIncomingReferral } from "@/lib/referrals/record-incoming-referral";
import { referOut } from "@/lib/referrals/refer-out";
import { requestFeedback } from "@/lib/referrals/request-feedback";
import { updateReferralStatus } from "@/lib/referrals/update-referral-status";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
type Actor = Library["host"];
let a: Library;
let b: Library;
let professional: Actor;
let volunteer: Actor;
let colleague: Actor;
let caseId: string;
let clientId: string;
let outgoingId: string;
let incomingId: string;

const FORBIDDEN = "refusals.auth.forbidden";
const SECRET_REASON = "Huiselijk geweld; zoekt een advocaat voor een straatverbod.";

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  const domainId = (await topLevelCategory()).id;
  professional = a.advisors[0];
  const supervised = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: supervised.id }, data: { supervisorId: professional.userId } });
  volunteer = actorOf(supervised);
  colleague = a.advisors[1];

  const registered = await registerWalkIn(
    a.host,
    {
      sessionId: a.session.id,
      categoryId: domainId,
      referrerPartnerId: a.partner.id,
      client: { newClient: { displayName: "R. de Vries" } },
    },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(a.host, { visitId: registered.value.visitId }, { now: NOW });
  const opened = await openDossier(
    volunteer,
    { visitId: registered.value.visitId, question: "Straatverbod", legalDomainId: domainId, consent: true },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  caseId = opened.value.caseId;
  clientId = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).clientId;
  const lawyer = await db.partner.create({
    data: {
      organisationId: a.organisation.id,
      name: "Advocatenkantoor Test",
      type: "LAWYER",
      address: "Kerkstraat 21, Teststad",
    },
  });
  const referred = await referOut(
    volunteer,
    {
      caseId,
      partnerId: lawyer.id,
      reason: SECRET_REASON,
      handover: "WARM",
      consent: true,
      sharedInformation: "Mijn vraag",
    },
    { now: NOW },
  );
  if (!referred.ok) throw new Error(JSON.stringify(referred.error));
  outgoingId = referred.value.referralId;
  incomingId = (await db.referral.findFirstOrThrow({ where: { clientId, direction: "IN" } })).id;
  await requestFeedback(volunteer, { referralId: incomingId, consent: true }, { now: NOW });
});

/** Every use case on referral and consent data, with input that would succeed for a reader. */
function writes(actor: Actor) {
  return [
    referOut(actor, { caseId, partnerId: a.partner.id, reason: "x", handover: "INFORMATION_ONLY" }, { now: NOW }),
    updateReferralStatus(actor, { referralId: outgoingId, from: "SENT", to: "ACCEPTED" }),
    recordIncomingReferral(actor, { caseId, partnerId: b.partner.id }),
    requestFeedback(actor, { referralId: incomingId, consent: true }),
    markFeedbackGiven(actor, { referralId: incomingId }),
  ];
}

describe("who may work with referrals: the dossier's readers only", () => {
  it("refuses a host, a coordinator and an admin every use case, and writes nothing", async () => {
    const before = await db.referral.findMany({ orderBy: { id: "asc" } });
    for (const actor of [a.host, a.coordinator, a.admin]) {
      for (const result of await Promise.all(writes(actor))) expect(result).toEqual({ ok: false, error: FORBIDDEN });
    }
    expect(await db.referral.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses a host, a coordinator and an admin every dossier query", async () => {
    for (const actor of [a.host, a.coordinator, a.admin]) {
      await expect(listReferralsOfCase(actor, caseId)).rejects.toThrow(FORBIDDEN);
      await expect(listPartnerChoices(actor, caseId)).rejects.toThrow(FORBIDDEN);
      await expect(getReferralNote(actor, outgoingId)).rejects.toThrow(FORBIDDEN);
      await expect(suggestedOutcome(actor, caseId)).rejects.toThrow(FORBIDDEN);
    }
    for (const actor of [a.host, a.admin]) await expect(listFeedbackOwed(actor)).rejects.toThrow(FORBIDDEN);
  });

  it("a host reads the social map but never a referral's reason, through any query it may call", async () => {
    const socialMap = await searchSocialMap(a.host);
    expect(socialMap.map((partner) => partner.name)).toContain("Advocatenkantoor Test");
    const desk = await getTodaysDesk(a.host, { now: NOW });
    expect(JSON.stringify(desk)).toContain("R. de Vries");
    for (const seen of [socialMap, desk]) expect(JSON.stringify(seen)).not.toContain("Huiselijk geweld");
  });

  it("gives an advisor without access and an advisor of another library 'not found', for writes and reads", async () => {
    for (const actor of [colleague, b.advisors[0]]) {
      const [refer, status, incoming, request, given] = await Promise.all(writes(actor));
      expect(refer).toEqual({ ok: false, error: "refusals.cases.notFound" });
      expect(incoming).toEqual({ ok: false, error: "refusals.cases.notFound" });
      for (const result of [status, request, given])
        expect(result).toEqual({ ok: false, error: "refusals.referrals.notFound" });
      expect(await listReferralsOfCase(actor, caseId)).toBeNull();
      expect(await listPartnerChoices(actor, caseId)).toBeNull();
      expect(await getReferralNote(actor, outgoingId)).toBeNull();
      expect(await listFeedbackOwed(actor)).toEqual({ own: [], perPartner: null });
    }
    expect((await db.referral.findUniqueOrThrow({ where: { id: outgoingId } })).status).toBe("SENT");
    expect((await db.referral.findUniqueOrThrow({ where: { id: incomingId } })).feedbackGivenAt).toBeNull();
  });

  it("lets the responsible advisor, their supervisor and a colleague it is shared with read the referrals", async () => {
    await db.caseShare.create({ data: { caseId, userId: colleague.userId } });
    for (const actor of [volunteer, professional, colleague]) {
      const listed = await listReferralsOfCase(actor, caseId);
      expect(listed?.outgoing.map((referral) => referral.reason)).toEqual([SECRET_REASON]);
      expect(listed?.incoming.map((referral) => referral.id)).toEqual([incomingId]);
      expect((await getReferralNote(actor, outgoingId))?.partner.address).toBe("Kerkstraat 21, Teststad");
    }
    expect(
      await updateReferralStatus(colleague, { referralId: outgoingId, from: "SENT", to: "ACCEPTED" }),
    ).toMatchObject({ ok: true });
  });

  it("audits every read of referral data with the client, also a refused one", async () => {
    await listReferralsOfCase(volunteer, caseId);
    await getReferralNote(volunteer, outgoingId);
    await getReferralNote(colleague, outgoingId);
    await listReferralsOfCase(b.advisors[0], caseId);
    // A case's referrals are read as part of its dossier: audited as a read of the case.
    const reads = await db.auditEvent.findMany({
      where: {
        organisationId: { in: [a.organisation.id, b.organisation.id] },
        access: "READ",
        entityId: { in: [caseId, outgoingId] },
      },
      orderBy: { id: "asc" },
    });
    expect(reads.map((event) => [event.actorId, event.action, event.entityId, event.clientId])).toEqual([
      [volunteer.userId, "case.read", caseId, clientId],
      [volunteer.userId, "referral.note_read", outgoingId, clientId],
      [colleague.userId, "referral.note_read_refused", outgoingId, null],
      [b.advisors[0].userId, "case.read_refused", caseId, null],
    ]);
    expect(reads[0].details).toEqual({ view: "referrals" });
  });

  it("shows the coordinator feedback owed per partner only: no client name, no reason, nothing of the case", async () => {
    await db.referral.update({ where: { id: incomingId }, data: { reason: "Wijkteam: zorgen over de kinderen" } });
    const view = await listFeedbackOwed(a.coordinator);
    expect(view).toEqual({
      own: null,
      perPartner: [{ partnerName: a.partner.name, count: 1, oldestOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }],
    });
    const json = JSON.stringify(view);
    for (const secret of [
      "R. de Vries",
      "Huiselijk geweld",
      "zorgen over de kinderen",
      "Straatverbod",
      caseId,
      clientId,
      incomingId,
      outgoingId,
    ])
      expect(json).not.toContain(secret);
    expect(await listFeedbackOwed(b.coordinator)).toEqual({ own: null, perPartner: [] });
  });
});
