import { recordAudit } from "@/lib/audit";
import { type Message, type MessageKey, message } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok, Refusal, refuse, type Result } from "@/lib/result";

export const PARTNER_MESSAGES = {
  partnerNotFound: "refusals.partners.partnerNotFound",
  legalDomainsNotFound: "refusals.partners.legalDomainsNotFound",
  alreadyInactive: "refusals.partners.alreadyInactive",
  alreadyActive: "refusals.partners.alreadyActive",
  duplicateNameMeanwhile: "refusals.partners.duplicateNameMeanwhile",
} as const satisfies Record<string, MessageKey>;

function duplicateNameMessage(name: string, existingIsActive: boolean): Message {
  return message(existingIsActive ? "refusals.partners.duplicateName" : "refusals.partners.duplicateInactiveName", {
    name,
  });
}

/** One transaction per change: a refusal at any point leaves nothing half-written. */
export async function changeSocialMap<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout: number },
): Promise<Result<T>> {
  try {
    return ok(await db.$transaction(work, options));
  } catch (error) {
    // The unique index on (organisationId, name): the last word when a writer outside these use cases (the seed) adds the same name meanwhile.
    if (isUniqueViolation(error))
      return refuse(PARTNER_MESSAGES.duplicateNameMeanwhile, { name: [PARTNER_MESSAGES.duplicateNameMeanwhile] });
    throw error;
  }
}

/** A partner of the actor's own organisation; another library's partner is simply not found. */
export async function findOwnPartner(tx: Prisma.TransactionClient, actor: Actor, partnerId: string) {
  const partner = await tx.partner.findFirst({
    where: { id: partnerId, ...scopedToOrganisation(actor) },
    select: { id: true },
  });
  if (!partner) throw new Refusal(PARTNER_MESSAGES.partnerNotFound);
  return partner;
}

/**
 * Held until the transaction ends: two coordinators naming partners at the same moment (by hand
 * or by an import) take turns, so the second one sees the first one's partners.
 */
export async function lockPartnerNames(tx: Prisma.TransactionClient, actor: Actor) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`partner-names:${actor.organisationId}`}))`;
}

/**
 * The database's unique index compares names exactly; people do not: "UWV" and "uwv" are one
 * desk. So the same name in other letters is refused too, under the names lock, so that two
 * coordinators cannot both pass the check.
 */
export async function refuseDuplicateName(
  tx: Prisma.TransactionClient,
  actor: Actor,
  name: string,
  exceptPartnerId?: string,
) {
  await lockPartnerNames(tx, actor);
  const existing = await tx.partner.findFirst({
    where: {
      ...scopedToOrganisation(actor),
      name: { equals: name, mode: "insensitive" },
      ...(exceptPartnerId && { id: { not: exceptPartnerId } }),
    },
    select: { active: true },
  });
  if (existing) {
    const message = duplicateNameMessage(name, existing.active);
    throw new Refusal(message, { name: [message] });
  }
}

/** The legal domains are national; a chosen one must exist and still be in use. */
export async function checkLegalDomains(tx: Prisma.TransactionClient, legalDomainIds: readonly string[]) {
  if (legalDomainIds.length === 0) return;
  const found = await tx.legalDomain.count({ where: { id: { in: [...legalDomainIds] }, active: true } });
  if (found !== legalDomainIds.length)
    throw new Refusal(PARTNER_MESSAGES.legalDomainsNotFound, {
      legalDomainIds: [PARTNER_MESSAGES.legalDomainsNotFound],
    });
}

type PartnerDetails = Omit<Prisma.PartnerUncheckedCreateInput, "id" | "organisationId" | "legalDomains">;

/** One new partner with its legal domains, audited: the form and the import write it the same way. */
export async function writeNewPartner(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { legalDomainIds, ...details }: PartnerDetails & { legalDomainIds: string[] },
  auditDetails: Prisma.InputJsonObject,
) {
  const partner = await tx.partner.create({
    data: {
      ...scopedToOrganisation(actor),
      ...details,
      legalDomains: { create: legalDomainIds.map((legalDomainId) => ({ legalDomainId })) },
    },
    select: { id: true },
  });
  await recordAudit(
    {
      actor,
      action: "partner.create",
      access: "WRITE",
      entityType: "Partner",
      entityId: partner.id,
      details: auditDetails,
    },
    tx,
  );
  return partner;
}

/**
 * A partner's new details, audited. The legal domains are replaced when given; an import row
 * without that column leaves them as they are.
 */
export async function writePartnerChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  partnerId: string,
  { legalDomainIds, ...details }: Partial<PartnerDetails> & { legalDomainIds?: string[] },
  auditDetails: Prisma.InputJsonObject,
) {
  await tx.partner.update({
    where: { id: partnerId },
    data: {
      ...details,
      ...(legalDomainIds && {
        legalDomains: { deleteMany: {}, create: legalDomainIds.map((legalDomainId) => ({ legalDomainId })) },
      }),
    },
  });
  await recordAudit(
    {
      actor,
      action: "partner.update",
      access: "WRITE",
      entityType: "Partner",
      entityId: partnerId,
      details: auditDetails,
    },
    tx,
  );
}
