import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { auditCaseList, auditCaseRead, readableCase, readableCases } from "@/lib/cases/access";
import { amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { suggestPartnersForDomains } from "@/lib/partners/queries";
import { readableReferrals, referralsOfKnownCase } from "./access";
import { outcomeFromReferrals } from "./outcome";
import { recordIdFromUrl } from "@/lib/record-id";
import { FEEDBACK_ROLES } from "@/lib/auth/policy";

/**
 * A case's referrals, in and out, with the consent each rests on. Dossier data: only for a reader
 * of the case, and every look is audited like the dossier itself, also a refused one.
 */
export async function listReferralsOfCase(actor: Actor | null, caseId: string) {
  const dossier = await readableCase(actor, caseId);
  const advisor = actor as Actor;
  await auditCaseRead(advisor, caseId, dossier?.clientId, "referrals");
  if (!dossier) return null;
  const referrals = await db.referral.findMany({
    where: { organisationId: advisor.organisationId, ...(await referralsOfKnownCase(db, dossier.id)) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      direction: true,
      createdAt: true,
      reason: true,
      handover: true,
      status: true,
      followUpOn: true,
      feedbackRequested: true,
      feedbackGivenAt: true,
      partner: { select: { id: true, name: true } },
      consent: { select: { purpose: true, scope: true, givenAt: true, withdrawnAt: true } },
      createdBy: { select: { name: true } },
      client: { select: { displayName: true } },
      referrerName: true,
      referrerEmail: true,
    },
  });
  return {
    incoming: referrals.filter((referral) => referral.direction === "IN"),
    outgoing: referrals.filter((referral) => referral.direction === "OUT"),
    suggestedOutcome: outcomeFromReferrals(referrals),
  };
}

/**
 * The active partners of the social map to refer to: those the social map suggests for the case's
 * legal domains first (primary domain first, best fit first), then the others by name.
 */
export async function listPartnerChoices(actor: Actor | null, caseId: string) {
  const dossier = await db.case.findFirst({
    where: { ...readableCases(actor), id: caseId },
    select: { clientId: true, legalDomains: { orderBy: { primary: "desc" }, select: { legalDomainId: true } } },
  });
  await auditCaseRead(actor as Actor, caseId, dossier?.clientId, "partners");
  if (!dossier) return null;
  const [suggested, partners] = await Promise.all([
    suggestPartnersForDomains(
      actor,
      dossier.legalDomains.map((domain) => domain.legalDomainId),
    ),
    db.partner.findMany({
      where: { organisationId: (actor as Actor).organisationId, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, type: true },
    }),
  ]);
  const suggestedIds = new Set(suggested.map((partner) => partner.id));
  return {
    suggested: suggested.map(({ id, name, type }) => ({ id, name, type })),
    others: partners.filter((partner) => !suggestedIds.has(partner.id)),
  };
}

/** Feedback is owed while the client's consent stands; a withdrawn consent ends the promise. */
function feedbackOwed(organisationId: string): Prisma.ReferralWhereInput {
  return {
    organisationId,
    direction: "IN",
    feedbackRequested: true,
    feedbackGivenAt: null,
    consent: { is: { purpose: "REFERRER_FEEDBACK", withdrawnAt: null } },
    client: { anonymisedAt: null },
  };
}

/**
 * Feedback to referrers still owed. An advisor sees their readable dossiers' referrals with the
 * client's name, to give it. The coordinator looks after the relation with the partners, not the
 * clients: they get a count per partner and the day of the oldest one, never a row per referral, so
 * no client, case, reason or visit date (which the desk's history could tie to a name) reaches them.
 * Someone who advises and coordinates gets both, each by its own rule: their own clients by name,
 * the rest only counted.
 */
export async function listFeedbackOwed(actor: Actor | null) {
  const viewer = requireRole(actor, FEEDBACK_ROLES);
  return {
    own: hasRole(viewer, "ADVISOR") ? await listOwnFeedbackOwed(viewer) : null,
    perPartner: hasRole(viewer, "COORDINATOR") ? await countFeedbackOwedPerPartner(viewer) : null,
  };
}

async function listOwnFeedbackOwed(advisor: Actor) {
  const referrals = await db.referral.findMany({
    where: { AND: [feedbackOwed(advisor.organisationId), readableReferrals(advisor)] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      partner: { select: { name: true } },
      client: { select: { displayName: true } },
      caseId: true,
      visit: { select: { caseId: true } },
      consent: { select: { givenAt: true } },
      referrerName: true,
      referrerEmail: true,
    },
  });
  await auditCaseList(
    advisor,
    "feedback",
    referrals.map((referral) => (referral.caseId ?? referral.visit?.caseId) as string),
  );
  return referrals.map((referral) => ({
    referralId: referral.id,
    caseId: (referral.caseId ?? referral.visit?.caseId) as string,
    clientName: referral.client.displayName,
    partnerName: referral.partner.name,
    referredOn: amsterdamDay(referral.createdAt),
    consentGivenOn: referral.consent ? amsterdamDay(referral.consent.givenAt) : null,
    /** The worker who referred through a partner's link: the feedback is written and mailed to them. */
    referrer: referrerOf(referral),
  }));
}

/**
 * The worker who referred through a partner's link and left their e-mail address, to whom the
 * feedback is mailed; undefined for any other referral.
 */
export function referrerOf(referral: {
  referrerName: string | null;
  referrerEmail: string | null;
  partner: { name: string };
}): { name: string; email: string } | undefined {
  if (!referral.referrerEmail) return undefined;
  return { name: referral.referrerName ?? referral.partner.name, email: referral.referrerEmail };
}

async function countFeedbackOwedPerPartner(coordinator: Actor) {
  const groups = await db.referral.groupBy({
    by: ["partnerId"],
    where: feedbackOwed(coordinator.organisationId),
    _count: { _all: true },
    _min: { createdAt: true },
  });
  const partners = await db.partner.findMany({
    where: { id: { in: groups.map((group) => group.partnerId) }, organisationId: coordinator.organisationId },
    select: { id: true, name: true },
  });
  const names = new Map(partners.map((partner) => [partner.id, partner.name]));
  return groups
    .map((group) => ({
      partnerName: names.get(group.partnerId) ?? "",
      count: group._count._all,
      oldestOn: amsterdamDay(group._min.createdAt as Date),
    }))
    .sort((a, b) => a.oldestOn.localeCompare(b.oldestOn) || a.partnerName.localeCompare(b.partnerName));
}

/** What the printable referral note shows the client. Reading it is audited, also when refused. */
export async function getReferralNote(actor: Actor | null, referralId: string) {
  const where = readableReferrals(actor);
  const advisor = actor as Actor;
  const note = await db.referral.findFirst({
    where: { ...where, id: referralId, direction: "OUT" },
    select: {
      id: true,
      caseId: true,
      clientId: true,
      createdAt: true,
      reason: true,
      handover: true,
      followUpOn: true,
      partner: {
        select: {
          name: true,
          type: true,
          phone: true,
          email: true,
          website: true,
          address: true,
          openingHours: true,
          inLibrary: true,
        },
      },
      client: { select: { displayName: true, preferredLanguage: true } },
      createdBy: { select: { name: true, advisorKind: true } },
      organisation: { select: { name: true } },
    },
  });
  await recordAudit({
    actor: advisor,
    action: note ? "referral.note_read" : "referral.note_read_refused",
    access: "READ",
    entityType: "Referral",
    entityId: recordIdFromUrl(referralId),
    clientId: note?.clientId,
  });
  return note;
}
