// Work on a dossier (mediation, a payment arrangement, a phone call to the other party, …) with its
// minutes. The minutes are time like any other: a TimeEntry that points at the action, so the
// hours report and the cost-benefit analysis count them. Changing or removing an action never
// rewrites that time; a correction entry carries the difference (as in lib/time/correct-time-entry.ts).
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { CASE_ROLES } from "@/lib/auth/policy";
import { addCalendarDays, amsterdamDay, amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok, refuse, Refusal } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { changeCaseActionSchema, recordCaseActionSchema, removeCaseActionSchema } from "./schema";

type Tx = Prisma.TransactionClient;

/** Work outside the conversation itself is aftercare (nazorg) in the hours report. */
const ACTION_TIME_KIND = "AFTERCARE" as const;
/** How long the author may still put an action right or take it back. */
const CHANGEABLE_DAYS = 7;
const ACTION_NOT_FOUND = "refusals.caseAction.notFound";

export const recordCaseAction = defineUseCase({
  name: "cases.recordCaseAction",
  roles: CASE_ROLES,
  input: recordCaseActionSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    const today = amsterdamDay(now);
    const day = input.performedOn ?? today;
    if (day > today) return refuse("refusals.caseAction.inFuture", { performedOn: ["refusals.caseAction.inFuture"] });
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId, kind: "DOSSIER" },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.status === "CLOSED") return refuse("refusals.caseAction.caseClosed");
      const action = await tx.caseAction.create({
        data: {
          organisationId: actor.organisationId,
          caseId: dossier.id,
          kind: input.kind,
          minutes: input.minutes,
          description: input.note ?? null,
          performedById: actor.userId,
          // An earlier day has no clock time: midday keeps it on that Amsterdam day in every report.
          performedAt: day === today ? now : amsterdamMoment(day, 12 * 60),
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.timeEntry.create({
        data: {
          organisationId: actor.organisationId,
          userId: actor.userId,
          enteredById: actor.userId,
          kind: ACTION_TIME_KIND,
          minutes: input.minutes,
          workedOn: dateColumn(day),
          caseId: dossier.id,
          caseActionId: action.id,
        },
      });
      await recordAudit(
        {
          actor,
          action: "case.action_add",
          access: "WRITE",
          entityType: "CaseAction",
          entityId: action.id,
          clientId: dossier.clientId,
          details: { kind: input.kind, minutes: input.minutes },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { actionId: action.id }));
    });
  },
});

/**
 * Whether this person may still change or remove the action: their own, recorded with its minutes
 * (not one the app wrote for a referral, a letter or a quick contact), less than a week ago.
 */
export function isActionChangeable(
  action: { performedById: string; createdAt: Date; minutes: number | null },
  actor: { userId: string },
  now: Date,
): boolean {
  return (
    action.performedById === actor.userId &&
    action.minutes !== null &&
    amsterdamDay(now) < addCalendarDays(amsterdamDay(action.createdAt), CHANGEABLE_DAYS)
  );
}

/** The author's own action of the last week, locked against a second change at the same moment. */
async function ownRecentAction(tx: Tx, actor: Actor, actionId: string, now: Date) {
  await tx.$queryRaw`SELECT 1 FROM "CaseAction" WHERE "id" = ${actionId} AND "organisationId" = ${actor.organisationId} FOR UPDATE`;
  const action = await tx.caseAction.findFirst({
    where: { id: actionId, minutes: { not: null }, case: { ...readableCases(actor), kind: "DOSSIER" } },
    select: {
      id: true,
      kind: true,
      minutes: true,
      performedById: true,
      createdAt: true,
      case: { select: { id: true, clientId: true } },
      timeEntries: { select: { id: true, minutes: true, correctsId: true, workedOn: true } },
    },
  });
  if (!action) throw new Refusal(ACTION_NOT_FOUND);
  if (action.performedById !== actor.userId) throw new Refusal("refusals.caseAction.onlyOwn");
  if (!isActionChangeable(action, actor, now)) throw new Refusal("refusals.caseAction.tooOld");
  return action;
}

type ActionWithTime = Awaited<ReturnType<typeof ownRecentAction>>;

/** Brings the action's time to `minutes` with a correction entry; nothing when it is there already. */
async function correctActionTime(tx: Tx, actor: Actor, action: ActionWithTime, minutes: number) {
  const original = action.timeEntries.find((entry) => entry.correctsId === null);
  const current = action.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0);
  if (!original || current === minutes) return;
  await tx.timeEntry.create({
    data: {
      organisationId: actor.organisationId,
      userId: actor.userId,
      enteredById: actor.userId,
      kind: ACTION_TIME_KIND,
      minutes: minutes - current,
      workedOn: original.workedOn,
      caseId: action.case.id,
      caseActionId: action.id,
      correctsId: original.id,
    },
  });
}

export const changeCaseAction = defineUseCase({
  name: "cases.changeCaseAction",
  roles: CASE_ROLES,
  input: changeCaseActionSchema,
  run: async (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const action = await ownRecentAction(tx, actor, input.actionId, now);
      await tx.caseAction.update({
        where: { id: action.id },
        data: { kind: input.kind, minutes: input.minutes, description: input.note ?? null },
      });
      await correctActionTime(tx, actor, action, input.minutes);
      await recordAudit(
        {
          actor,
          action: "case.action_change",
          access: "WRITE",
          entityType: "CaseAction",
          entityId: action.id,
          clientId: action.case.clientId,
          details: { kind: input.kind, oldMinutes: action.minutes, minutes: input.minutes },
        },
        tx,
      );
      return ok({ actionId: action.id });
    }),
});

export const removeCaseAction = defineUseCase({
  name: "cases.removeCaseAction",
  roles: CASE_ROLES,
  input: removeCaseActionSchema,
  run: async (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const action = await ownRecentAction(tx, actor, input.actionId, now);
      // The time goes back to zero by a correction; the entries stay, unlinked, to explain past reports.
      await correctActionTime(tx, actor, action, 0);
      await tx.caseAction.delete({ where: { id: action.id } });
      await recordAudit(
        {
          actor,
          action: "case.action_remove",
          access: "WRITE",
          entityType: "CaseAction",
          entityId: action.id,
          clientId: action.case.clientId,
          details: { kind: action.kind, minutes: action.minutes },
        },
        tx,
      );
      return ok({ actionId: action.id });
    }),
});
