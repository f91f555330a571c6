import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { CASE_ROLES, readableCases } from "./access";

export const MY_DOSSIERS_PAGE_SIZE = 50;

/** The advisor's own open dossiers, newest first: the list shows no case content. */
export async function listMyOpenDossiers(actor: Actor | null) {
  const advisor = requireRole(actor, CASE_ROLES);
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

/**
 * One dossier with everything the advisor works with. Reading it is audited (who, when, which
 * client), also when it is not found, so attempts to look at other people's files show up too.
 */
export async function getDossier(actor: Actor | null, caseId: string) {
  const where = readableCases(actor);
  const advisor = actor as Actor;
  const dossier = await db.case.findFirst({
    where: { ...where, id: caseId },
    select: {
      id: true,
      kind: true,
      status: true,
      question: true,
      openedAt: true,
      closedAt: true,
      outcome: true,
      solvedWithoutReferral: true,
      version: true,
      responsibleAdvisor: { select: { id: true, name: true, advisorKind: true } },
      client: {
        select: {
          id: true,
          displayName: true,
          phone: true,
          email: true,
          birthYear: true,
          postcodeArea: true,
          preferredLanguage: true,
          needsInterpreter: true,
          consents: { where: { withdrawnAt: null }, select: { purpose: true, givenAt: true } },
        },
      },
      legalDomains: { orderBy: { primary: "desc" }, select: { primary: true, legalDomain: { select: { id: true, nameNl: true, nameEn: true, parent: { select: { nameNl: true, nameEn: true } } } } } },
      visits: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, status: true, startedAt: true, endedAt: true, plannedStartsAt: true, arrivedAt: true } },
      actions: { orderBy: { performedAt: "asc" }, select: { id: true, kind: true, description: true, performedAt: true, performedBy: { select: { name: true } } } },
      notes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      documents: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, kind: true, createdAt: true } },
      deadlines: { orderBy: { dueOn: "asc" }, select: { id: true, kind: true, title: true, dueOn: true, completedAt: true } },
    },
  });
  await recordAudit({
    actor: advisor,
    action: dossier ? "case.read" : "case.read_refused",
    access: "READ",
    entityType: "Case",
    entityId: caseId.slice(0, 40),
    clientId: dossier?.client.id,
  });
  return dossier;
}

/** The visit a dossier is opened from, and the legal domains to choose from (two levels). */
export async function getNewDossierContext(actor: Actor | null, visitId: string) {
  const advisor = requireRole(actor, CASE_ROLES);
  const [visit, domains] = await Promise.all([
    db.visit.findFirst({
      where: { id: visitId, ...scopedToOrganisation(advisor) },
      select: { id: true, status: true, caseId: true, client: { select: { displayName: true } }, category: { select: { id: true } } },
    }),
    db.legalDomain.findMany({
      where: { parentId: null, active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, nameNl: true, nameEn: true, children: { where: { active: true }, orderBy: { sortOrder: "asc" }, select: { id: true, nameNl: true, nameEn: true } } },
    }),
  ]);
  return { visit, domains };
}
