import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";

export const MY_DOSSIERS_PAGE_SIZE = 50;

/** The advisor's own open dossiers, newest first: the list shows no case content. */
export async function listMyOpenDossiers(actor: Actor | null) {
  const advisor = requireRole(actor, ["ADVISOR"]);
  const where = { ...scopedToOrganisation(advisor), responsibleAdvisorId: advisor.userId, kind: "DOSSIER", status: { not: "CLOSED" } } as const;
  const [total, dossiers] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      orderBy: { openedAt: "desc" },
      take: MY_DOSSIERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        openedAt: true,
        client: { select: { displayName: true } },
        legalDomains: { where: { primary: true }, select: { legalDomain: { select: { nameNl: true, nameEn: true } } } },
      },
    }),
  ]);
  return { total, dossiers };
}
