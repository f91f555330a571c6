// Deadlines in a dossier: the Awb objection term computed from the decision date, or a free
// deadline the advisor agreed or was told (a payment plan, a reply expected from UWV).
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { amsterdamDay, dateColumn, formatCalendarDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { DeadlineKind } from "@/lib/generated/prisma/enums";
import { ok, refuse, type Result } from "@/lib/result";
import { type Submission, claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase, INVALID_INPUT } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { objectionTermEnd, type ObjectionTerm } from "./awb";
import { isCalendarDay } from "./calendar-day";
import { decisionSentOnSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

const caseId = z.string({ error: "Kies een dossier." }).trim().min(1, "Kies een dossier.").max(40, "Kies een dossier.");

/** `extra` joins the answer, so that a repeated submit gets the whole first answer back. */
async function createDeadline<E extends object>(
  actor: Actor,
  input: { caseId: string; kind: DeadlineKind; title: string; dueOn: string; decisionSentOn?: string },
  submission: Submission | undefined,
  extra: E,
): Promise<Result<{ deadlineId: string; dueOn: string } & E>> {
  return db.$transaction(async (tx) => {
    await claimSubmission(tx, submission);
    const dossier = await tx.case.findFirst({
      where: { ...readableCases(actor), id: input.caseId },
      select: { id: true, clientId: true },
    });
    if (!dossier) return refuse(CASE_NOT_FOUND);
    const deadline = await tx.deadline.create({
      data: {
        organisationId: actor.organisationId,
        caseId: dossier.id,
        kind: input.kind,
        title: input.title,
        dueOn: dateColumn(input.dueOn),
        decisionSentOn: input.decisionSentOn ? dateColumn(input.decisionSentOn) : null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "deadline.create",
        access: "WRITE",
        entityType: "Deadline",
        entityId: deadline.id,
        clientId: dossier.clientId,
      },
      tx,
    );
    return ok(await recordSubmission(tx, submission, { deadlineId: deadline.id, dueOn: input.dueOn, ...extra }));
  });
}

const day = (moment: string) => formatCalendarDay(moment, "EEEE d MMMM yyyy");

export const addObjectionDeadline = defineUseCase({
  name: "deadlines.addObjectionDeadline",
  roles: CASE_ROLES,
  input: z.object({
    caseId,
    decisionSentOn: z
      .string({ error: "Vul de verzenddatum van het besluit in." })
      .max(20, "Vul de datum in als jjjj-mm-dd."),
  }),
  idempotent: true,
  run: async (
    actor,
    input,
    { now, submission },
  ): Promise<Result<{ deadlineId: string; dueOn: string; term: ObjectionTerm }>> => {
    // "Not in the future" depends on today, so this part of the check happens here.
    const sentOn = decisionSentOnSchema(amsterdamDay(now)).safeParse(input.decisionSentOn);
    if (!sentOn.success) return refuse(INVALID_INPUT, { decisionSentOn: [sentOn.error.issues[0].message] });
    const term = objectionTermEnd(sentOn.data);
    return createDeadline(
      actor,
      {
        caseId: input.caseId,
        kind: "AWB_OBJECTION",
        title: `Bezwaartermijn (besluit verzonden op ${day(sentOn.data)})`,
        dueOn: term.dueOn,
        decisionSentOn: sentOn.data,
      },
      submission,
      { term },
    );
  },
});

export const FREE_DEADLINE_KINDS = ["PAYMENT_PLAN", "REPLY_EXPECTED", "OTHER"] as const;

export const addFreeDeadline = defineUseCase({
  name: "deadlines.addFreeDeadline",
  roles: CASE_ROLES,
  input: z.object({
    caseId,
    kind: z.enum(FREE_DEADLINE_KINDS, { error: "Kies wat voor termijn het is." }),
    title: z
      .string({ error: "Beschrijf de termijn." })
      .trim()
      .min(1, "Beschrijf de termijn.")
      .max(200, "Hooguit 200 tekens."),
    dueOn: z
      .string({ error: "Vul de datum in." })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum in als jjjj-mm-dd.")
      .refine(isCalendarDay, "Deze datum bestaat niet."),
  }),
  idempotent: true,
  run: (actor, input, { submission }) => createDeadline(actor, input, submission, {}),
});

export const completeDeadline = defineUseCase({
  name: "deadlines.completeDeadline",
  roles: CASE_ROLES,
  input: z.object({ deadlineId: z.string({ error: "Kies een termijn." }).trim().min(1).max(40) }),
  run: async (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const deadline = await tx.deadline.findFirst({
        where: { id: input.deadlineId, case: readableCases(actor) },
        select: { id: true, completedAt: true, case: { select: { clientId: true } } },
      });
      if (!deadline) return refuse("Deze termijn is niet gevonden.");
      if (deadline.completedAt) return refuse("Deze termijn is al afgehandeld.");
      // Conditional, so that of two clicks at the same moment only one completes it (and is audited).
      const { count } = await tx.deadline.updateMany({
        where: { id: deadline.id, completedAt: null },
        data: { completedAt: now },
      });
      if (count !== 1) return refuse("Deze termijn is al afgehandeld.");
      await recordAudit(
        {
          actor,
          action: "deadline.complete",
          access: "WRITE",
          entityType: "Deadline",
          entityId: deadline.id,
          clientId: deadline.case.clientId,
        },
        tx,
      );
      return ok();
    }),
});
