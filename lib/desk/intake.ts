import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/result";
import type { z } from "@/lib/zod";
import { DESK_MESSAGES } from "./errors";
import type { registerWalkInSchema } from "./schema";

type Tx = Prisma.TransactionClient;
type Intake = Pick<z.output<typeof registerWalkInSchema>, "client" | "categoryId" | "referrerPartnerId">;

/** The client of an intake: one of the organisation's own, or a new one with minimal data. */
async function resolveClient(tx: Tx, actor: Actor, choice: Intake["client"]): Promise<string> {
  if ("existingClientId" in choice) {
    const client = await tx.client.findFirst({
      where: { id: choice.existingClientId, ...scopedToOrganisation(actor), anonymisedAt: null, mergedIntoId: null },
      select: { id: true },
    });
    if (!client) throw new Refusal(DESK_MESSAGES.clientNotFound);
    return client.id;
  }
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

/** Checks and writes what every intake shares; returns the client. Runs inside the visit's transaction. */
export async function takeIntake(tx: Tx, actor: Actor, intake: Intake): Promise<string> {
  await checkCategory(tx, intake.categoryId);
  await checkReferrer(tx, actor, intake.referrerPartnerId);
  return resolveClient(tx, actor, intake.client);
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
