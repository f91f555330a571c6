// Deadlines in a dossier: the Awb objection term computed from the decision date, or a free
// deadline the advisor agreed or was told (a payment plan, a reply expected from UWV).
import { zodMessage } from "@/lib/i18n/message-key";
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

const caseId = z
  .string({ error: "refusals.choose.case" })
  .trim()
  .min(1, "refusals.choose.case")
  .max(40, "refusals.choose.case");

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
      .string({ error: "refusals.deadlines.decisionSentOnRequired" })
      .max(20, "refusals.common.dayFormat"),
  }),
  idempotent: true,
  run: async (
    actor,
    input,
    { now, submission },
  ): Promise<Result<{ deadlineId: string; dueOn: string; term: ObjectionTerm }>> => {
    // "Not in the future" depends on today, so this part of the check happens here.
    const sentOn = decisionSentOnSchema(amsterdamDay(now)).safeParse(input.decisionSentOn);
    if (!sentOn.success) return refuse(INVALID_INPUT, { decisionSentOn: [zodMessage(sentOn.error.issues[0])] });
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
    kind: z.enum(FREE_DEADLINE_KINDS, { error: "refusals.deadlines.chooseKind" }),
    title: z
      .string({ error: "refusals.deadlines.describe" })
      .trim()
      .min(1, "refusals.deadlines.describe")
      .max(200, "refusals.common.atMost200"),
    dueOn: z
      .string({ error: "refusals.common.dayRequired" })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
      .refine(isCalendarDay, "refusals.common.dayNotReal"),
  }),
  idempotent: true,
  run: (actor, input, { submission }) => createDeadline(actor, input, submission, {}),
});

export const completeDeadline = defineUseCase({
  name: "deadlines.completeDeadline",
  roles: CASE_ROLES,
  input: z.object({ deadlineId: z.string({ error: "refusals.deadlines.chooseDeadline" }).trim().min(1).max(40) }),
  run: async (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const deadline = await tx.deadline.findFirst({
        where: { id: input.deadlineId, case: readableCases(actor) },
        select: { id: true, completedAt: true, case: { select: { clientId: true } } },
      });
      if (!deadline) return refuse("refusals.deadlines.notFound");
      if (deadline.completedAt) return refuse("refusals.deadlines.alreadyDone");
      // Conditional, so that of two clicks at the same moment only one completes it (and is audited).
      const { count } = await tx.deadline.updateMany({
        where: { id: deadline.id, completedAt: null },
        data: { completedAt: now },
      });
      if (count !== 1) return refuse("refusals.deadlines.alreadyDone");
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
