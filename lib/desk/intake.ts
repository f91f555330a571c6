import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { CASE_READERS, OPEN_DOSSIER, readersOf } from "@/lib/cases/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { likelyDuplicatesOf } from "@/lib/clients/likely-duplicates";
import { Refusal } from "@/lib/result";
import type { z } from "@/lib/zod";
import { DESK_MESSAGES } from "./errors";
import type { registerWalkInSchema } from "./schema";

type Tx = Prisma.TransactionClient;
type Intake = Pick<
  z.output<typeof registerWalkInSchema>,
  "client" | "categoryId" | "referrerPartnerId" | "caseId" | "confirmedNewClient"
>;

/**
 * The dossier a visit continues: the advisor whose half hour it gets first, and everyone who may
 * read it (lib/cases/access.ts: the advisor, their supervisor, colleagues it is shared with). Only
 * one of them can hold the conversation in it; anyone else could not open it.
 */
export type ContinuedDossier = { id: string; responsibleAdvisorId: string | null; readerIds: string[] };

/**
 * The client of an intake: one of the organisation's own, or a new one with minimal data. A new
 * one whose name and birth year, or phone, an existing record already has is most likely that
 * person come back: the desk says so, and writes a second record only when the host confirms it
 * is someone else. (Two records of one person split their history; a professional can merge them.)
 */
async function resolveClient(
  tx: Tx,
  actor: Actor,
  choice: Intake["client"],
  confirmedNewClient: boolean,
): Promise<string> {
  if ("existingClientId" in choice) {
    const client = await tx.client.findFirst({
      where: { id: choice.existingClientId, ...scopedToOrganisation(actor), anonymisedAt: null, mergedIntoId: null },
      select: { id: true },
    });
    if (!client) throw new Refusal(DESK_MESSAGES.clientNotFound);
    return client.id;
  }
  const likely = likelyDuplicatesOf(actor.organisationId, choice.newClient);
  if (!confirmedNewClient && likely && (await tx.client.count({ where: likely })) > 0)
    throw new Refusal(DESK_MESSAGES.likelyKnown, { confirmedNewClient: [DESK_MESSAGES.confirmNewClient] });
  const { id } = await tx.client.create({
    data: { ...choice.newClient, organisationId: actor.organisationId },
    select: { id: true },
  });
  await recordAudit(
    { actor, action: "client.create", access: "WRITE", entityType: "Client", entityId: id, clientId: id },
    tx,
  );
  return id;
}

async function checkCategory(tx: Tx, categoryId: string | null) {
  if (categoryId === null) return;
  const category = await tx.legalDomain.findFirst({
    where: { id: categoryId, parentId: null, active: true },
    select: { id: true },
  });
  if (!category) throw new Refusal(DESK_MESSAGES.categoryNotFound);
}

async function checkReferrer(tx: Tx, actor: Actor, partnerId: string | null) {
  if (partnerId === null) return;
  const partner = await tx.partner.findFirst({
    where: { id: partnerId, ...scopedToOrganisation(actor), active: true },
    select: { id: true },
  });
  if (!partner) throw new Refusal(DESK_MESSAGES.partnerNotFound);
}

/** Only a dossier of this very client that is still open: the desk cannot attach a visit elsewhere. */
async function resolveDossier(tx: Tx, actor: Actor, clientId: string, caseId: string | undefined) {
  if (caseId === undefined) return null;
  const dossier = await tx.case.findFirst({
    where: { id: caseId, clientId, ...scopedToOrganisation(actor), ...OPEN_DOSSIER },
    select: { id: true, ...CASE_READERS },
  });
  if (!dossier) throw new Refusal(DESK_MESSAGES.dossierNotOpen);
  return { id: dossier.id, responsibleAdvisorId: dossier.responsibleAdvisorId, readerIds: readersOf(dossier) };
}

/** A slot of an advisor who could not open the dossier would leave the conversation unrecordable. */
export function checkSlotForDossier(dossier: ContinuedDossier | null, slotAdvisorId: string) {
  if (dossier && !dossier.readerIds.includes(slotAdvisorId)) throw new Refusal(DESK_MESSAGES.slotNotForDossier);
}

/**
 * Checks and writes what every intake shares: the client, and the open dossier a return visit
 * continues. Runs inside the visit's transaction.
 */
export async function takeIntake(
  tx: Tx,
  actor: Actor,
  intake: Intake,
): Promise<{ clientId: string; dossier: ContinuedDossier | null }> {
  await checkCategory(tx, intake.categoryId);
  await checkReferrer(tx, actor, intake.referrerPartnerId);
  const clientId = await resolveClient(tx, actor, intake.client, intake.confirmedNewClient);
  return { clientId, dossier: await resolveDossier(tx, actor, clientId, intake.caseId) };
}

/** Who sent the client in is kept as an incoming referral, so feedback to the referrer can follow. */
export async function recordReferrer(
  tx: Tx,
  actor: Actor,
  visit: { id: string; clientId: string },
  partnerId: string | null,
) {
  if (partnerId === null) return;
  await tx.referral.create({
    data: {
      organisationId: actor.organisationId,
      direction: "IN",
      clientId: visit.clientId,
      visitId: visit.id,
      partnerId,
      createdById: actor.userId,
    },
  });
}
