import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { ACCESS_DENIED_MESSAGES } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { CASE_ROLES, CLIENT_MERGE_ROLES } from "@/lib/auth/policy";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok, refuse, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { lockLiveOffersOfClients } from "@/lib/waiting-list/close-places";
import { joinWaitingPlacesOfClient } from "@/lib/waiting-list/join-places";
import { likelyDuplicatesOf } from "./likely-duplicates";
import { CLIENT_MESSAGES, mergeClientsSchema, mergeDuplicateClientSchema } from "./schema";

/** What the emptied record is called: the audit log shows it by this name. */
export const MERGED_NAME = "Samengevoegd";

type MergedCounts = {
  visits: number;
  cases: number;
  consents: number;
  referrals: number;
  waitingListEntries: number;
  /** Places at a location where the person already waited, closed in favour of the oldest. */
  joinedWaitingListEntries: number;
};

/**
 * Two records of one person (registered twice at the desk, once with initials and once with the
 * full name) become one: every visit, dossier, consent, referral and place on a waiting list of the second moves to the
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
    return db.$transaction((tx) => mergeRecords(tx, actor, keepClientId, mergeClientId, now));
  },
});

/**
 * From a dossier: the professional who reads it merges a record the dossier page points out as
 * likely the same person (lib/clients/likely-duplicates.ts) into the dossier's client. Only such a
 * record: the dossier page is not a way to join any two clients of the library.
 */
export const mergeDuplicateClient = defineUseCase({
  name: "clients.mergeDuplicateClient",
  roles: CASE_ROLES,
  input: mergeDuplicateClientSchema,
  run: async (actor, { caseId, mergeClientId }, { now }) => {
    if (actor.advisorKind !== "PROFESSIONAL") return refuse(ACCESS_DENIED_MESSAGES.FORBIDDEN);
    return db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: caseId },
        select: { client: { select: { id: true, displayName: true, birthYear: true, phone: true } } },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      const likely = likelyDuplicatesOf(actor.organisationId, dossier.client, dossier.client.id);
      const other =
        likely && (await tx.client.findFirst({ where: { ...likely, id: mergeClientId }, select: { id: true } }));
      if (!other) return refuse(CLIENT_MESSAGES.notFound);
      const merged = await mergeRecords(tx, actor, dossier.client.id, other.id, now);
      return merged.ok ? ok({ caseId, ...merged.value }) : merged;
    });
  },
});

/**
 * The merge itself, inside the caller's transaction: both records locked, every visit, dossier,
 * consent, referral and waiting-list place of the second moved to the first, the second emptied and pointing to it.
 */
async function mergeRecords(
  tx: Prisma.TransactionClient,
  actor: Actor,
  keepClientId: string,
  mergeClientId: string,
  now: Date,
): Promise<Result<MergedCounts>> {
  await lockLiveOffersOfClients(tx, actor.organisationId, [keepClientId, mergeClientId], now);
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
      heardVia: true,
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
    // Left behind, a place on a waiting list would wait under the emptied record, without the
    // phone or e-mail a freed half hour is offered by.
    waitingListEntries: (await tx.waitingListEntry.updateMany(moved)).count,
    // After the move above: the kept record may now wait twice at one location.
    joinedWaitingListEntries: await joinWaitingPlacesOfClient(tx, actor.organisationId, keep.id, now),
  };
  await tx.client.update({
    where: { id: keep.id },
    data: {
      phone: keep.phone ?? merge.phone,
      email: keep.email ?? merge.email,
      birthYear: keep.birthYear ?? merge.birthYear,
      postcodeArea: keep.postcodeArea ?? merge.postcodeArea,
      needsInterpreter: keep.needsInterpreter || merge.needsInterpreter,
      heardVia: keep.heardVia ?? merge.heardVia,
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
      heardVia: null,
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
}
