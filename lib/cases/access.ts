import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
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
