import { recordAudit } from "@/lib/audit";
import { ACCESS_DENIED_MESSAGES } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { CLIENT_MERGE_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CLIENT_MESSAGES, mergeClientsSchema } from "./schema";

/** What the emptied record is called: the audit log shows it by this name. */
export const MERGED_NAME = "Samengevoegd";

type MergedCounts = { visits: number; cases: number; consents: number; referrals: number };

/**
 * Two records of one person (registered twice at the desk, once with initials and once with the
 * full name) become one: every visit, dossier, consent and referral of the second moves to the
 * first, which takes over the details it lacked. The second record stays, emptied and pointing to
 * the first, so the audit events that name it still lead to the client. It cannot be undone, so
 * a professional or the admin does it, typing the confirmation word.
 */
export const mergeClients = defineUseCase({
  name: "clients.mergeClients",
  roles: CLIENT_MERGE_ROLES,
  input: mergeClientsSchema,
  run: async (actor, { keepClientId, mergeClientId }, { now }) => {
    // A volunteer advises under supervision; merging records is not theirs to do.
    if (!hasRole(actor, "ADMIN") && actor.advisorKind !== "PROFESSIONAL")
      return refuse(ACCESS_DENIED_MESSAGES.FORBIDDEN);
    return db.$transaction(async (tx) => {
      // Both rows locked in one order: two merges of the same pair wait for each other.
      await tx.$queryRaw`SELECT 1 FROM "Client" WHERE "organisationId" = ${actor.organisationId}
        AND "id" IN (${keepClientId}, ${mergeClientId}) ORDER BY "id" FOR UPDATE`;
      const found = await tx.client.findMany({
        where: { organisationId: actor.organisationId, id: { in: [keepClientId, mergeClientId] }, mergedIntoId: null },
        select: {
          id: true,
          anonymisedAt: true,
          phone: true,
          email: true,
          birthYear: true,
          postcodeArea: true,
          needsInterpreter: true,
        },
      });
      const keep = found.find((client) => client.id === keepClientId);
      const merge = found.find((client) => client.id === mergeClientId);
      if (!keep || !merge) return refuse(CLIENT_MESSAGES.notFound);
      if (keep.anonymisedAt || merge.anonymisedAt) return refuse(CLIENT_MESSAGES.anonymised);

      const moved = {
        where: { organisationId: actor.organisationId, clientId: merge.id },
        data: { clientId: keep.id },
      };
      const counts: MergedCounts = {
        visits: (await tx.visit.updateMany(moved)).count,
        cases: (await tx.case.updateMany(moved)).count,
        consents: (await tx.consent.updateMany(moved)).count,
        referrals: (await tx.referral.updateMany(moved)).count,
      };
      await tx.client.update({
        where: { id: keep.id },
        data: {
          phone: keep.phone ?? merge.phone,
          email: keep.email ?? merge.email,
          birthYear: keep.birthYear ?? merge.birthYear,
          postcodeArea: keep.postcodeArea ?? merge.postcodeArea,
          needsInterpreter: keep.needsInterpreter || merge.needsInterpreter,
        },
      });
      // Records merged into the second earlier now point to the first, so one step always leads
      // from any record of the person to the one that holds their history.
      await tx.client.updateMany({
        where: { organisationId: actor.organisationId, mergedIntoId: merge.id },
        data: { mergedIntoId: keep.id },
      });
      await tx.client.update({
        where: { id: merge.id },
        data: {
          displayName: MERGED_NAME,
          phone: null,
          email: null,
          birthYear: null,
          postcodeArea: null,
          needsInterpreter: false,
          mergedIntoId: keep.id,
          mergedAt: now,
        },
      });
      await recordAudit(
        {
          actor,
          action: "client.merge",
          access: "WRITE",
          entityType: "Client",
          entityId: merge.id,
          clientId: keep.id,
          details: { mergedClientId: merge.id, keptClientId: keep.id, ...counts },
        },
        tx,
      );
      return ok(counts);
    });
  },
});
