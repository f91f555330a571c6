import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { anonymiseClient, type AnonymisedCounts } from "./anonymise";
import { ALREADY_ANONYMISED, CLIENT_NOT_FOUND, eraseClientSchema } from "./schema";
import { ADMIN_ROLES } from "@/lib/auth/policy";

/**
 * The client asked to be forgotten (AVG art. 17): the admin anonymises them, after typing the
 * confirmation word. One transaction: the client, their dossiers, documents and the audit entry
 * change together or not at all. The statistics keep counting them (lib/privacy/anonymise.ts).
 */
export const eraseClient = defineUseCase({
  name: "privacy.eraseClient",
  roles: ADMIN_ROLES,
  input: eraseClientSchema,
  run: async (actor, { clientId }, { now }) =>
    db.$transaction(async (tx) => {
      const client = await tx.client.findFirst({
        where: { ...scopedToOrganisation(actor), id: clientId, mergedIntoId: null },
        select: { id: true, anonymisedAt: true },
      });
      if (!client) return refuse(CLIENT_NOT_FOUND);
      if (client.anonymisedAt) return refuse(ALREADY_ANONYMISED);
      const counts: AnonymisedCounts = await anonymiseClient(tx, actor.organisationId, client.id, now);
      await recordAudit(
        {
          actor,
          action: "client.anonymise",
          access: "WRITE",
          entityType: "Client",
          entityId: client.id,
          clientId: client.id,
          details: { reason: "request", ...counts },
        },
        tx,
      );
      return ok(counts);
    }),
});
