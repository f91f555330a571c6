import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Only advisors work with dossiers; hosts, coordinators and admins never read one. */
export const CASE_ROLES = ["ADVISOR"] as const;

export const CASE_NOT_FOUND = "Dit dossier is niet gevonden.";

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

/**
 * Every look at a dossier is written down, also when it was refused (not found or no access),
 * so that attempts to read other people's files show up in the audit log too.
 */
export async function auditCaseRead(actor: Actor, caseId: string, clientId: string | undefined, view?: string) {
  await recordAudit({
    actor,
    action: clientId ? "case.read" : "case.read_refused",
    access: "READ",
    entityType: "Case",
    entityId: caseId.slice(0, 40),
    clientId,
    details: view ? { view } : undefined,
  });
}
