import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { CASE_ROLES, HANDOVER_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { message, type MessageKey } from "@/lib/i18n/message-key";
import { ok, refuse, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, findAdvisorToGiveTo, OPEN_DOSSIER, readableCases, readersOf } from "./access";
import { handOverDossierSchema } from "./schema";

type Tx = Prisma.TransactionClient;
type HandOver = { caseId: string; version: number; advisorId: string; note: string };

const HANDOVER_MESSAGES = {
  onlyOwn: "refusals.cases.handoverOnlyOwn",
  closed: "refusals.cases.handoverClosed",
  sameAdvisor: "refusals.cases.handoverSameAdvisor",
  changedMeanwhile: "refusals.cases.handoverChangedMeanwhile",
  toSelf: "refusals.cases.handoverToSelf",
} as const satisfies Record<string, MessageKey>;

/** What a hand-over needs of the dossier: whether it is open, who holds it and who else reads it. */
const HANDED_OVER = {
  id: true,
  clientId: true,
  kind: true,
  status: true,
  responsibleAdvisorId: true,
  shares: { select: { userId: true } },
} as const;
type Dossier = Prisma.CaseGetPayload<{ select: typeof HANDED_OVER }>;

/**
 * The dossier becomes the new advisor's: the client's next visit goes to them (the desk offers
 * the responsible advisor's half hour first), and the open aftercare the former advisor had on it,
 * or that waited on the coordinator's list, goes with it. Tasks a colleague holds stay theirs. The
 * former advisor no longer reads it, unless they supervise the new one or it is shared with them.
 */
async function moveDossier(tx: Tx, actor: Actor, dossier: Dossier, input: HandOver, now: Date) {
  if (dossier.kind !== "DOSSIER" || dossier.status === "CLOSED") throw new Refusal(HANDOVER_MESSAGES.closed);
  const advisor = await findAdvisorToGiveTo(tx, actor, input.advisorId);
  if (advisor.id === dossier.responsibleAdvisorId)
    throw new Refusal(HANDOVER_MESSAGES.sameAdvisor, { advisorId: [HANDOVER_MESSAGES.sameAdvisor] });
  // Only from the advisor read above: a hand-over that crossed another is refused, not doubled.
  const moved = await tx.case.updateMany({
    where: {
      id: dossier.id,
      version: input.version,
      responsibleAdvisorId: dossier.responsibleAdvisorId,
      ...OPEN_DOSSIER,
    },
    data: { responsibleAdvisorId: advisor.id, version: { increment: 1 } },
  });
  if (moved.count !== 1) throw new Refusal(HANDOVER_MESSAGES.changedMeanwhile);
  const tasks = await tx.aftercareTask.updateMany({
    where: {
      caseId: dossier.id,
      status: "OPEN",
      OR: [
        { assigneeId: null },
        ...(dossier.responsibleAdvisorId ? [{ assigneeId: dossier.responsibleAdvisorId }] : []),
      ],
    },
    data: { assigneeId: advisor.id },
  });
  const readers = readersOf({
    responsibleAdvisorId: advisor.id,
    responsibleAdvisor: { supervisorId: advisor.supervisorId },
    shares: dossier.shares,
  });
  const visits = await moveVisitsAhead(tx, dossier.id, advisor.id, readers);
  // A colleague's own task on the dossier stays theirs, so they keep a way in: a supervisor read
  // it through the former advisor, and would not after the move.
  const taskHolders = await tx.aftercareTask.findMany({
    where: { caseId: dossier.id, status: "OPEN", assigneeId: { not: null, notIn: readers } },
    distinct: ["assigneeId"],
    select: { assigneeId: true },
  });
  await tx.caseShare.createMany({
    data: taskHolders.map(({ assigneeId }) => ({ caseId: dossier.id, userId: assigneeId! })),
    skipDuplicates: true,
  });
  await tx.caseHandover.create({
    data: {
      organisationId: actor.organisationId,
      caseId: dossier.id,
      fromAdvisorId: dossier.responsibleAdvisorId,
      toAdvisorId: advisor.id,
      handedOverById: actor.userId,
      note: input.note,
      handedOverAt: now,
    },
  });
  await recordAudit(
    {
      actor,
      action: "case.hand_over",
      access: "WRITE",
      entityType: "Case",
      entityId: dossier.id,
      clientId: dossier.clientId,
      details: {
        fromAdvisorId: dossier.responsibleAdvisorId,
        toAdvisorId: advisor.id,
        aftercareTasks: tasks.count,
        visits,
        sharedWithTaskHolders: taskHolders.length,
      },
    },
    tx,
  );
}

/**
 * The client's next visits go to the new advisor: an appointment or a walk-in waiting in the half
 * hour of someone who will not read the dossier moves to the new advisor's free half hour at the
 * same time. When they have none, or the conversation is going on now, the hand-over is refused
 * (the desk never puts a dossier's visit with someone who cannot open it).
 */
async function moveVisitsAhead(tx: Tx, caseId: string, advisorId: string, readers: string[]) {
  const ahead = await tx.visit.findMany({
    where: {
      caseId,
      status: { in: ["BOOKED", "WAITING", "IN_CONVERSATION"] },
      slot: { advisorId: { notIn: readers } },
    },
    select: {
      id: true,
      status: true,
      slot: { select: { sessionId: true, startsAt: true, advisor: { select: { name: true } } } },
    },
  });
  for (const visit of ahead) {
    const slot = visit.slot!;
    if (visit.status === "IN_CONVERSATION")
      throw new Refusal(message("refusals.cases.handoverInConversation", { name: slot.advisor.name }));
    const free = await tx.slot.findFirst({
      where: { sessionId: slot.sessionId, advisorId, startsAt: slot.startsAt, visit: { is: null } },
      select: { id: true },
    });
    if (!free)
      throw new Refusal(
        message("refusals.cases.handoverVisitAhead", { moment: slot.startsAt, name: slot.advisor.name }),
        {
          advisorId: [message("refusals.cases.handoverVisitAhead", { moment: slot.startsAt, name: slot.advisor.name })],
        },
      );
    try {
      await tx.visit.update({ where: { id: visit.id }, data: { slotId: free.id } });
    } catch (error) {
      // The desk gave that half hour to someone else a moment ago.
      if (isUniqueViolation(error)) throw new Refusal(HANDOVER_MESSAGES.changedMeanwhile);
      throw error;
    }
  }
  return ahead.length;
}

/**
 * The advisor gives their own dossier to a colleague (leave, a workload too high, a question in
 * the colleague's field), with a note on what runs and what the client was promised.
 */
export const handOverDossier = defineUseCase({
  name: "cases.handOverDossier",
  roles: CASE_ROLES,
  input: handOverDossierSchema,
  run: (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: HANDED_OVER,
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.responsibleAdvisorId !== actor.userId) return refuse(HANDOVER_MESSAGES.onlyOwn);
      await moveDossier(tx, actor, dossier, input, now);
      const stillReadable = await tx.case.count({ where: { ...readableCases(actor), id: dossier.id } });
      return ok({ caseId: dossier.id, stillReadable: stillReadable > 0 });
    }),
});

/**
 * The coordinator gives any open dossier of the library to another advisor (absence, workload),
 * without reading it: the list shows dates and counts only.
 */
export const reassignDossier = defineUseCase({
  name: "cases.reassignDossier",
  roles: HANDOVER_ROLES,
  input: handOverDossierSchema,
  run: (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...scopedToOrganisation(actor), anonymisedAt: null, id: input.caseId },
        select: HANDED_OVER,
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      // Coordinating gives no right to read: an advising coordinator takes a dossier over from its
      // advisor, as any advisor does.
      if (input.advisorId === actor.userId)
        return refuse(HANDOVER_MESSAGES.toSelf, { advisorId: [HANDOVER_MESSAGES.toSelf] });
      await moveDossier(tx, actor, dossier, input, now);
      return ok({ caseId: dossier.id, fromAdvisorId: dossier.responsibleAdvisorId });
    }),
});
