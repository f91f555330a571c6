import { hasRole } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CLIENT_NOT_FOUND, recordConsentSchema, withdrawConsentSchema } from "./schema";
import { CONSENT_ROLES } from "@/lib/auth/policy";

/**
 * The clients whose consent this actor may record: an admin, every client of the own
 * organisation; an advisor, the clients of the dossiers they may read (lib/cases/access.ts).
 * Anonymised clients are gone for this purpose.
 */
function consentableClients(actor: Actor): Prisma.ClientWhereInput {
  const base = { ...scopedToOrganisation(actor), anonymisedAt: null, mergedIntoId: null };
  return hasRole(actor, "ADMIN") ? base : { ...base, cases: { some: readableCases(actor) } };
}

/**
 * Records the client's consent for one purpose, with the date and the words used. When a
 * consent for that purpose already stands, nothing changes (a double click gives no second row).
 */
export const recordConsent = defineUseCase({
  name: "privacy.recordConsent",
  roles: CONSENT_ROLES,
  input: recordConsentSchema,
  run: async (actor, { clientId, purpose, scope }, { now }) =>
    db.$transaction(async (tx) => {
      const client = await tx.client.findFirst({
        where: { ...consentableClients(actor), id: clientId },
        select: { id: true },
      });
      if (!client) return refuse(CLIENT_NOT_FOUND);
      const standing = await tx.consent.findFirst({
        where: { organisationId: actor.organisationId, clientId, purpose, withdrawnAt: null },
        select: { id: true },
      });
      if (standing) return ok({ changed: false });
      const consent = await tx.consent.create({
        data: {
          organisationId: actor.organisationId,
          clientId,
          purpose,
          legalBasis: "CONSENT",
          givenAt: now,
          scope,
          recordedById: actor.userId,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "consent.give",
          access: "WRITE",
          entityType: "Consent",
          entityId: consent.id,
          clientId,
          details: { purpose },
        },
        tx,
      );
      return ok({ changed: true });
    }),
});

/**
 * Withdraws every standing consent of the client for one purpose. The rows stay with their
 * withdrawal date: what was shared before stays explainable, and every use from now on is refused
 * (referrals, feedback, the story in the cost-benefit report; see docs/privacy.md).
 */
export const withdrawConsent = defineUseCase({
  name: "privacy.withdrawConsent",
  roles: CONSENT_ROLES,
  input: withdrawConsentSchema,
  run: async (actor, { clientId, purpose }, { now }) =>
    db.$transaction(async (tx) => {
      const client = await tx.client.findFirst({
        where: { ...consentableClients(actor), id: clientId },
        select: { id: true },
      });
      if (!client) return refuse(CLIENT_NOT_FOUND);
      const standing = await tx.consent.findMany({
        where: { organisationId: actor.organisationId, clientId, purpose, withdrawnAt: null },
        select: { id: true },
      });
      if (standing.length === 0) return ok({ changed: false });
      await tx.consent.updateMany({
        where: { id: { in: standing.map((consent) => consent.id) } },
        data: { withdrawnAt: now },
      });
      for (const consent of standing) {
        await recordAudit(
          {
            actor,
            action: "consent.withdraw",
            access: "WRITE",
            entityType: "Consent",
            entityId: consent.id,
            clientId,
            details: { purpose },
          },
          tx,
        );
      }
      return ok({ changed: true });
    }),
});

/** Whether the client withdrew this purpose and has not given it again since. */
export async function consentWithdrawn(
  tx: Prisma.TransactionClient,
  organisationId: string,
  clientId: string,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const latest = await tx.consent.findFirst({
    where: { organisationId, clientId, purpose },
    orderBy: [{ givenAt: "desc" }, { createdAt: "desc" }],
    select: { withdrawnAt: true },
  });
  return latest?.withdrawnAt != null;
}
