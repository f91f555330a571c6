// A client with everything a dossier can hold, written straight to the database at a chosen day,
// for the privacy tests: the erasure, the export and the retention job must find every piece.
import { randomBytes } from "node:crypto";
import { amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { createDeskLibrary } from "./desk-fixture";
import { topLevelCategory } from "./desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;

/** Free text that names or describes the client: none of it may survive an anonymisation. */
export const SECRETS = {
  name: "Yasmina El Amrani",
  phone: "0612345678",
  email: "yasmina@example.nl",
  question: "Toeslagpartner vertrokken, Belastingdienst vraagt € 4.200 terug",
  note: "Mevrouw heeft schulden bij de woningcorporatie en slaapt slecht.",
  noteRevision: "Eerste versie: mevrouw slaapt slecht door de schulden bij de woningcorporatie.",
  action: "Brief van de Belastingdienst aan mevrouw El Amrani uitgelegd",
  deadline: "Bezwaar tegen terugvordering kenmerk 99-XY-123",
  document: "brief-belastingdienst-el-amrani.pdf",
  documentBytes: "%PDF-1.4 geheime brief over mevrouw El Amrani",
  referral: "Huiselijk geweld; zoekt een advocaat",
  consentScope: "Delen met Advocaat: mijn naam en telefoonnummer",
  aftercare: "Bel de Belastingdienst over mevrouw El Amrani",
  time: "Gebeld met de Belastingdienst over mevrouw El Amrani",
  benefit: "Terugvordering van mevrouw El Amrani geschrapt",
  reopened: "Mevrouw El Amrani kwam terug: de Belastingdienst hield zich niet aan de regeling",
  contact: "Mevrouw El Amrani belde: de Belastingdienst stuurde een aanmaning",
  handover: "Mevrouw El Amrani wacht op de uitspraak; bel haar na 1 maart",
  otherParty: "Verhuurder P. de Graaf-Ruitenbeek",
  letterReview: "Bezwaar namens mevrouw El Amrani tegen de terugvordering",
  reviewComment: "Noem dat mevrouw El Amrani sinds maart alleen woont",
} as const;

const unique = () => randomBytes(3).toString("hex");

type Options = {
  /** The Amsterdam day of the visit and of opening the dossier. */
  day: string;
  /** The day the dossier closed; null leaves it open. */
  closedDay: string | null;
  storyConsent?: boolean;
};

export async function createClientHistory(library: Library, { day, closedDay, storyConsent = false }: Options) {
  const organisationId = library.organisation.id;
  const advisor = library.advisors[0];
  const domain = await topLevelCategory();
  const at = (minute: number, on = day) => amsterdamMoment(on, minute);

  const client = await db.client.create({
    data: {
      organisationId,
      displayName: SECRETS.name,
      phone: SECRETS.phone,
      email: SECRETS.email,
      birthYear: 1979,
      postcodeArea: "7551",
      preferredLanguage: "ar",
      needsInterpreter: true,
      createdAt: at(595),
    },
  });
  const dossier = await db.case.create({
    data: {
      organisationId,
      clientId: client.id,
      responsibleAdvisorId: advisor.userId,
      kind: "DOSSIER",
      question: SECRETS.question,
      otherPartyName: SECRETS.otherParty,
      openedAt: at(605),
      status: closedDay ? "CLOSED" : "OPEN",
      closedAt: closedDay ? at(720, closedDay) : null,
      outcome: closedDay ? "SOLVED" : null,
      solvedWithoutReferral: closedDay ? false : null,
      legalDomains: { create: { legalDomainId: domain.id, primary: true } },
    },
  });
  const quickContact = await db.case.create({
    data: {
      organisationId,
      clientId: client.id,
      responsibleAdvisorId: advisor.userId,
      kind: "QUICK_CONTACT",
      question: SECRETS.question,
      openedAt: at(660),
      status: "CLOSED",
      closedAt: at(665),
      outcome: "SOLVED",
      legalDomains: { create: { legalDomainId: domain.id, primary: true } },
    },
  });
  const visit = await db.visit.create({
    data: {
      organisationId,
      locationId: library.location.id,
      clientId: client.id,
      caseId: dossier.id,
      kind: "WALK_IN",
      status: "DONE",
      categoryId: domain.id,
      arrivedAt: at(590),
      startedAt: at(600),
      endedAt: at(630),
      registeredById: library.host.userId,
      createdAt: at(590),
    },
  });
  const note = await db.caseNote.create({
    data: {
      organisationId,
      caseId: dossier.id,
      authorId: advisor.userId,
      body: SECRETS.note,
      version: 2,
      createdAt: at(610),
    },
  });
  await db.caseNoteRevision.create({
    data: {
      organisationId,
      noteId: note.id,
      version: 1,
      body: SECRETS.noteRevision,
      writtenById: advisor.userId,
      replacedAt: at(611),
    },
  });
  // Closed once before and reopened (the dossier's present closing, if any, came after).
  await db.caseReopening.create({
    data: {
      organisationId,
      caseId: dossier.id,
      closedAt: at(612),
      outcome: "PARTLY_SOLVED",
      reopenedAt: at(613),
      reopenedById: advisor.userId,
      reason: SECRETS.reopened,
    },
  });
  // Once on the coordinator's list, then given back to the advisor with a note about the client.
  await db.caseHandover.create({
    data: {
      organisationId,
      caseId: dossier.id,
      fromAdvisorId: null,
      toAdvisorId: advisor.userId,
      handedOverById: advisor.userId,
      note: SECRETS.handover,
      handedOverAt: at(614),
    },
  });
  await db.dossierContact.create({
    data: {
      organisationId,
      caseId: dossier.id,
      channel: "PHONE",
      occurredOn: dateColumn(day),
      minutes: 10,
      note: SECRETS.contact,
      advisorId: advisor.userId,
    },
  });
  await db.caseAction.createMany({
    data: [
      {
        organisationId,
        caseId: dossier.id,
        kind: "EXPLAIN_LETTER",
        description: SECRETS.action,
        performedById: advisor.userId,
        performedAt: at(612),
      },
      {
        organisationId,
        caseId: quickContact.id,
        kind: "INFORMATION",
        description: SECRETS.action,
        performedById: advisor.userId,
        performedAt: at(662),
      },
    ],
  });
  await db.deadline.create({
    data: {
      organisationId,
      caseId: dossier.id,
      kind: "AWB_OBJECTION",
      title: SECRETS.deadline,
      decisionSentOn: dateColumn(day),
      dueOn: dateColumn(day),
      createdById: advisor.userId,
      createdAt: at(615),
    },
  });
  const storageKey = `db:${unique()}${unique()}`;
  const bytes = Buffer.from(SECRETS.documentBytes);
  await db.documentContent.create({ data: { storageKey, bytes } });
  const document = await db.document.create({
    data: {
      organisationId,
      caseId: dossier.id,
      kind: "CLIENT_LETTER",
      fileName: SECRETS.document,
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: "ab".repeat(32),
      storageKey,
      uploadedById: advisor.userId,
      createdAt: at(616),
    },
  });
  // A volunteer's letter under review keeps its text and the reviewer's comment: client data too.
  await db.letterReview.create({
    data: {
      organisationId,
      documentId: document.id,
      caseId: dossier.id,
      authorId: advisor.userId,
      title: "Bezwaarschrift",
      text: SECRETS.letterReview,
      status: "RETURNED",
      createdAt: at(617),
      steps: { create: { step: "RETURNED", comment: SECRETS.reviewComment, byId: advisor.userId, at: at(618) } },
    },
  });
  const lawyer = await db.partner.create({ data: { organisationId, name: `Advocaat ${unique()}`, type: "LAWYER" } });
  const shareConsent = await db.consent.create({
    data: {
      organisationId,
      clientId: client.id,
      purpose: "SHARE_WITH_PARTNER",
      givenAt: at(620),
      scope: SECRETS.consentScope,
      recordedById: advisor.userId,
      createdAt: at(620),
    },
  });
  await db.consent.create({
    data: {
      organisationId,
      clientId: client.id,
      purpose: "DOSSIER",
      givenAt: at(605),
      recordedById: advisor.userId,
      createdAt: at(605),
    },
  });
  if (storyConsent)
    await db.consent.create({
      data: {
        organisationId,
        clientId: client.id,
        purpose: "STORY",
        givenAt: at(621),
        scope: "Mijn verhaal mag zonder naam.",
        createdAt: at(621),
      },
    });
  await db.referral.create({
    data: {
      organisationId,
      direction: "OUT",
      clientId: client.id,
      caseId: dossier.id,
      visitId: visit.id,
      partnerId: lawyer.id,
      reason: SECRETS.referral,
      handover: "WARM",
      status: "SENT",
      consentId: shareConsent.id,
      createdById: advisor.userId,
      createdAt: at(622),
    },
  });
  const task = await db.aftercareTask.create({
    data: {
      organisationId,
      caseId: dossier.id,
      visitId: visit.id,
      title: SECRETS.aftercare,
      assigneeId: advisor.userId,
      status: "DONE",
      completedAt: at(700),
      createdById: advisor.userId,
      createdAt: at(625),
    },
  });
  await db.timeEntry.createMany({
    data: [
      {
        organisationId,
        userId: advisor.userId,
        kind: "CONSULTATION",
        minutes: 30,
        workedOn: dateColumn(day),
        visitId: visit.id,
        enteredById: advisor.userId,
        createdAt: at(630),
      },
      {
        organisationId,
        userId: advisor.userId,
        kind: "AFTERCARE",
        minutes: 45,
        workedOn: dateColumn(day),
        caseId: dossier.id,
        aftercareTaskId: task.id,
        description: SECRETS.time,
        enteredById: advisor.userId,
        createdAt: at(700),
      },
      {
        organisationId,
        userId: advisor.userId,
        kind: "CONSULTATION",
        minutes: 10,
        workedOn: dateColumn(day),
        caseId: quickContact.id,
        enteredById: advisor.userId,
        createdAt: at(665),
      },
      // Written on the task alone, as the aftercare list does.
      {
        organisationId,
        userId: advisor.userId,
        kind: "AFTERCARE",
        minutes: 15,
        workedOn: dateColumn(day),
        aftercareTaskId: task.id,
        description: SECRETS.time,
        enteredById: advisor.userId,
        createdAt: at(701),
      },
    ],
  });
  await db.costBenefitItem.createMany({
    data: [
      {
        organisationId,
        caseId: dossier.id,
        category: "REPAYMENT_CANCELLED",
        beneficiary: "CLIENT",
        amountCents: 420_000,
        description: SECRETS.benefit,
        recordedById: advisor.userId,
        createdAt: at(710),
      },
      {
        organisationId,
        caseId: dossier.id,
        category: "WELLBEING",
        description: SECRETS.benefit,
        recordedById: advisor.userId,
        createdAt: at(711),
      },
    ],
  });
  return {
    clientId: client.id,
    dossierId: dossier.id,
    quickContactId: quickContact.id,
    visitId: visit.id,
    documentId: document.id,
    storageKey,
    partnerId: lawyer.id,
  };
}

/** Every row that belongs to the client, as one JSON text, to look for any secret left behind. */
export async function everythingAbout(clientId: string): Promise<string> {
  const cases = await db.case.findMany({
    where: { clientId },
    include: {
      notes: { include: { revisions: true } },
      actions: true,
      deadlines: true,
      documents: true,
      aftercareTasks: { include: { timeEntries: true } },
      timeEntries: true,
      costBenefitItems: true,
      referrals: true,
      reopenings: true,
      contacts: true,
      handovers: true,
      letterReviews: { include: { steps: true } },
    },
  });
  const storageKeys = cases.flatMap((found) => found.documents.map((document) => document.storageKey));
  const rows = {
    client: await db.client.findUnique({ where: { id: clientId } }),
    consents: await db.consent.findMany({ where: { clientId } }),
    visits: await db.visit.findMany({ where: { clientId }, include: { aftercareTasks: true, timeEntries: true } }),
    referrals: await db.referral.findMany({ where: { clientId } }),
    waitingList: await db.waitingListEntry.findMany({ where: { clientId }, include: { offers: true } }),
    cases,
    contents: (await db.documentContent.findMany({ where: { storageKey: { in: storageKeys } } })).map((content) =>
      Buffer.from(content.bytes).toString("utf8"),
    ),
  };
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
}
