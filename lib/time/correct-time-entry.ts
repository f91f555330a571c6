// A wrong number of minutes is corrected by a new entry that points at the original, never by
// changing or deleting it: the hours a report showed last month can always be explained.
import { hasRole } from "@/lib/auth/roles";
import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { correctTimeEntrySchema } from "./schema";
import { TIME_ROLES } from "@/lib/auth/policy";

const TIME_ENTRY_NOT_FOUND = "refusals.time.entryNotFound";

export const correctTimeEntry = defineUseCase({
  name: "time.correctTimeEntry",
  roles: TIME_ROLES,
  input: correctTimeEntrySchema,
  run: async (actor, input) =>
    db.$transaction(async (tx) => {
      // Two corrections computed from the same old total would both apply their difference; the
      // lock makes the second one wait and count the first.
      await tx.$queryRaw`SELECT 1 FROM "TimeEntry" WHERE "id" = ${input.timeEntryId} AND "organisationId" = ${actor.organisationId} FOR UPDATE`;
      const entry = await tx.timeEntry.findFirst({
        where: { id: input.timeEntryId, organisationId: actor.organisationId },
        select: {
          id: true,
          userId: true,
          kind: true,
          minutes: true,
          workedOn: true,
          caseId: true,
          visitId: true,
          aftercareTaskId: true,
          caseActionId: true,
          correctsId: true,
          case: { select: { clientId: true } },
          correctedBy: { select: { minutes: true } },
        },
      });
      if (!entry) return refuse(TIME_ENTRY_NOT_FOUND);
      // The coordinator reports the organisation's hours, so they may put anyone's right.
      if (entry.userId !== actor.userId && !hasRole(actor, "COORDINATOR")) return refuse("refusals.time.onlyOwn");
      if (entry.correctsId) return refuse("refusals.time.alreadyCorrection");
      const oldMinutes = entry.minutes + entry.correctedBy.reduce((sum, correction) => sum + correction.minutes, 0);
      const difference = input.minutes - oldMinutes;
      if (difference === 0)
        return refuse("refusals.time.unchanged", {
          minutes: [message("refusals.time.alreadyMinutes", { minutes: oldMinutes })],
        });
      // The correction keeps the original's person, kind, day and links, so week totals, the
      // dossier's time, the aftercare task and the action all move with it.
      const correction = await tx.timeEntry.create({
        data: {
          organisationId: actor.organisationId,
          userId: entry.userId,
          enteredById: actor.userId,
          kind: entry.kind,
          minutes: difference,
          workedOn: entry.workedOn,
          caseId: entry.caseId,
          visitId: entry.visitId,
          aftercareTaskId: entry.aftercareTaskId,
          caseActionId: entry.caseActionId,
          correctsId: entry.id,
          description: input.reason ?? null,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "time.correct",
          access: "WRITE",
          entityType: "TimeEntry",
          entityId: correction.id,
          clientId: entry.case?.clientId,
          details: {
            correctsId: entry.id,
            userId: entry.userId,
            kind: entry.kind,
            workedOn: dayOfDateColumn(entry.workedOn),
            oldMinutes,
            newMinutes: input.minutes,
            difference,
            ...(input.reason ? { reason: input.reason } : {}),
          },
        },
        tx,
      );
      return ok({ correctionId: correction.id, oldMinutes, newMinutes: input.minutes });
    }),
});
