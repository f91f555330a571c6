// Every read path of dossier data in lib/ writes an audit event: who (actor, role, volunteer or
// professional), what (action), which record (entity), whose data (client) and from where (IP,
// browser). One test per path, so a path that loses its audit call fails by name.
import { beforeEach, describe, expect, it } from "vitest";
import { getCaseAftercare, listMyAftercare } from "@/lib/aftercare/queries";
import { createAftercareTask } from "@/lib/aftercare/create-aftercare-task";
import type { Actor } from "@/lib/auth/actor";
import { openDossier } from "@/lib/cases/open-dossier";
import { getAdvisorAgenda, getDossier, getNewDossierContext, listDossiers } from "@/lib/cases/queries";
import { getCaseBenefits } from "@/lib/costs/queries";
import { recordStoryConsent } from "@/lib/costs/record-story-consent";
import { getStoryCase } from "@/lib/costs/story";
import { db } from "@/lib/db";
import { readDocument } from "@/lib/documents/read-document";
import { uploadDocument } from "@/lib/documents/upload-document";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { getLetterContext } from "@/lib/letters/queries";
import { suggestedOutcome } from "@/lib/referrals/outcome";
import { getReferralNote, listFeedbackOwed, listPartnerChoices, listReferralsOfCase } from "@/lib/referrals/queries";
import { referOut } from "@/lib/referrals/refer-out";
import { requestFeedback } from "@/lib/referrals/request-feedback";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const ORIGIN = { ipAddress: "203.0.113.7", userAgent: "Mozilla/5.0 (audit test)" };

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let volunteer: Actor;
let professional: Actor;
let stranger: Actor;
let caseId: string;
let clientId: string;
let visitId: string;

/** The last event written, as the audit view would show it. */
async function lastEvent() {
  return db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
}

function expectRead(
  event: Awaited<ReturnType<typeof lastEvent>>,
  who: Actor,
  expected: { action: string; entityType: string; entityId: string; clientId: string | null },
) {
  expect(event).toMatchObject({
    organisationId: who.organisationId,
    actorId: who.userId,
    actorRole: who.roles[0],
    actorAdvisorKind: who.advisorKind,
    access: "READ",
    ipAddress: ORIGIN.ipAddress,
    userAgent: ORIGIN.userAgent,
    ...expected,
  });
}

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  const domainId = (await topLevelCategory()).id;
  professional = { ...a.advisors[0], origin: ORIGIN };
  const supervised = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: supervised.id }, data: { supervisorId: professional.userId } });
  volunteer = { ...actorOf(supervised), origin: ORIGIN };
  stranger = { ...b.advisors[0], origin: ORIGIN };

  const registered = await registerWalkIn(
    a.host,
    {
      sessionId: a.session.id,
      categoryId: domainId,
      referrerPartnerId: a.partner.id,
      client: { newClient: { displayName: "J. Bakker" } },
    },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  visitId = registered.value.visitId;
  await startConversation(a.host, { visitId }, { now: NOW });
  const opened = await openDossier(
    volunteer,
    { visitId, question: "Beslag op loon", legalDomainId: domainId, consent: true },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  caseId = opened.value.caseId;
  clientId = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).clientId;
});

describe("every read of one dossier's data is audited with actor, role, record, client and origin", () => {
  const casePaths: [string, (actor: Actor) => Promise<unknown>, string | undefined][] = [
    [
      "getDossier (the dossier page: client details, notes, deadlines, time, document list)",
      (actor) => getDossier(actor, caseId),
      undefined,
    ],
    ["getLetterContext (the letter page)", (actor) => getLetterContext(actor, caseId), "letter"],
    ["listReferralsOfCase", (actor) => listReferralsOfCase(actor, caseId), "referrals"],
    ["listPartnerChoices", (actor) => listPartnerChoices(actor, caseId), "partners"],
    ["suggestedOutcome", (actor) => suggestedOutcome(actor, caseId), "outcome"],
    ["getCaseBenefits (cost/benefit items)", (actor) => getCaseBenefits(actor, caseId), "benefits"],
    ["getCaseAftercare", (actor) => getCaseAftercare(actor, caseId), "aftercare"],
  ];

  for (const [name, read, view] of casePaths) {
    it(name, async () => {
      await read(volunteer);
      const event = await lastEvent();
      expectRead(event, volunteer, { action: "case.read", entityType: "Case", entityId: caseId, clientId });
      expect(event.actorAdvisorKind).toBe("VOLUNTEER");
      expect(event.details).toEqual(view ? { view } : null);

      // The supervising professional reads it too, as a professional.
      await read(professional);
      expectRead(await lastEvent(), professional, {
        action: "case.read",
        entityType: "Case",
        entityId: caseId,
        clientId,
      });

      // Another library's advisor: nothing comes back, and the attempt is on record without a client.
      expect(await read(stranger)).toBeFalsy();
      expectRead(await lastEvent(), stranger, {
        action: "case.read_refused",
        entityType: "Case",
        entityId: caseId,
        clientId: null,
      });
    });
  }

  it("getNewDossierContext (the client's name on the open-a-dossier page)", async () => {
    await getNewDossierContext(volunteer, visitId);
    expectRead(await lastEvent(), volunteer, {
      action: "visit.read",
      entityType: "Visit",
      entityId: visitId,
      clientId,
    });
    expect((await getNewDossierContext(stranger, visitId)).visit).toBeNull();
    expectRead(await lastEvent(), stranger, {
      action: "visit.read_refused",
      entityType: "Visit",
      entityId: visitId,
      clientId: null,
    });
  });

  it("readDocument (a download)", async () => {
    const uploaded = await uploadDocument(volunteer, { caseId, file: new File([PDF], "beschikking.pdf") });
    if (!uploaded.ok) throw new Error(JSON.stringify(uploaded.error));
    const documentId = uploaded.value.documentId;
    expect(await lastEvent()).toMatchObject({
      action: "document.upload",
      access: "WRITE",
      clientId,
      ipAddress: ORIGIN.ipAddress,
      userAgent: ORIGIN.userAgent,
    });
    await readDocument(volunteer, { caseId, documentId });
    expectRead(await lastEvent(), volunteer, {
      action: "document.read",
      entityType: "Document",
      entityId: documentId,
      clientId,
    });
    expect(await readDocument(stranger, { caseId, documentId })).toBeNull();
    expectRead(await lastEvent(), stranger, {
      action: "document.read_refused",
      entityType: "Document",
      entityId: documentId,
      clientId: null,
    });
  });

  it("getReferralNote (the printed referral note)", async () => {
    const partner = await db.partner.create({
      data: { organisationId: a.organisation.id, name: "Schuldhulp Test", type: "DEBT_HELP" },
    });
    const referred = await referOut(
      volunteer,
      {
        caseId,
        partnerId: partner.id,
        reason: "Schulden",
        handover: "WARM",
        consent: true,
        sharedInformation: "Mijn vraag",
      },
      { now: NOW },
    );
    if (!referred.ok) throw new Error(JSON.stringify(referred.error));
    const referralId = referred.value.referralId;
    await getReferralNote(volunteer, referralId);
    expectRead(await lastEvent(), volunteer, {
      action: "referral.note_read",
      entityType: "Referral",
      entityId: referralId,
      clientId,
    });
    expect(await getReferralNote(stranger, referralId)).toBeNull();
    expectRead(await lastEvent(), stranger, {
      action: "referral.note_read_refused",
      entityType: "Referral",
      entityId: referralId,
      clientId: null,
    });
  });

  it("getStoryCase (the coordinator's anonymised story page)", async () => {
    expect((await recordStoryConsent(volunteer, { caseId, given: true }, { now: NOW })).ok).toBe(true);
    const coordinator = { ...a.coordinator, origin: ORIGIN };
    await getStoryCase(coordinator, caseId, NOW);
    expectRead(await lastEvent(), coordinator, {
      action: "case.story_read",
      entityType: "Case",
      entityId: caseId,
      clientId,
    });
    const otherCoordinator = { ...b.coordinator, origin: ORIGIN };
    expect(await getStoryCase(otherCoordinator, caseId, NOW)).toBeNull();
    expectRead(await lastEvent(), otherCoordinator, {
      action: "case.story_refused",
      entityType: "Case",
      entityId: caseId,
      clientId: null,
    });
  });
});

describe("lists that show several clients' dossier data are audited once per list, naming the cases", () => {
  it("listDossiers, getAdvisorAgenda, listMyAftercare and listFeedbackOwed", async () => {
    await listDossiers(volunteer, {});
    expectRead(await lastEvent(), volunteer, {
      action: "case.list",
      entityType: "CaseList",
      entityId: "dossiers",
      clientId: null,
    });
    expect((await lastEvent()).details).toEqual({ count: 1, caseIds: [caseId] });

    await getAdvisorAgenda(volunteer, NOW);
    expectRead(await lastEvent(), volunteer, {
      action: "case.list",
      entityType: "CaseList",
      entityId: "agenda",
      clientId: null,
    });
    expect((await lastEvent()).details).toEqual({ count: 1, caseIds: [caseId] });

    const task = await createAftercareTask(
      volunteer,
      { caseId, title: "Bellen over de regeling", dueOn: "2026-12-08" },
      { now: NOW },
    );
    expect(task.ok).toBe(true);
    await listMyAftercare(volunteer, NOW);
    expectRead(await lastEvent(), volunteer, {
      action: "case.list",
      entityType: "CaseList",
      entityId: "aftercare",
      clientId: null,
    });
    expect((await lastEvent()).details).toEqual({ count: 1, caseIds: [caseId] });

    const incoming = await db.referral.findFirstOrThrow({ where: { clientId, direction: "IN" } });
    expect((await requestFeedback(volunteer, { referralId: incoming.id, consent: true }, { now: NOW })).ok).toBe(true);
    await listFeedbackOwed(volunteer);
    expectRead(await lastEvent(), volunteer, {
      action: "case.list",
      entityType: "CaseList",
      entityId: "feedback",
      clientId: null,
    });
    expect((await lastEvent()).details).toMatchObject({ caseIds: [caseId] });
  });
});

describe("the audit log itself", () => {
  it("refuses UPDATE and DELETE through Prisma (the append-only trigger)", async () => {
    await getDossier(volunteer, caseId);
    const event = await lastEvent();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { actorId: null } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.updateMany({ where: { clientId }, data: { clientId: null } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { clientId } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
