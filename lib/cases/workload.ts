import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { CASE_ROLES, HANDOVER_ROLES } from "@/lib/auth/policy";
import { dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { OPEN_DOSSIER } from "./access";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Open dossiers as the coordinator counts them: not closed, not a quick contact, not erased. */
const openDossiersOf = (actor: Actor) =>
  ({ ...scopedToOrganisation(actor), ...OPEN_DOSSIER }) as const satisfies Prisma.CaseWhereInput;

/** The active advisors of the library a dossier can be handed to, by name. */
export async function listAdvisorsToHandOverTo(actor: Actor | null) {
  const person = requireRole(actor, [...CASE_ROLES, ...HANDOVER_ROLES]);
  return db.user.findMany({
    where: { ...scopedToOrganisation(person), roles: { has: "ADVISOR" }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, advisorKind: true },
  });
}

/**
 * For the coordinator, per active advisor: how many open dossiers, how many of them wait for a
 * third party, since when the oldest runs and the next open deadline. Counts and dates only: the
 * coordinator does not read dossiers.
 */
export async function listOpenDossiersPerAdvisor(actor: Actor | null) {
  const coordinator = requireRole(actor, HANDOVER_ROLES);
  const open = openDossiersOf(coordinator);
  const [advisors, counts, deadlines] = await Promise.all([
    listAdvisorsToHandOverTo(coordinator),
    db.case.groupBy({
      by: ["responsibleAdvisorId", "status"],
      where: { ...open, responsibleAdvisorId: { not: null } },
      _count: { _all: true },
      _min: { openedAt: true },
    }),
    db.deadline.findMany({
      where: { completedAt: null, case: open },
      orderBy: { dueOn: "asc" },
      select: { dueOn: true, case: { select: { responsibleAdvisorId: true } } },
    }),
  ]);
  return advisors.map((advisor) => {
    const own = counts.filter((row) => row.responsibleAdvisorId === advisor.id);
    const opened = own.map((row) => row._min.openedAt).filter((at): at is Date => at !== null);
    const next = deadlines.find((deadline) => deadline.case.responsibleAdvisorId === advisor.id);
    return {
      ...advisor,
      open: own.reduce((sum, row) => sum + row._count._all, 0),
      waiting: own.find((row) => row.status === "WAITING_FOR_THIRD_PARTY")?._count._all ?? 0,
      oldestOpenedAt: opened.length ? new Date(Math.min(...opened.map((at) => at.getTime()))) : null,
      nextDeadline: next ? dayOfDateColumn(next.dueOn) : null,
    };
  });
}

/**
 * One advisor's open dossiers for the coordinator who reassigns them: opened, waiting or not, the
 * last conversation, the next deadline and the open aftercare. Never the client or the question.
 */
export async function listOpenDossiersOf(actor: Actor | null, advisorId: string) {
  const coordinator = requireRole(actor, HANDOVER_ROLES);
  const advisor = await db.user.findFirst({
    where: { id: advisorId, ...scopedToOrganisation(coordinator), roles: { has: "ADVISOR" } },
    select: { id: true, name: true, advisorKind: true, active: true },
  });
  if (!advisor) return null;
  const dossiers = await db.case.findMany({
    where: { ...openDossiersOf(coordinator), responsibleAdvisorId: advisor.id },
    orderBy: { openedAt: "asc" },
    select: {
      id: true,
      version: true,
      openedAt: true,
      status: true,
      visits: {
        where: { startedAt: { not: null } },
        orderBy: { startedAt: "desc" },
        take: 1,
        select: { startedAt: true },
      },
      deadlines: { where: { completedAt: null }, orderBy: { dueOn: "asc" }, take: 1, select: { dueOn: true } },
      _count: { select: { aftercareTasks: { where: { status: "OPEN" } } } },
    },
  });
  return {
    advisor,
    dossiers: dossiers.map((dossier) => ({
      caseId: dossier.id,
      version: dossier.version,
      openedAt: dossier.openedAt,
      waiting: dossier.status === "WAITING_FOR_THIRD_PARTY",
      lastVisitAt: dossier.visits[0]?.startedAt ?? null,
      nextDeadline: dossier.deadlines[0] ? dayOfDateColumn(dossier.deadlines[0].dueOn) : null,
      openTasks: dossier._count.aftercareTasks,
    })),
  };
}
