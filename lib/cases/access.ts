import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/message-key";
import { recordIdFromUrl } from "@/lib/record-id";
import { Refusal } from "@/lib/result";
import { CASE_ROLES } from "@/lib/auth/policy";

export const CASE_NOT_FOUND = "refusals.cases.notFound";
const ADVISOR_NOT_FOUND = "refusals.cases.advisorNotFound" satisfies MessageKey;

/** A dossier a visit can continue: not closed (waiting for an answer counts as open), not erased. */
export const OPEN_DOSSIER = {
  kind: "DOSSIER",
  status: { not: "CLOSED" },
  anonymisedAt: null,
} as const satisfies Prisma.CaseWhereInput;

/**
 * The cases an advisor may read: of the own organisation, and where they are the responsible
 * advisor, supervise that advisor (a volunteer's professional), or the case is shared with them.
 * Every case query starts from this filter, so a case outside it is simply "not found".
 */
export function readableCases(actor: Actor | null): Prisma.CaseWhereInput {
  const advisor = requireRole(actor, CASE_ROLES);
  return {
    ...scopedToOrganisation(advisor),
    anonymisedAt: null,
    OR: [
      { responsibleAdvisorId: advisor.userId },
      { responsibleAdvisor: { supervisorId: advisor.userId } },
      { shares: { some: { userId: advisor.userId } } },
    ],
  };
}

const READABLE_CASE = {
  id: true,
  clientId: true,
  client: { select: { displayName: true, birthYear: true, phone: true } },
} as const satisfies Prisma.CaseSelect;

/** A case the actor may read, with what its sections need to know of its client. */
export type ReadableCase = Prisma.CaseGetPayload<{ select: typeof READABLE_CASE }>;

/**
 * The cases found readable in this request, by who asked. React's cache lives as long as one
 * server request; outside one (scripts, tests) every call gets a fresh map, so every call reads.
 */
const readableOfThisRequest = cache(() => new Map<string, Promise<ReadableCase | null>>());
const readerAndCase = (actor: Actor, caseId: string) => `${actor.userId}|${actor.organisationId}|${caseId}`;

/**
 * Whether the actor may read this case (readableCases), decided once per request: a dossier page
 * is rendered in parts (the dossier, its referrals, the duplicates of its client, the open form),
 * and the parts after the first take this answer instead of reading the case again. The role is
 * checked on every call. Null: not found, or not the actor's to read.
 */
export function readableCase(actor: Actor | null, caseId: string): Promise<ReadableCase | null> {
  const where = readableCases(actor);
  const known = readableOfThisRequest();
  const key = readerAndCase(actor as Actor, caseId);
  let found = known.get(key);
  if (!found) {
    found = db.case.findFirst({ where: { ...where, id: caseId }, select: READABLE_CASE });
    known.set(key, found);
  }
  return found;
}

/** A fuller read of the same case through readableCases (getDossier) answers readableCase for the rest of the request. */
export function rememberReadableCase(actor: Actor, caseId: string, found: ReadableCase | null) {
  readableOfThisRequest().set(readerAndCase(actor, caseId), Promise.resolve(found));
}

/** What readersOf needs of a case: the same three ways in as readableCases above. */
export const CASE_READERS = {
  responsibleAdvisorId: true,
  responsibleAdvisor: { select: { supervisorId: true } },
  shares: { select: { userId: true } },
} as const satisfies Prisma.CaseSelect;

/** Who may read a case by readableCases: its advisor, that advisor's supervisor, those it is shared with. */
export function readersOf(dossier: Prisma.CaseGetPayload<{ select: typeof CASE_READERS }>): string[] {
  return [
    dossier.responsibleAdvisorId,
    dossier.responsibleAdvisor?.supervisorId,
    ...dossier.shares.map((share) => share.userId),
  ].filter((id): id is string => Boolean(id));
}

/**
 * The dossier reads already written down in this request. A dossier page reads its case in
 * several parts (the dossier, its referrals, benefits, aftercare); that is one look, so one event.
 * React's cache lives as long as one server request; outside one (scripts, tests) every call
 * gets a fresh set, so nothing is ever skipped there.
 */
const readsOfThisRequest = cache(() => new Set<string>());

/**
 * Every look at a dossier is written down, also when it was refused (not found or no access),
 * so that attempts to read other people's files show up in the audit log too. `view` names the
 * part that was read when it is not the dossier page itself ("letter", "referrals", …).
 */
export async function auditCaseRead(actor: Actor, caseId: string, clientId: string | undefined, view?: string) {
  const key = `${actor.userId}|${caseId}|${clientId ?? ""}`;
  const seen = readsOfThisRequest();
  if (seen.has(key)) return;
  seen.add(key);
  await recordAudit({
    actor,
    action: clientId ? "case.read" : "case.read_refused",
    access: "READ",
    entityType: "Case",
    entityId: recordIdFromUrl(caseId),
    clientId,
    details: view ? { view } : undefined,
  });
}

/**
 * A list that shows dossier data of several clients (names, deadlines, tasks): one event per list,
 * naming the cases it showed, so an investigation can find every place a client's name appeared.
 */
export async function auditCaseList(actor: Actor, list: string, caseIds: string[]) {
  await recordAudit({
    actor,
    action: "case.list",
    access: "READ",
    entityType: "CaseList",
    entityId: list,
    details: { count: caseIds.length, caseIds: [...new Set(caseIds)] },
  });
}

/**
 * An active advisor of the actor's library who can be given a dossier (a hand-over, the
 * coordinator's list); anyone else, of another library or no longer active, is "not found".
 */
export async function findAdvisorToGiveTo(tx: Prisma.TransactionClient, actor: Actor, advisorId: string) {
  const advisor = await tx.user.findFirst({
    where: { id: advisorId, ...scopedToOrganisation(actor), roles: { has: "ADVISOR" }, active: true },
    select: { id: true, supervisorId: true },
  });
  if (!advisor) throw new Refusal(ADVISOR_NOT_FOUND, { advisorId: [ADVISOR_NOT_FOUND] });
  return advisor;
}
