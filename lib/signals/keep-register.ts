// The coordinator's register of signals: raised with someone at the municipality or the other
// party, answered, resolved or closed, and duplicates merged. Every step is audited; together the
// audit events are the signal's history.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { SIGNAL_REGISTER_ROLES } from "@/lib/auth/policy";
import { amsterdamDay, dateColumn, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignalStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { lockSignals } from "./locks";
import { refusePersonalData } from "./personal-data-check";
import { SIGNAL_MESSAGES } from "./raise-signal";
import {
  closeSignalSchema,
  markSignalRaisedSchema,
  mergeSignalsSchema,
  recordSignalAnswerSchema,
  reopenSignalSchema,
  rewordSignalSchema,
} from "./schema";
import { isFinishedSignal } from "./themes";

type Tx = Prisma.TransactionClient;

const REGISTER_MESSAGES = {
  dayInFuture: "refusals.signals.dayInFuture",
  answerBeforeRaised: "refusals.signals.answerBeforeRaised",
  mergeOtherParty: "refusals.signals.mergeOtherParty",
  notYetRaised: "refusals.signals.notYetRaised",
  changedMeanwhile: "refusals.signals.changedMeanwhile",
  notFinished: "refusals.signals.notFinished",
} as const satisfies Record<string, MessageKey>;

/** A signal of the register that can still change: of the own organisation, not merged away. */
async function findOpen(tx: Tx, actor: Actor, signalId: string, field = "signalId") {
  await lockSignals(tx, [signalId]);
  const signal = await tx.signal.findFirst({
    where: { id: signalId, ...scopedToOrganisation(actor) },
    select: {
      id: true,
      status: true,
      mergedIntoId: true,
      otherPartyId: true,
      raisedOn: true,
      dossiers: { select: { caseId: true } },
    },
  });
  if (!signal) throw new Refusal(SIGNAL_MESSAGES.notFound, { [field]: [SIGNAL_MESSAGES.notFound] });
  if (signal.mergedIntoId) throw new Refusal(SIGNAL_MESSAGES.merged);
  if (isFinishedSignal(signal.status)) throw new Refusal(SIGNAL_MESSAGES.finished);
  return signal;
}

function refuseFutureDay(day: string, now: Date, field: string) {
  if (day > amsterdamDay(now))
    throw new Refusal(REGISTER_MESSAGES.dayInFuture, { [field]: [REGISTER_MESSAGES.dayInFuture] });
}

/** Conditional on the status read: of two coordinators changing it at once, one is told. */
async function changeStatus(
  tx: Tx,
  signal: { id: string; status: SignalStatus },
  data: Prisma.SignalUncheckedUpdateManyInput,
) {
  const { count } = await tx.signal.updateMany({ where: { id: signal.id, status: signal.status }, data });
  if (count !== 1) throw new Refusal(REGISTER_MESSAGES.changedMeanwhile);
}

async function auditStep(tx: Tx, actor: Actor, signalId: string, action: string, details: Prisma.InputJsonObject) {
  await recordAudit({ actor, action, access: "WRITE", entityType: "Signal", entityId: signalId, details }, tx);
}

/** Raised with someone (a policy officer of the municipality, the other party's complaints desk); again to correct it. */
export const markSignalRaised = defineUseCase({
  name: "signals.markSignalRaised",
  roles: SIGNAL_REGISTER_ROLES,
  input: markSignalRaisedSchema,
  run: (actor, { signalId, raisedWith, raisedOn }, { now }) =>
    db.$transaction(async (tx) => {
      const signal = await findOpen(tx, actor, signalId);
      refuseFutureDay(raisedOn, now, "raisedOn");
      // Whom it was raised with goes into the report: a client's name there is refused too.
      await refusePersonalData(
        tx,
        signal.dossiers.map((link) => link.caseId),
        { raisedWith },
      );
      const status: SignalStatus = signal.status === "ANSWERED" ? "ANSWERED" : "RAISED";
      await changeStatus(tx, signal, { status, raisedWith, raisedOn: dateColumn(raisedOn) });
      await auditStep(tx, actor, signal.id, "signal.raised", { from: signal.status, to: status, raisedWith, raisedOn });
      return ok({ signalId: signal.id });
    }),
});

/** The answer the municipality or the other party gave; checked like the signal's own words. */
export const recordSignalAnswer = defineUseCase({
  name: "signals.recordSignalAnswer",
  roles: SIGNAL_REGISTER_ROLES,
  input: recordSignalAnswerSchema,
  run: (actor, { signalId, answer, answeredOn }, { now }) =>
    db.$transaction(async (tx) => {
      const signal = await findOpen(tx, actor, signalId);
      if (signal.status === "NEW") throw new Refusal(REGISTER_MESSAGES.notYetRaised);
      refuseFutureDay(answeredOn, now, "answeredOn");
      if (signal.raisedOn && answeredOn < dayOfDateColumn(signal.raisedOn))
        throw new Refusal(REGISTER_MESSAGES.answerBeforeRaised, {
          answeredOn: [REGISTER_MESSAGES.answerBeforeRaised],
        });
      await refusePersonalData(
        tx,
        signal.dossiers.map((link) => link.caseId),
        { answer },
      );
      await changeStatus(tx, signal, { status: "ANSWERED", answer, answeredOn: dateColumn(answeredOn) });
      await auditStep(tx, actor, signal.id, "signal.answered", { from: signal.status, to: "ANSWERED", answeredOn });
      return ok({ signalId: signal.id });
    }),
});

/** Resolved (the problem is gone) or closed (nothing more will come of it). */
export const closeSignal = defineUseCase({
  name: "signals.closeSignal",
  roles: SIGNAL_REGISTER_ROLES,
  input: closeSignalSchema,
  run: (actor, { signalId, outcome }) =>
    db.$transaction(async (tx) => {
      const signal = await findOpen(tx, actor, signalId);
      await changeStatus(tx, signal, { status: outcome });
      await auditStep(tx, actor, signal.id, "signal.close", { from: signal.status, to: outcome });
      return ok({ signalId: signal.id });
    }),
});

/**
 * Two advisors raised the same problem: the duplicate's dossiers move to the signal kept (a
 * dossier in both counts once), the duplicate is closed and points to it. The kept signal's words
 * are checked against the clients it gains.
 */
export const mergeSignals = defineUseCase({
  name: "signals.mergeSignals",
  roles: SIGNAL_REGISTER_ROLES,
  input: mergeSignalsSchema,
  run: (actor, { signalId, duplicateId }, { now }) =>
    db.$transaction(async (tx) => {
      await lockSignals(tx, [signalId, duplicateId]);
      const kept = await findOpen(tx, actor, signalId);
      const duplicate = await findOpen(tx, actor, duplicateId, "duplicateId");
      if (duplicate.otherPartyId !== kept.otherPartyId)
        throw new Refusal(REGISTER_MESSAGES.mergeOtherParty, { duplicateId: [REGISTER_MESSAGES.mergeOtherParty] });
      const keptCases = new Set(kept.dossiers.map((link) => link.caseId));
      const moving = duplicate.dossiers.map((link) => link.caseId).filter((caseId) => !keptCases.has(caseId));
      const keptSignal = await tx.signal.findUniqueOrThrow({
        where: { id: kept.id },
        select: { description: true, answer: true },
      });
      await refusePersonalData(tx, moving, { description: keptSignal.description, answer: keptSignal.answer });
      await tx.signalDossier.updateMany({
        where: { signalId: duplicate.id, caseId: { in: moving } },
        data: { signalId: kept.id },
      });
      await tx.signalDossier.deleteMany({ where: { signalId: duplicate.id } });
      await changeStatus(tx, duplicate, { status: "CLOSED", mergedIntoId: kept.id });
      // The kept signal changed too: a coordinator who merged it elsewhere at the same moment is told.
      await changeStatus(tx, kept, { updatedAt: now });
      await auditStep(tx, actor, kept.id, "signal.merge", { duplicateId: duplicate.id, moved: moving.length });
      await auditStep(tx, actor, duplicate.id, "signal.merged_into", { signalId: kept.id, from: duplicate.status });
      return ok({ signalId: kept.id });
    }),
});

/** New words for an open signal, checked like the first ones; the old words stay in the audit log. */
export const rewordSignal = defineUseCase({
  name: "signals.rewordSignal",
  roles: SIGNAL_REGISTER_ROLES,
  input: rewordSignalSchema,
  run: (actor, { signalId, description }) =>
    db.$transaction(async (tx) => {
      const signal = await findOpen(tx, actor, signalId);
      await refusePersonalData(
        tx,
        signal.dossiers.map((link) => link.caseId),
        { description },
      );
      const before = await tx.signal.findUniqueOrThrow({ where: { id: signal.id }, select: { description: true } });
      await changeStatus(tx, signal, { description });
      await auditStep(tx, actor, signal.id, "signal.reword", { before: before.description });
      return ok({ signalId: signal.id });
    }),
});

/**
 * A resolved or closed signal open again, at the step it had reached: answered when it has an
 * answer, reported when it was reported, else new. A merged duplicate stays merged.
 */
export const reopenSignal = defineUseCase({
  name: "signals.reopenSignal",
  roles: SIGNAL_REGISTER_ROLES,
  input: reopenSignalSchema,
  run: (actor, { signalId }) =>
    db.$transaction(async (tx) => {
      await lockSignals(tx, [signalId]);
      const signal = await tx.signal.findFirst({
        where: { id: signalId, ...scopedToOrganisation(actor) },
        select: { id: true, status: true, mergedIntoId: true, answer: true, raisedWith: true },
      });
      if (!signal) throw new Refusal(SIGNAL_MESSAGES.notFound, { signalId: [SIGNAL_MESSAGES.notFound] });
      if (signal.mergedIntoId) throw new Refusal(SIGNAL_MESSAGES.merged);
      if (!isFinishedSignal(signal.status)) throw new Refusal(REGISTER_MESSAGES.notFinished);
      const status: SignalStatus = signal.answer ? "ANSWERED" : signal.raisedWith ? "RAISED" : "NEW";
      await changeStatus(tx, signal, { status });
      await auditStep(tx, actor, signal.id, "signal.reopen", { from: signal.status, to: status });
      return ok({ signalId: signal.id });
    }),
});
