// Two libraries with one person in every role, and small builders that make fresh records in
// library A: the authorisation matrix and the fuzz test run every use case against these.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { addCalendarDays, amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { NOW, topLevelCategory } from "./desk-fixture";
import { actorOf, createOrganisation, createProgramme, createUser } from "./factories";

export { NOW };
/** The Amsterdam day of NOW (Tuesday 1 December 2026, 10:10). */
export const TODAY = "2026-12-01";
/** A day after NOW on which planned sessions can still change. */
export const NEXT_WEEK = "2026-12-08";

/**
 * Who asks. "volunteer" is the responsible advisor of every dossier the builders make,
 * "supervisor" the professional who supervises that volunteer, "professional" a professional
 * colleague without a link to the dossier.
 */
export const ACTOR_KEYS = [
  "HOST",
  "professional",
  "volunteer",
  "supervisor",
  "COORDINATOR",
  "ADMIN",
  "PROGRAMME",
] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];

/**
 * People with two roles, as small libraries have them, each named by the single-role people whose
 * rules they hold: a professional advisor who also coordinates, a host who also coordinates.
 * Every rule holds per role, so each gets what the most of their roles gets.
 */
export const MULTI_ROLE_KEYS = {
  advisorCoordinator: ["professional", "COORDINATOR"],
  hostCoordinator: ["HOST", "COORDINATOR"],
} as const satisfies Record<string, readonly ActorKey[]>;
export type MultiRoleKey = keyof typeof MULTI_ROLE_KEYS;

type Library = {
  organisationId: string;
  locationId: string;
  actors: Record<ActorKey, Actor>;
  multiRole: Record<MultiRoleKey, Actor>;
};
export type World = { a: Library; b: Library; domainId: string };

async function createLibrary(name: string): Promise<Library> {
  const { organisation, location } = await createOrganisation(name);
  const supervisor = await createUser(organisation.id, "ADVISOR", { advisorKind: "PROFESSIONAL" });
  const volunteer = await createUser(organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: volunteer.id }, data: { supervisorId: supervisor.id } });
  const admin = await createUser(organisation.id, "ADMIN");
  // The library's programme reads its figures: the admin gave it access.
  const programme = await createProgramme(`Programma van ${name}`);
  await db.programmeGrant.create({
    data: { organisationId: organisation.id, programmeId: programme.id, grantedById: admin.id, grantedAt: NOW },
  });
  return {
    organisationId: organisation.id,
    locationId: location.id,
    actors: {
      HOST: actorOf(await createUser(organisation.id, "HOST", { homeLocationId: location.id })),
      professional: actorOf(await createUser(organisation.id, "ADVISOR", { advisorKind: "PROFESSIONAL" })),
      volunteer: actorOf(volunteer),
      supervisor: actorOf(supervisor),
      COORDINATOR: actorOf(await createUser(organisation.id, "COORDINATOR")),
      ADMIN: actorOf(admin),
      PROGRAMME: actorOf(await createUser(programme.id, "PROGRAMME")),
    },
    multiRole: {
      advisorCoordinator: actorOf(
        await createUser(organisation.id, ["ADVISOR", "COORDINATOR"], { advisorKind: "PROFESSIONAL" }),
      ),
      hostCoordinator: actorOf(
        await createUser(organisation.id, ["HOST", "COORDINATOR"], { homeLocationId: location.id }),
      ),
    },
  };
}

export async function createWorld(): Promise<World> {
  return {
    a: await createLibrary("Bibliotheek A"),
    b: await createLibrary("Bibliotheek B"),
    domainId: (await topLevelCategory()).id,
  };
}

let serial = 0;
/** A short text no other builder call returns: for names and days that must not collide. */
export const uniqueTag = () => `${++serial}-${randomBytes(3).toString("hex")}`;
/** A different day for every call, far from the fixtures' other dates (for rates that are one per day). */
export const uniqueDay = () => addCalendarDays("2010-01-01", ++serial);

// ----- Builders of fresh records in library A -------------------------------------------------

export async function newClient(w: World) {
  return db.client.create({
    data: { organisationId: w.a.organisationId, displayName: `Cliënt ${uniqueTag()}` },
    select: { id: true, displayName: true },
  });
}

/** An open dossier of a new client, with the volunteer responsible. */
export async function newDossier(w: World, data: Partial<Prisma.CaseUncheckedCreateInput> = {}) {
  const client = await newClient(w);
  const dossier = await db.case.create({
    data: {
      organisationId: w.a.organisationId,
      clientId: client.id,
      responsibleAdvisorId: w.a.actors.volunteer.userId,
      question: "Kan ik bezwaar maken tegen de aanslag?",
      openedAt: NOW,
      legalDomains: { create: { legalDomainId: w.domainId, primary: true } },
      ...data,
    },
    select: { id: true, clientId: true, version: true },
  });
  return dossier;
}

export async function newPartner(w: World, active = true) {
  return db.partner.create({
    data: { organisationId: w.a.organisationId, name: `Wijkteam ${uniqueTag()}`, type: "NEIGHBOURHOOD_TEAM", active },
    select: { id: true, name: true },
  });
}

/** A letter of the volunteer on its way to their supervisor, with the document it is. */
export async function newLetterReview(w: World, status: "AWAITING_REVIEW" | "RETURNED") {
  const dossier = await newDossier(w);
  const storageKey = `db:${uniqueTag()}`;
  await db.documentContent.create({ data: { storageKey, bytes: Buffer.from("concept") } });
  const document = await db.document.create({
    data: {
      organisationId: w.a.organisationId,
      caseId: dossier.id,
      kind: "GENERATED_LETTER",
      fileName: "Bezwaarschrift.docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      sizeBytes: 7,
      sha256: "0".repeat(64),
      storageKey,
      uploadedById: w.a.actors.volunteer.userId,
    },
    select: { id: true },
  });
  return db.letterReview.create({
    data: {
      organisationId: w.a.organisationId,
      documentId: document.id,
      caseId: dossier.id,
      authorId: w.a.actors.volunteer.userId,
      title: "Bezwaarschrift",
      text: "Geachte heer, mevrouw,\n\nIk maak bezwaar.",
      status,
    },
    select: { id: true, version: true },
  });
}

export async function newOtherParty(w: World, active = true) {
  return db.otherParty.create({
    data: {
      organisationId: w.a.organisationId,
      name: `Woningcorporatie ${uniqueTag()}`,
      kind: "HOUSING_CORPORATION",
      active,
    },
    select: { id: true },
  });
}

/** A signal of library A raised from a fresh dossier of the volunteer. */
export async function newSignal(w: World, status: "NEW" | "RAISED" = "NEW", otherPartyId?: string) {
  const dossier = await newDossier(w);
  return db.signal.create({
    data: {
      organisationId: w.a.organisationId,
      otherPartyId: otherPartyId ?? (await newOtherParty(w)).id,
      theme: "LETTER_UNCLEAR",
      description: "De brief noemt een bedrag maar niet hoe het is berekend.",
      status,
      raisedById: w.a.actors.volunteer.userId,
      dossiers: { create: { caseId: dossier.id, addedById: w.a.actors.volunteer.userId } },
    },
    select: { id: true },
  });
}

/** An advisor of library A with no other work planned, so staffing them never clashes. */
export async function newAdvisor(w: World) {
  return actorOf(await createUser(w.a.organisationId, "ADVISOR"));
}

/** A location of its own, so recurring hours and extra sessions never overlap another cell's. */
export async function newLocation(w: World) {
  const tag = uniqueTag();
  return db.location.create({
    data: {
      organisationId: w.a.organisationId,
      slug: `loc-${tag}`,
      name: `Filiaal ${tag}`,
      street: "Markt 1",
      postcode: "1234 AB",
      city: "Teststad",
    },
    select: { id: true },
  });
}

/** A session of half-hour slots, 10:00–13:00 on `day`, with one fresh advisor per staff place. */
export async function newSession(
  w: World,
  {
    day = TODAY,
    staffed = 1,
    capacity = Math.max(staffed, 1),
  }: { day?: string; staffed?: number; capacity?: number } = {},
) {
  const advisors = await Promise.all(Array.from({ length: staffed }, () => newAdvisor(w)));
  const session = await db.session.create({
    data: {
      organisationId: w.a.organisationId,
      locationId: w.a.locationId,
      startsAt: amsterdamMoment(day, 600),
      endsAt: amsterdamMoment(day, 780),
      advisorCapacity: capacity,
    },
    select: { id: true },
  });
  await db.sessionStaff.createMany({
    data: advisors.map((advisor) => ({ sessionId: session.id, advisorId: advisor.userId })),
  });
  await db.slot.createMany({
    data: advisors.flatMap((advisor) =>
      [600, 630, 660, 690, 720, 750].map((minute) => ({
        organisationId: w.a.organisationId,
        sessionId: session.id,
        advisorId: advisor.userId,
        startsAt: amsterdamMoment(day, minute),
        endsAt: amsterdamMoment(day, minute + 30),
      })),
    ),
  });
  const slots = await db.slot.findMany({
    where: { sessionId: session.id },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true },
  });
  return { id: session.id, advisors, slots };
}

/** A visit of a new client at library A's location today, in the given state, without a slot. */
export async function newVisit(w: World, status: VisitStatus) {
  const client = await newClient(w);
  return db.visit.create({
    data: {
      organisationId: w.a.organisationId,
      locationId: w.a.locationId,
      clientId: client.id,
      kind: status === "BOOKED" ? "APPOINTMENT" : "WALK_IN",
      status,
      plannedStartsAt: amsterdamMoment(TODAY, 11 * 60),
      arrivedAt: status === "BOOKED" ? null : NOW,
      startedAt: status === "IN_CONVERSATION" ? NOW : null,
    },
    select: { id: true, clientId: true },
  });
}

/** An incoming referral on a new dossier (who sent the client), optionally with feedback promised. */
export async function newIncomingReferral(w: World, { feedbackPromised }: { feedbackPromised: boolean }) {
  const dossier = await newDossier(w);
  const partner = await newPartner(w);
  const consent = feedbackPromised
    ? await db.consent.create({
        data: {
          organisationId: w.a.organisationId,
          clientId: dossier.clientId,
          purpose: "REFERRER_FEEDBACK",
          givenAt: NOW,
        },
        select: { id: true },
      })
    : null;
  return db.referral.create({
    data: {
      organisationId: w.a.organisationId,
      direction: "IN",
      clientId: dossier.clientId,
      caseId: dossier.id,
      partnerId: partner.id,
      feedbackRequested: feedbackPromised,
      consentId: consent?.id,
    },
    select: { id: true },
  });
}

export async function newConsultationHour(w: World) {
  const location = await newLocation(w);
  return db.consultationHour.create({
    data: {
      organisationId: w.a.organisationId,
      locationId: location.id,
      weekday: 3,
      startMinute: 600,
      endMinute: 720,
      validFrom: dateColumn(TODAY),
    },
    select: { id: true },
  });
}

// Tiny but real: the upload checks the bytes, not the name.
const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
export const pdfFile = () => new File([PDF_BYTES], "brief-belastingdienst.pdf", { type: "application/pdf" });
