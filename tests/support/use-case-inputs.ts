// One valid input per use case, pointing at fresh records of library A (see use-case-world.ts).
// Run as an allowed person of library A at NOW, each input succeeds; the authorisation matrix
// then checks who else may run it, and the fuzz test corrupts it one field at a time.
//
// Adding a use case: add one line here, named as its spec.name. Build what it needs with the
// helpers of use-case-world.ts (a dossier is always the volunteer's) and return the input.
import { db } from "@/lib/db";
import { createProgramme } from "./factories";
import { storeDocument } from "@/lib/documents/store-document";
import { dateColumn } from "@/lib/dates";
import {
  NEXT_WEEK,
  NOW,
  newAdvisor,
  newClient,
  newConsultationHour,
  newDossier,
  newLetterReview,
  newOtherParty,
  newIncomingReferral,
  newLocation,
  newPartner,
  newSession,
  newSignal,
  newVisit,
  pdfFile,
  TODAY,
  uniqueDay,
  uniqueTag,
  type World,
} from "./use-case-world";

export type InputBuilder = (w: World) => Promise<unknown>;

/** A working referral link of a new partner of library A (stored only as a hash, as the use case does). */
async function newPartnerLink(w: World) {
  return db.partnerLink.create({
    data: {
      organisationId: w.a.organisationId,
      partnerId: (await newPartner(w)).id,
      locationId: w.a.locationId,
      tokenHash: `hash-${uniqueTag()}`,
      label: "Wijkteam Noord",
    },
    select: { id: true, partnerId: true },
  });
}

/** A new client waiting at library A's location for four weeks from TODAY. */
async function newWaitingListEntry(w: World) {
  return db.waitingListEntry.create({
    data: {
      organisationId: w.a.organisationId,
      locationId: w.a.locationId,
      clientId: (await newClient(w)).id,
      addedVia: "DESK",
      until: dateColumn("2026-12-29"),
    },
    select: { id: true },
  });
}

/** A freed half hour later today, offered to a new client on library A's waiting list until two hours after NOW. */
async function newSlotOffer(w: World) {
  const [session, entry] = await Promise.all([newSession(w), newWaitingListEntry(w)]);
  return db.slotOffer.create({
    data: {
      organisationId: w.a.organisationId,
      entryId: entry.id,
      slotId: session.slots.at(-1)!.id,
      offeredAt: NOW,
      expiresAt: new Date(NOW.getTime() + 2 * 60 * 60_000),
    },
    select: { id: true },
  });
}

async function partnerFile(w: World) {
  const existing = await newPartner(w);
  return `naam;soort;telefoon;postcode\r\n${existing.name};Sociaal wijkteam;074-123 4567;7551 AB\r\nTaalhuis ${uniqueTag()};Taalhuis;;\r\n`;
}

/** An action of today by the volunteer on their dossier, with its time, as recordCaseAction writes it. */
async function newCaseAction(w: World) {
  const dossier = await newDossier(w);
  const volunteerId = w.a.actors.volunteer.userId;
  const action = await db.caseAction.create({
    data: {
      organisationId: w.a.organisationId,
      caseId: dossier.id,
      kind: "MEDIATION",
      minutes: 20,
      performedById: volunteerId,
      performedAt: NOW,
      createdAt: NOW,
    },
  });
  await db.timeEntry.create({
    data: {
      organisationId: w.a.organisationId,
      userId: volunteerId,
      enteredById: volunteerId,
      kind: "AFTERCARE",
      minutes: 20,
      workedOn: dateColumn(TODAY),
      caseId: dossier.id,
      caseActionId: action.id,
    },
  });
  return action.id;
}

/** A second legal domain beside the world's own, for a dossier that touches two fields of law. */
const schuldenDomain = () =>
  db.legalDomain.upsert({
    where: { code: "schulden" },
    create: { code: "schulden", nameNl: "Schulden", nameEn: "Debts", juridischLoketCategory: "SCHULDEN" },
    update: {},
    select: { id: true },
  });

const newClientIntake = {
  categoryId: null,
  client: { newClient: { displayName: "M. Jansen", phone: "06 12345678", birthYear: 1970 } },
  // Every cell registers her again: each time as someone new, past the desk's "already known?".
  confirmedNewClient: true,
};

const objectionLetter = (caseId: string) => ({
  kind: "OBJECTION",
  caseId,
  authorityName: "Belastingdienst/Toeslagen",
  authorityStreet: "Postbus 100",
  authorityPostcodeTown: "7500 AA Enschede",
  clientName: "R. de Vries",
  clientStreet: "Kerkstraat 1",
  clientPostcodeTown: "7551 AB Hengelo",
  place: "Hengelo",
  letterDate: TODAY,
  decisionDate: "2026-11-20",
  decisionReference: "HT-2026-123",
  subject: "Terugvordering huurtoeslag 2025",
  grounds: "Mijn inkomen was lager dan de Belastingdienst denkt.",
  attachments: ["Kopie van het besluit"],
});

export const VALID_INPUTS: Record<string, InputBuilder> = {
  // Desk: a session running at NOW, an appointment slot later today, visits in the right state.
  "desk.registerWalkIn": async (w) => ({ sessionId: (await newSession(w)).id, ...newClientIntake }),
  "desk.bookAppointment": async (w) => ({ slotId: (await newSession(w)).slots.at(-1)!.id, ...newClientIntake }),
  "desk.searchClients": async () => ({ query: "Cliënt" }),
  "desk.checkInAppointment": async (w) => ({ visitId: (await newVisit(w, "BOOKED")).id }),
  "desk.startConversation": async (w) => ({ visitId: (await newVisit(w, "WAITING")).id }),
  "desk.endConversation": async (w) => ({ visitId: (await newVisit(w, "IN_CONVERSATION")).id }),
  "desk.markNoShow": async (w) => ({ visitId: (await newVisit(w, "WAITING")).id }),
  "desk.cancelVisit": async (w) => ({ visitId: (await newVisit(w, "BOOKED")).id }),
  // The waiting list of library A's location: each cell puts a client of its own on it.
  "waitingList.addToWaitingList": async (w) => ({
    locationId: w.a.locationId,
    client: { newClient: { displayName: "M. Jansen", phone: "06 12345678" } },
    note: "liefst 's avonds",
    listConsent: true,
  }),
  "waitingList.listWaitingList": async (w) => ({ locationId: w.a.locationId }),
  "waitingList.bookOfferAtDesk": async (w) => ({ offerId: (await newSlotOffer(w)).id }),
  "waitingList.withdrawFromWaitingList": async (w) => ({ entryId: (await newWaitingListEntry(w)).id }),

  // Dossiers: opened from a visit in conversation; everything else on a dossier of the volunteer.
  "cases.openDossier": async (w) => ({
    visitId: (await newVisit(w, "IN_CONVERSATION")).id,
    question: "Huurtoeslag terugbetalen?",
    legalDomainId: w.domainId,
    consent: true,
  }),
  // The volunteer's client comes back; the visit joins their open dossier.
  "cases.linkVisitToDossier": async (w) => {
    const visit = await newVisit(w, "IN_CONVERSATION");
    return { visitId: visit.id, caseId: (await newDossier(w, { clientId: visit.clientId })).id };
  },
  "cases.logQuickContact": async (w) => ({
    visitId: (await newVisit(w, "IN_CONVERSATION")).id,
    legalDomainId: w.domainId,
    actions: ["EXPLAIN_LETTER"],
    outcome: "SOLVED",
  }),
  "cases.addCaseNote": async (w) => ({
    caseId: (await newDossier(w)).id,
    body: "Cliënt brengt volgende week de brief mee.",
  }),
  "cases.editCaseNote": async (w) => {
    const dossier = await newDossier(w);
    const note = await db.caseNote.create({
      data: {
        organisationId: w.a.organisationId,
        caseId: dossier.id,
        authorId: w.a.actors.volunteer.userId,
        body: "Brief meegenomen.",
      },
      select: { id: true },
    });
    return { noteId: note.id, body: "Brief en loonstrook meegenomen.", expectedVersion: 1 };
  },
  "cases.editCaseQuestion": async (w) => ({
    caseId: (await newDossier(w)).id,
    question: "Kan ik bezwaar maken tegen de terugvordering?",
    version: 1,
  }),
  "cases.closeCase": async (w) => ({ caseId: (await newDossier(w)).id, version: 1, outcome: "SOLVED" }),
  "cases.correctClientDetails": async (w) => ({
    caseId: (await newDossier(w)).id,
    displayName: "M. Jansen-de Boer",
    phone: "06 87654321",
    email: "m.jansen@example.nl",
    birthYear: "1971",
    preferredLanguage: "tr",
    needsInterpreter: true,
  }),
  "cases.reopenCase": async (w) => ({
    caseId: (await newDossier(w, { status: "CLOSED", closedAt: NOW, outcome: "SOLVED" })).id,
    version: 1,
    reason: "De cliënt kwam terug met een nieuwe brief.",
  }),
  "cases.promoteToDossier": async (w) => ({
    caseId: (await newDossier(w, { kind: "QUICK_CONTACT", status: "CLOSED", closedAt: NOW, outcome: "SOLVED" })).id,
    question: "Toch een bezwaar nodig",
    consent: true,
  }),
  "cases.setCaseWaiting": async (w) => ({ caseId: (await newDossier(w)).id, version: 1, waiting: true }),
  "costs.addBenefitItem": async (w) => ({
    caseId: (await newDossier(w)).id,
    category: "INCOME_IMPROVEMENT",
    amount: "600",
    beneficiary: "CLIENT",
    description: "Huurtoeslag weer uitbetaald",
  }),
  "costs.recordStoryConsent": async (w) => ({ caseId: (await newDossier(w)).id, given: true }),
  "costs.removeBenefitItem": async (w) => {
    const dossier = await newDossier(w);
    const item = await db.costBenefitItem.create({
      data: {
        organisationId: w.a.organisationId,
        caseId: dossier.id,
        category: "CLAIM_REDUCED",
        beneficiary: "CLIENT",
        amountCents: 25_000,
        recordedById: w.a.actors.volunteer.userId,
      },
      select: { id: true },
    });
    return { benefitItemId: item.id };
  },
  "costs.setCostRate": async () => ({
    validFrom: uniqueDay(),
    advisorHour: "80",
    projectHour: "25,50",
    serviceHour: "14,50",
  }),
  "deadlines.addObjectionDeadline": async (w) => ({ caseId: (await newDossier(w)).id, decisionSentOn: "2026-11-20" }),
  "deadlines.addFreeDeadline": async (w) => ({
    caseId: (await newDossier(w)).id,
    kind: "REPLY_EXPECTED",
    title: "Antwoord UWV",
    dueOn: "2026-12-15",
  }),
  "deadlines.completeDeadline": async (w) => {
    const dossier = await newDossier(w);
    const deadline = await db.deadline.create({
      data: {
        organisationId: w.a.organisationId,
        caseId: dossier.id,
        kind: "OTHER",
        title: "Bellen",
        dueOn: dateColumn("2026-12-10"),
        createdById: w.a.actors.volunteer.userId,
      },
      select: { id: true },
    });
    return { deadlineId: deadline.id };
  },
  "documents.uploadDocument": async (w) => ({
    caseId: (await newDossier(w)).id,
    kind: "CLIENT_LETTER",
    file: pdfFile(),
  }),
  "documents.deleteDocument": async (w) => {
    const dossier = await newDossier(w);
    const { documentId } = await db.$transaction((tx) =>
      storeDocument(tx, w.a.actors.volunteer, {
        caseId: dossier.id,
        clientId: dossier.clientId,
        kind: "CLIENT_LETTER",
        fileName: "brief.pdf",
        contentType: "application/pdf",
        bytes: new Uint8Array(8),
      }),
    );
    return { caseId: dossier.id, documentId };
  },
  "letters.draftLetter": async (w) => objectionLetter((await newDossier(w)).id),
  "letters.saveLetter": async (w) => ({
    ...objectionLetter((await newDossier(w)).id),
    text: "Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar.",
  }),
  "aftercare.createTask": async (w) => ({
    caseId: (await newDossier(w)).id,
    title: "UWV bellen over de uitkering",
    dueOn: "2026-12-04",
  }),
  "aftercare.completeTask": async (w) => {
    const dossier = await newDossier(w);
    const { volunteer } = w.a.actors;
    const task = await db.aftercareTask.create({
      data: {
        organisationId: w.a.organisationId,
        caseId: dossier.id,
        title: "Bezwaar nasturen",
        assigneeId: volunteer.userId,
        createdById: volunteer.userId,
      },
      select: { id: true },
    });
    return { taskId: task.id, minutes: 20, workedOn: TODAY };
  },
  "cases.recordCaseAction": async (w) => ({
    caseId: (await newDossier(w)).id,
    kind: "MEDIATION",
    performedOn: TODAY,
    minutes: 20,
    note: "Met de schuldeiser gebeld",
  }),
  // The volunteer's own action of today on their dossier: only they may put it right.
  "cases.changeCaseAction": async (w) => ({
    actionId: await newCaseAction(w),
    kind: "PAYMENT_PLAN",
    minutes: 15,
    note: "Regeling van € 50 per maand",
  }),
  "cases.removeCaseAction": async (w) => ({ actionId: await newCaseAction(w) }),
  "cases.recordDossierContact": async (w) => ({
    caseId: (await newDossier(w)).id,
    channel: "PHONE",
    occurredOn: TODAY,
    minutes: 15,
    note: "Cliënt belde over de aanmaning",
  }),
  "time.logCaseTime": async (w) => ({
    caseId: (await newDossier(w)).id,
    minutes: 30,
    kind: "AFTERCARE",
    workedOn: TODAY,
    description: "Brief aan UWV",
  }),

  // Referrals on a dossier of the volunteer.
  "referrals.referOut": async (w) => ({
    caseId: (await newDossier(w)).id,
    partnerId: (await newPartner(w)).id,
    reason: "Schuldhulp nodig",
    handover: "INFORMATION_ONLY",
  }),
  "referrals.recordIncomingReferral": async (w) => ({
    caseId: (await newDossier(w)).id,
    partnerId: (await newPartner(w)).id,
    feedbackRequested: false,
  }),
  "referrals.requestFeedback": async (w) => ({
    referralId: (await newIncomingReferral(w, { feedbackPromised: false })).id,
    consent: true,
  }),
  "referrals.markFeedbackGiven": async (w) => ({
    referralId: (await newIncomingReferral(w, { feedbackPromised: true })).id,
  }),
  "referrals.updateReferralStatus": async (w) => {
    const dossier = await newDossier(w);
    const referral = await db.referral.create({
      data: {
        organisationId: w.a.organisationId,
        direction: "OUT",
        clientId: dossier.clientId,
        caseId: dossier.id,
        partnerId: (await newPartner(w)).id,
        status: "SENT",
        handover: "INFORMATION_ONLY",
      },
      select: { id: true },
    });
    return { referralId: referral.id, from: "SENT", to: "ACCEPTED" };
  },

  // The social map, kept by the coordinator.
  "partners.createPartner": async () => ({
    name: `Schuldhulp ${uniqueTag()}`,
    type: "DEBT_HELP",
    legalDomainIds: [],
    phone: "074-123 4567",
    website: "www.schuldhulp.example",
  }),
  "partners.updatePartner": async (w) => ({
    partnerId: (await newPartner(w)).id,
    name: `Wijkteam ${uniqueTag()} Noord`,
    type: "NEIGHBOURHOOD_TEAM",
    legalDomainIds: [w.domainId],
  }),
  "partners.deactivatePartner": async (w) => ({ partnerId: (await newPartner(w)).id }),
  "partners.reactivatePartner": async (w) => ({ partnerId: (await newPartner(w, false)).id }),
  // A file that adds a partner and changes one of library A's: in another library both are new.
  "partners.previewPartnerImport": async (w) => ({ file: new File([await partnerFile(w)], "partners.csv") }),
  "partners.importPartners": async (w) => ({ content: Buffer.from(await partnerFile(w)).toString("base64") }),
  "partners.exportSocialMap": async () => ({ format: "xlsx" }),

  // A partner's referral links, kept with the social map: each cell gets a partner (and link) of its own.
  "partnerLinks.createPartnerLink": async (w) => ({
    partnerId: (await newPartner(w)).id,
    locationId: w.a.locationId,
    label: `Wijkteam ${uniqueTag()}`,
  }),
  "partnerLinks.revokePartnerLink": async (w) => ({ linkId: (await newPartnerLink(w)).id }),
  "partnerLinks.listPartnerLinks": async (w) => ({ partnerId: (await newPartnerLink(w)).partnerId }),

  // Places, kept by the admin: each cell gets a location (and room) of its own.
  "locations.createLocation": async () => ({
    name: `Wijkcentrum ${uniqueTag()}`,
    slug: `wijkcentrum-${uniqueTag()}`,
    street: "Dorpsstraat 4",
    postcode: "7551ab",
    city: "Hengelo",
    accessibility: "Ingang zonder drempel.",
    "publicTexts.en.accessibility": "Step-free entrance.",
  }),
  "locations.updateLocation": async (w) => ({
    locationId: (await newLocation(w)).id,
    name: `Bibliotheek ${uniqueTag()}`,
    slug: `bibliotheek-${uniqueTag()}`,
    street: "Boekenplein 1",
    postcode: "7551 AB",
    city: "Hengelo",
    directions: "Ontwikkelplein",
  }),
  "locations.archiveLocation": async (w) => ({ locationId: (await newLocation(w)).id }),
  "locations.restoreLocation": async (w) => {
    const { id } = await newLocation(w);
    await db.location.update({ where: { id }, data: { active: false } });
    return { locationId: id };
  },
  "locations.addRoom": async (w) => ({ locationId: (await newLocation(w)).id, name: "Spreekkamer 1", kind: "CABIN" }),
  "locations.updateRoom": async (w) => {
    const room = await db.room.create({
      data: { organisationId: w.a.organisationId, locationId: (await newLocation(w)).id, name: "Kamer", kind: "ROOM" },
      select: { id: true },
    });
    return { roomId: room.id, name: "Stille kamer", kind: "CABIN", active: false };
  },

  // The partnership's own details, kept by the admin.
  "programmes.grantProgrammeAccess": async () => ({ programmeId: (await createProgramme()).id }),
  "programmes.revokeProgrammeAccess": async (w) => {
    const programme = await createProgramme();
    const admin = await db.user.findFirstOrThrow({
      where: { organisationId: w.a.organisationId, roles: { has: "ADMIN" } },
    });
    await db.programmeGrant.create({
      data: { organisationId: w.a.organisationId, programmeId: programme.id, grantedById: admin.id, grantedAt: NOW },
    });
    return { programmeId: programme.id };
  },
  "organisations.updatePartnership": async () => ({
    name: `Bibliotheek ${uniqueTag()}`,
    municipality: "Teststad",
    libraryName: "",
    providerName: "SJD Teststad",
  }),

  // The advisors' registrations, insurance and training, kept by the coordinator.
  "cases.assignDossier": async (w) => ({
    caseId: (await newDossier(w, { responsibleAdvisorId: null })).id,
    advisorId: w.a.actors.professional.userId,
  }),
  "cases.addCaseLegalDomain": async (w) => ({
    caseId: (await newDossier(w)).id,
    legalDomainId: (await schuldenDomain()).id,
  }),
  "cases.removeCaseLegalDomain": async (w) => {
    const { id: legalDomainId } = await schuldenDomain();
    const dossier = await newDossier(w, {
      legalDomains: { create: [{ legalDomainId: w.domainId, primary: true }, { legalDomainId }] },
    });
    return { caseId: dossier.id, legalDomainId };
  },
  // A volunteer's letter, reviewed by their supervisor; the setting is the coordinator's.
  "letters.approveLetter": async (w) => ({ reviewId: (await newLetterReview(w, "AWAITING_REVIEW")).id, version: 1 }),
  "letters.returnLetter": async (w) => ({
    reviewId: (await newLetterReview(w, "AWAITING_REVIEW")).id,
    version: 1,
    comment: "Noem het kenmerk van het besluit.",
  }),
  "letters.reviseLetter": async (w) => ({
    reviewId: (await newLetterReview(w, "RETURNED")).id,
    version: 1,
    text: "Geachte heer, mevrouw,\n\nIk maak bezwaar tegen het besluit met kenmerk 123.",
  }),
  "letters.setLetterReview": async () => ({ reviewVolunteerLetters: false }),

  // The list of other parties, kept by the coordinator, and a dossier's choice from it.
  "otherParties.createOtherParty": async () => ({
    name: `Woonstichting ${uniqueTag()}`,
    kind: "HOUSING_CORPORATION",
    postalAddress: "Postbus 12",
    postcodeTown: "7550 AA Hengelo",
  }),
  "otherParties.updateOtherParty": async (w) => ({
    otherPartyId: (await newOtherParty(w)).id,
    name: `Woonstichting ${uniqueTag()}`,
    kind: "HOUSING_CORPORATION",
    department: "afdeling Incasso",
  }),
  "otherParties.deactivateOtherParty": async (w) => ({ otherPartyId: (await newOtherParty(w)).id }),
  "otherParties.reactivateOtherParty": async (w) => ({ otherPartyId: (await newOtherParty(w, false)).id }),
  "otherParties.addCommonOtherParties": async () => ({}),
  "cases.setCaseOtherParty": async (w) => ({
    caseId: (await newDossier(w)).id,
    choice: (await newOtherParty(w)).id,
  }),
  // Signalering: advisors raise and join from their dossiers, the coordinator keeps the register.
  "signals.raiseSignal": async (w) => ({
    caseId: (await newDossier(w)).id,
    otherPartyId: (await newOtherParty(w)).id,
    theme: "UNREACHABLE",
    description: "Het loket is alleen digitaal te bereiken; wie geen DigiD heeft, loopt vast.",
  }),
  "signals.joinSignal": async (w) => ({ signalId: (await newSignal(w)).id, caseId: (await newDossier(w)).id }),
  "signals.markSignalRaised": async (w) => ({
    signalId: (await newSignal(w)).id,
    raisedWith: "Beleidsmedewerker Wmo",
    raisedOn: TODAY,
  }),
  "signals.recordSignalAnswer": async (w) => ({
    signalId: (await newSignal(w, "RAISED")).id,
    answer: "De gemeente past de brief aan.",
    answeredOn: TODAY,
  }),
  "signals.closeSignal": async (w) => ({ signalId: (await newSignal(w)).id, outcome: "RESOLVED" }),
  "signals.rewordSignal": async (w) => ({
    signalId: (await newSignal(w)).id,
    description: "De brief noemt het bedrag, maar niet hoe het is berekend of waar je bezwaar maakt.",
  }),
  "signals.reopenSignal": async (w) => {
    const { id } = await newSignal(w);
    await db.signal.update({ where: { id }, data: { status: "RESOLVED" } });
    return { signalId: id };
  },
  "signals.mergeSignals": async (w) => {
    const { id: otherPartyId } = await newOtherParty(w);
    return {
      signalId: (await newSignal(w, "NEW", otherPartyId)).id,
      duplicateId: (await newSignal(w, "NEW", otherPartyId)).id,
    };
  },
  "cases.handOverDossier": async (w) => ({
    caseId: (await newDossier(w)).id,
    version: 1,
    advisorId: w.a.actors.professional.userId,
    note: "Bezwaar tegen de CAK-brief loopt; cliënt belt na de uitspraak.",
  }),
  "cases.reassignDossier": async (w) => ({
    caseId: (await newDossier(w)).id,
    version: 1,
    advisorId: w.a.actors.professional.userId,
    note: "De adviseur is met verlof; de termijn loopt nog twee weken.",
  }),
  "credentials.recordCredential": async (w) => ({
    userId: w.a.actors.volunteer.userId,
    kind: "TRAINING",
    description: "Basistraining sociaal-juridisch",
    validUntil: "2027-06-30",
  }),
  "credentials.removeCredential": async (w) => {
    const credential = await db.advisorCredential.create({
      data: {
        organisationId: w.a.organisationId,
        userId: w.a.actors.professional.userId,
        kind: "REGISTER",
        description: "Register Sociaal Werkers",
        validUntil: dateColumn("2027-01-31"),
      },
      select: { id: true },
    });
    return { credentialId: credential.id };
  },

  // People, kept by the admin.
  "people.invitePerson": async (w) => ({
    name: "Nieuwe Vrijwilliger",
    email: `nieuw-${uniqueTag()}@test.example`,
    roles: ["ADVISOR"],
    advisorKind: "VOLUNTEER",
    supervisorId: w.a.actors.supervisor.userId,
    homeLocationId: w.a.locationId,
  }),
  "people.reissueInvitation": async (w) => {
    const invited = await db.user.create({
      data: {
        organisationId: w.a.organisationId,
        email: `uitgenodigd-${uniqueTag()}@test.example`,
        name: "Uitgenodigd",
        roles: ["HOST"],
      },
      select: { id: true },
    });
    return { userId: invited.id };
  },
  "people.updatePerson": async (w) => ({
    userId: (await newAdvisor(w)).userId,
    name: "Nu Adviseur en Coördinator",
    roles: ["ADVISOR", "COORDINATOR"],
    advisorKind: "PROFESSIONAL",
    homeLocationId: w.a.locationId,
  }),

  // The schedule, planned by the coordinator: sessions next week, hours at a location of their own.
  "schedule.addExtraSession": async (w) => ({
    locationId: (await newLocation(w)).id,
    day: NEXT_WEEK,
    startTime: "14:00",
    endTime: "16:00",
    advisorCapacity: 2,
  }),
  "schedule.cancelSession": async (w) => ({
    sessionId: (await newSession(w, { day: NEXT_WEEK })).id,
    reason: "Bibliotheek gesloten (feestdag)",
  }),
  "schedule.createConsultationHour": async (w) => ({
    locationId: (await newLocation(w)).id,
    weekday: 4,
    startTime: "13:00",
    endTime: "15:00",
    advisorCapacity: 1,
    slotMinutes: 30,
    validFrom: TODAY,
    advisorIds: [(await newAdvisor(w)).userId],
  }),
  "schedule.generateSessions": async () => ({ weeks: 1 }),
  "schedule.removeStaff": async (w) => {
    const session = await newSession(w, { day: NEXT_WEEK });
    return { sessionId: session.id, advisorId: session.advisors[0].userId };
  },
  "schedule.staffSession": async (w) => ({
    sessionId: (await newSession(w, { day: NEXT_WEEK, staffed: 0, capacity: 1 })).id,
    advisorId: (await newAdvisor(w)).userId,
  }),
  "schedule.updateConsultationHour": async (w) => ({
    consultationHourId: (await newConsultationHour(w)).id,
    advisorCapacity: 2,
    validUntil: "2027-06-30",
    advisorIds: [],
  }),

  // Hours: the volunteer's own entry (only they and the coordinator may correct it).
  "time.correctTimeEntry": async (w) => {
    const { volunteer } = w.a.actors;
    const entry = await db.timeEntry.create({
      data: {
        organisationId: w.a.organisationId,
        userId: volunteer.userId,
        enteredById: volunteer.userId,
        kind: "COMMUNICATION",
        minutes: 30,
        workedOn: dateColumn(TODAY),
      },
      select: { id: true },
    });
    return { timeEntryId: entry.id, minutes: 45, reason: "Langer gepraat" };
  },
  "time.logOwnHours": async () => ({
    kind: "COMMUNICATION",
    minutes: 45,
    workedOn: TODAY,
    description: "Poster voor de bibliotheek",
  }),
  "time.setHoursPlan": async () => ({ role: "ADVISOR", kind: "CONSULTATION", hours: "6,5" }),

  // The library's admin: users of their own library (fresh advisors, so no cell locks anyone out).
  "users.deactivateUser": async (w) => ({ userId: (await newAdvisor(w)).userId }),
  "users.reactivateUser": async (w) => {
    const { userId } = await newAdvisor(w);
    await db.user.update({ where: { id: userId }, data: { active: false } });
    return { userId };
  },
  "users.endUserSessions": async (w) => ({ userId: (await newAdvisor(w)).userId }),
  "users.setUserPassword": async (w) => ({
    userId: (await newAdvisor(w)).userId,
    password: "bieb-spreekuur-wachtwoord-7",
  }),

  // AVG rights: a client of a dossier of the volunteer; consent also by the advisors who may read it.
  "privacy.searchClients": async () => ({ query: "Cliënt" }),
  "privacy.setRetentionMonths": async () => ({ months: 36 }),
  "clients.mergeClients": async (w) => ({
    keepClientId: (await newDossier(w)).clientId,
    mergeClientId: (await newClient(w)).id,
    confirmation: "samenvoegen",
  }),
  "clients.mergeDuplicateClient": async (w) => {
    // Registered twice with the same name and birth year; the dossier is the volunteer's.
    const displayName = `Cliënt ${uniqueTag()}`;
    const [kept, other] = await Promise.all(
      [0, 1].map(() =>
        db.client.create({ data: { organisationId: w.a.organisationId, displayName, birthYear: 1966 } }),
      ),
    );
    const dossier = await newDossier(w, { clientId: kept.id });
    return { caseId: dossier.id, mergeClientId: other.id, confirmation: "samenvoegen" };
  },
  "privacy.eraseClient": async (w) => ({ clientId: (await newDossier(w)).clientId, confirmation: "ANONIMISEREN" }),
  "privacy.recordConsent": async (w) => ({
    clientId: (await newDossier(w)).clientId,
    purpose: "STORY",
    scope: "Mijn verhaal mag anoniem in het jaarverslag.",
  }),
  "privacy.withdrawConsent": async (w) => {
    const { clientId } = await newDossier(w);
    await db.consent.create({ data: { organisationId: w.a.organisationId, clientId, purpose: "STORY", givenAt: NOW } });
    return { clientId, purpose: "STORY" };
  },
};
