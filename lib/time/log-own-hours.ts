// Own hours by kind: the coordinator's planning talk, the advisor's poster for the library,
// consultation hours without a dossier. Time on a dossier goes through logCaseTime or completing
// an aftercare task, so it is linked to the case as well.
import { recordAudit } from "@/lib/audit";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase, INVALID_INPUT } from "@/lib/use-case";
import { loggableKinds } from "./plan";
import { dayWorked, logOwnHoursSchema } from "./schema";
import { TIME_ROLES } from "@/lib/auth/policy";

export const logOwnHours = defineUseCase({
  name: "time.logOwnHours",
  roles: TIME_ROLES,
  input: logOwnHoursSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    if (!loggableKinds(actor.roles).includes(input.kind)) {
      return refuse(INVALID_INPUT, { kind: ["refusals.time.kindNotForRole"] });
    }
    const day = dayWorked(input.workedOn, now);
    if (!day.ok) return day;
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const entry = await tx.timeEntry.create({
        data: {
          organisationId: actor.organisationId,
          userId: actor.userId,
          enteredById: actor.userId,
          kind: input.kind,
          minutes: input.minutes,
          workedOn: dateColumn(day.value),
          description: input.description || null,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "time.log_own",
          access: "WRITE",
          entityType: "TimeEntry",
          entityId: entry.id,
          details: { kind: input.kind, minutes: input.minutes, workedOn: day.value },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { timeEntryId: entry.id }));
    });
  },
});
