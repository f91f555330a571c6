// Aftercare is the work after the half hour: call UWV, write the objection, check the reply.
// A task can go to a colleague (a stand-in during a holiday); a colleague who cannot read the
// dossier could not do the work, so handing them the task shares the dossier with them, audited
// as a share, rather than refusing and leaving the advisor without a way to hand over.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, refuse, type Result } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase, INVALID_INPUT } from "@/lib/use-case";
import { createAftercareTaskSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

export const createAftercareTask = defineUseCase({
  name: "aftercare.createTask",
  roles: CASE_ROLES,
  input: createAftercareTaskSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    if (input.dueOn && input.dueOn < amsterdamDay(now))
      return refuse(INVALID_INPUT, { dueOn: ["refusals.aftercare.dueInPast"] });
    return db.$transaction(async (tx): Promise<Result<{ taskId: string; sharedWithAssignee: boolean }>> => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.status === "CLOSED") return refuse("refusals.aftercare.caseClosed");
      if (input.visitId) {
        const visit = await tx.visit.findFirst({
          where: { id: input.visitId, caseId: dossier.id, organisationId: actor.organisationId },
          select: { id: true },
        });
        if (!visit) return refuse(INVALID_INPUT, { visitId: ["refusals.aftercare.visitNotOfCase"] });
      }

      let sharedWithAssignee = false;
      const assigneeId = input.assigneeId ?? actor.userId;
      if (assigneeId !== actor.userId) {
        const assignee = await tx.user.findFirst({
          where: { id: assigneeId, organisationId: actor.organisationId, roles: { has: "ADVISOR" }, active: true },
          select: { id: true, organisationId: true, roles: true, advisorKind: true, name: true, email: true },
        });
        if (!assignee) return refuse(INVALID_INPUT, { assigneeId: ["refusals.aftercare.assigneeOwnLibrary"] });
        const asAssignee: Actor = { ...assignee, userId: assignee.id };
        const assigneeReads = await tx.case.count({ where: { ...readableCases(asAssignee), id: dossier.id } });
        if (!assigneeReads) {
          // skipDuplicates: a second task handed over at the same moment finds the share already there.
          const share = await tx.caseShare.createMany({
            data: [{ caseId: dossier.id, userId: assignee.id }],
            skipDuplicates: true,
          });
          sharedWithAssignee = share.count > 0;
        }
      }

      const task = await tx.aftercareTask.create({
        data: {
          organisationId: actor.organisationId,
          caseId: dossier.id,
          visitId: input.visitId ?? null,
          title: input.title,
          dueOn: input.dueOn ? dateColumn(input.dueOn) : null,
          assigneeId,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      if (sharedWithAssignee) {
        await recordAudit(
          {
            actor,
            action: "case.share",
            access: "WRITE",
            entityType: "Case",
            entityId: dossier.id,
            clientId: dossier.clientId,
            details: { userId: assigneeId, reason: "aftercare", aftercareTaskId: task.id },
          },
          tx,
        );
      }
      await recordAudit(
        {
          actor,
          action: "aftercare.create",
          access: "WRITE",
          entityType: "AftercareTask",
          entityId: task.id,
          clientId: dossier.clientId,
          details: { assigneeId, dueOn: input.dueOn ?? null, sharedWithAssignee },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { taskId: task.id, sharedWithAssignee }));
    });
  },
});
