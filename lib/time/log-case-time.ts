import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { CASE_ROLES } from "@/lib/auth/policy";

const logCaseTimeSchema = z.object({
  caseId: z.string({ error: "refusals.choose.case" }).trim().min(1, "refusals.choose.case").max(40),
  minutes: z.coerce
    .number({ error: "refusals.time.minutesRequired" })
    .int("refusals.time.wholeMinutes")
    .min(1, "refusals.time.minutesMin")
    .max(600, "refusals.time.minutesMax"),
  kind: z
    .enum(["CONSULTATION", "AFTERCARE"], { error: "refusals.time.chooseConversationOrAftercare" })
    .default("AFTERCARE"),
  workedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
    .refine(isCalendarDay, "refusals.common.dayNotReal")
    .optional(),
  description: z.string().trim().max(300, "refusals.common.atMost300").optional(),
});

/** Minutes an advisor spent on a dossier: they count in the hours report and the cost-benefit. */
export const logCaseTime = defineUseCase({
  name: "time.logCaseTime",
  roles: CASE_ROLES,
  input: logCaseTimeSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    const workedOn = input.workedOn ?? amsterdamDay(now);
    if (workedOn > amsterdamDay(now))
      return refuse("refusals.time.futureDay", {
        workedOn: ["refusals.time.dayInFuture"],
      });
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      const entry = await tx.timeEntry.create({
        data: {
          organisationId: actor.organisationId,
          userId: actor.userId,
          enteredById: actor.userId,
          caseId: dossier.id,
          kind: input.kind,
          minutes: input.minutes,
          workedOn: dateColumn(workedOn),
          description: input.description || null,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "time.log",
          access: "WRITE",
          entityType: "TimeEntry",
          entityId: entry.id,
          clientId: dossier.clientId,
          details: { minutes: input.minutes },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { timeEntryId: entry.id }));
    });
  },
});
