// Done with the minutes it took: aftercare takes about as long as the hour itself, so its time
// is what the hours report and the cost-benefit of the dossier are made of.
import { recordAudit } from "@/lib/audit";
import { readableCases } from "@/lib/cases/access";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { dayWorked } from "@/lib/time/schema";
import { defineUseCase } from "@/lib/use-case";
import { completeAftercareTaskSchema, TASK_NOT_FOUND } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

export const completeAftercareTask = defineUseCase({
  name: "aftercare.completeTask",
  roles: CASE_ROLES,
  input: completeAftercareTaskSchema,
  run: async (actor, input, { now }) => {
    const day = dayWorked(input.workedOn, now);
    if (!day.ok) return day;
    return db.$transaction(async (tx) => {
      // The assignee, or a colleague who reads the dossier and did the work in their place.
      const task = await tx.aftercareTask.findFirst({
        where: {
          id: input.taskId,
          organisationId: actor.organisationId,
          OR: [{ assigneeId: actor.userId }, { case: readableCases(actor) }],
        },
        select: { id: true, title: true, caseId: true, visitId: true, case: { select: { clientId: true } } },
      });
      if (!task) return refuse(TASK_NOT_FOUND);
      // Conditional: of two people completing at once, only one writes the task's time.
      const completed = await tx.aftercareTask.updateMany({
        where: { id: task.id, status: "OPEN" },
        data: { status: "DONE", completedAt: now },
      });
      if (completed.count === 0) return refuse("refusals.aftercare.alreadyCompleted");
      const entry = await tx.timeEntry.create({
        data: {
          organisationId: actor.organisationId,
          userId: actor.userId,
          enteredById: actor.userId,
          kind: "AFTERCARE",
          minutes: input.minutes,
          workedOn: dateColumn(day.value),
          caseId: task.caseId,
          visitId: task.visitId,
          aftercareTaskId: task.id,
          description: task.title,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "aftercare.complete",
          access: "WRITE",
          entityType: "AftercareTask",
          entityId: task.id,
          clientId: task.case?.clientId,
          details: { minutes: input.minutes, workedOn: day.value, timeEntryId: entry.id },
        },
        tx,
      );
      return ok({ timeEntryId: entry.id });
    });
  },
});
