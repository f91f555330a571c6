import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { HANDOVER_ROLES } from "@/lib/auth/policy";
import { dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { findAdvisorToGiveTo } from "./access";
import { assignDossierSchema } from "./schema";

const onTheList = { responsibleAdvisorId: null, status: { not: "CLOSED" } } as const;

/**
 * The dossiers on the coordinator's list, oldest first, with what the coordinator needs to give
 * each to a colleague: since when it runs, its subject, the next open deadline and the open
 * aftercare. Nothing that names the client or tells the contents.
 */
export async function listDossiersWithoutAdvisor(actor: Actor | null) {
  const coordinator = requireRole(actor, HANDOVER_ROLES);
  const dossiers = await db.case.findMany({
    where: { ...scopedToOrganisation(coordinator), ...onTheList },
    orderBy: { openedAt: "asc" },
    select: {
      id: true,
      openedAt: true,
      legalDomains: { where: { primary: true }, select: { legalDomain: { select: { nameNl: true, nameEn: true } } } },
      deadlines: { where: { completedAt: null }, orderBy: { dueOn: "asc" }, take: 1, select: { dueOn: true } },
      _count: { select: { aftercareTasks: { where: { status: "OPEN" } } } },
    },
  });
  return dossiers.map((dossier) => ({
    caseId: dossier.id,
    openedAt: dossier.openedAt,
    legalDomain: dossier.legalDomains[0]?.legalDomain ?? null,
    nextDeadline: dossier.deadlines[0] ? dayOfDateColumn(dossier.deadlines[0].dueOn) : null,
    openTasks: dossier._count.aftercareTasks,
  }));
}

/**
 * The coordinator gives a dossier from the list to an advisor of the library: it becomes theirs,
 * with the aftercare tasks that waited with it. A dossier someone else took meanwhile is refused,
 * not taken from them.
 */
export const assignDossier = defineUseCase({
  name: "cases.assignDossier",
  roles: HANDOVER_ROLES,
  input: assignDossierSchema,
  run: (actor, { caseId, advisorId }) =>
    db.$transaction(async (tx) => {
      const advisor = await findAdvisorToGiveTo(tx, actor, advisorId);
      const dossier = await tx.case.findFirst({
        where: { id: caseId, ...scopedToOrganisation(actor) },
        select: { id: true, clientId: true },
      });
      if (!dossier) throw new Refusal("refusals.cases.notFound");
      const given = await tx.case.updateMany({
        where: { id: dossier.id, ...onTheList },
        data: { responsibleAdvisorId: advisor.id },
      });
      if (given.count === 0) throw new Refusal("refusals.cases.notOnList");
      const tasks = await tx.aftercareTask.updateMany({
        where: { caseId: dossier.id, assigneeId: null },
        data: { assigneeId: advisor.id },
      });
      await recordAudit(
        {
          actor,
          action: "case.assign",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { advisorId: advisor.id, aftercareTasks: tasks.count },
        },
        tx,
      );
      return ok({ caseId: dossier.id });
    }),
});
