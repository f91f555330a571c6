import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { auditCaseList, auditCaseRead, readableCases } from "@/lib/cases/access";
import { amsterdamDay, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { CASE_ROLES } from "@/lib/auth/policy";

const MY_AFTERCARE_PAGE_SIZE = 100;

/**
 * "My aftercare": the open tasks assigned to me, the earliest due first, so overdue ones lead and
 * tasks without a date close the list. The client's name and the link come only with a dossier I
 * can still read: a task outlives a share that was taken back, the dossier's contents do not.
 */
export async function listMyAftercare(actor: Actor | null, now = clock.now()) {
  const advisor = requireRole(actor, CASE_ROLES);
  const where = { ...scopedToOrganisation(advisor), assigneeId: advisor.userId, status: "OPEN" as const };
  const [total, tasks] = await Promise.all([
    db.aftercareTask.count({ where }),
    db.aftercareTask.findMany({
      where,
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: MY_AFTERCARE_PAGE_SIZE,
      select: { id: true, title: true, dueOn: true, caseId: true },
    }),
  ]);
  const caseIds = [...new Set(tasks.flatMap((task) => (task.caseId ? [task.caseId] : [])))];
  const readable = caseIds.length
    ? await db.case.findMany({
        where: { ...readableCases(advisor), id: { in: caseIds } },
        select: { id: true, client: { select: { displayName: true } } },
      })
    : [];
  const clientOf = new Map(readable.map((dossier) => [dossier.id, dossier.client.displayName]));
  await auditCaseList(
    advisor,
    "aftercare",
    readable.map((dossier) => dossier.id),
  );
  const today = amsterdamDay(now);
  return {
    total,
    tasks: tasks.map((task) => {
      const dueOn = task.dueOn ? dayOfDateColumn(task.dueOn) : null;
      const clientName = task.caseId ? clientOf.get(task.caseId) : undefined;
      return {
        id: task.id,
        title: task.title,
        dueOn,
        overdue: dueOn !== null && dueOn < today,
        dossier: task.caseId && clientName !== undefined ? { id: task.caseId, clientName } : null,
      };
    }),
  };
}

/**
 * The aftercare of one dossier for its page: open tasks first, each with who does it and the
 * minutes written on it (corrections included); and who a new task can go to. Null when the
 * dossier is not readable, like the dossier itself; audited like it too.
 */
export async function getCaseAftercare(actor: Actor | null, caseId: string, now = clock.now()) {
  const advisor = requireRole(actor, CASE_ROLES);
  const dossier = await db.case.findFirst({
    where: { ...readableCases(advisor), id: caseId },
    select: {
      id: true,
      clientId: true,
      aftercareTasks: {
        orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          dueOn: true,
          status: true,
          completedAt: true,
          assignee: { select: { id: true, name: true } },
          timeEntries: { select: { minutes: true } },
        },
      },
      visits: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, startedAt: true } },
    },
  });
  await auditCaseRead(advisor, caseId, dossier?.clientId, "aftercare");
  if (!dossier) return null;
  const advisors = await db.user.findMany({
    where: { ...scopedToOrganisation(advisor), roles: { has: "ADVISOR" }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, advisorKind: true },
  });
  const today = amsterdamDay(now);
  return {
    tasks: dossier.aftercareTasks.map(({ timeEntries, dueOn, ...task }) => {
      const due = dueOn ? dayOfDateColumn(dueOn) : null;
      return {
        ...task,
        dueOn: due,
        overdue: task.status === "OPEN" && due !== null && due < today,
        minutes: timeEntries.reduce((sum, entry) => sum + entry.minutes, 0),
      };
    }),
    visits: dossier.visits.map((visit) => ({ id: visit.id, at: visit.startedAt ?? visit.createdAt })),
    advisors,
  };
}
