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
  caseId: z.string({ error: "Kies een dossier." }).trim().min(1, "Kies een dossier.").max(40),
  minutes: z.coerce
    .number({ error: "Vul het aantal minuten in." })
    .int("Vul hele minuten in.")
    .min(1, "Vul minstens 1 minuut in.")
    .max(600, "Hooguit 600 minuten (10 uur) in één keer."),
  kind: z.enum(["CONSULTATION", "AFTERCARE"], { error: "Kies gesprek of nazorg." }).default("AFTERCARE"),
  workedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum in als jjjj-mm-dd.")
    .refine(isCalendarDay, "Deze datum bestaat niet.")
    .optional(),
  description: z.string().trim().max(300, "Hooguit 300 tekens.").optional(),
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
      return refuse("Tijd schrijf je voor vandaag of eerder, niet voor later.", {
        workedOn: ["Deze datum ligt in de toekomst."],
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
