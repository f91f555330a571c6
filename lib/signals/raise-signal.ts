// An advisor raises a signal from a dossier (a problem they see again and again with one other
// party), or adds the dossier to a signal a colleague raised: "ik zie dit ook".
import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { SIGNAL_RAISE_ROLES } from "@/lib/auth/policy";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/message-key";
import { ok, Refusal } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import type { Actor } from "@/lib/auth/actor";
import { lockSignals } from "./locks";
import { refusePersonalData } from "./personal-data-check";
import { joinSignalSchema, raiseSignalSchema } from "./schema";
import { isFinishedSignal } from "./themes";

type Tx = Prisma.TransactionClient;

/** The advisor who joins cannot change the signal's words: they are told what they can do. */
const PERSONAL_DATA_IN_SIGNAL = "refusals.signals.personalData.joinRefused" satisfies MessageKey;

export const SIGNAL_MESSAGES = {
  notFound: "refusals.signals.notFound",
  otherPartyNotOnList: "refusals.signals.otherPartyNotOnList",
  alreadyLinked: "refusals.signals.alreadyLinked",
  finished: "refusals.signals.finished",
  merged: "refusals.signals.merged",
} as const satisfies Record<string, MessageKey>;

async function readableDossier(tx: Tx, actor: Actor, caseId: string) {
  const dossier = await tx.case.findFirst({
    where: { ...readableCases(actor), id: caseId },
    select: { id: true, clientId: true },
  });
  if (!dossier) throw new Refusal(CASE_NOT_FOUND);
  return dossier;
}

export const raiseSignal = defineUseCase({
  name: "signals.raiseSignal",
  roles: SIGNAL_RAISE_ROLES,
  input: raiseSignalSchema,
  idempotent: true,
  run: (actor, { caseId, otherPartyId, theme, description }, { now, submission }) =>
    db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await readableDossier(tx, actor, caseId);
      const party = await tx.otherParty.findFirst({
        where: { id: otherPartyId, ...scopedToOrganisation(actor), active: true },
        select: { id: true },
      });
      if (!party)
        throw new Refusal(SIGNAL_MESSAGES.otherPartyNotOnList, { otherPartyId: [SIGNAL_MESSAGES.otherPartyNotOnList] });
      await refusePersonalData(tx, [dossier.id], { description });
      const signal = await tx.signal.create({
        data: {
          organisationId: actor.organisationId,
          otherPartyId: party.id,
          theme,
          description,
          raisedById: actor.userId,
          dossiers: { create: { caseId: dossier.id, addedById: actor.userId, addedAt: now } },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "signal.raise",
          access: "WRITE",
          entityType: "Signal",
          entityId: signal.id,
          clientId: dossier.clientId,
          details: { caseId: dossier.id, theme },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { signalId: signal.id }));
    }),
});

/**
 * The signal's words are checked again against the client of the dossier that joins: a name that
 * meant nothing before may be this client's.
 */
export const joinSignal = defineUseCase({
  name: "signals.joinSignal",
  roles: SIGNAL_RAISE_ROLES,
  input: joinSignalSchema,
  run: async (actor, { signalId, caseId }, { now }) => {
    try {
      return await db.$transaction(async (tx) => {
        const dossier = await readableDossier(tx, actor, caseId);
        // Waits for a merge or closing of this signal running now, then reads what it left.
        await lockSignals(tx, [signalId]);
        const signal = await tx.signal.findFirst({
          where: { id: signalId, ...scopedToOrganisation(actor) },
          select: { id: true, status: true, mergedIntoId: true, description: true, answer: true },
        });
        if (!signal) throw new Refusal(SIGNAL_MESSAGES.notFound);
        if (signal.mergedIntoId) throw new Refusal(SIGNAL_MESSAGES.merged);
        if (isFinishedSignal(signal.status)) throw new Refusal(SIGNAL_MESSAGES.finished);
        await refusePersonalData(
          tx,
          [dossier.id],
          { description: signal.description, answer: signal.answer },
          PERSONAL_DATA_IN_SIGNAL,
        );
        await tx.signalDossier.create({
          data: { signalId: signal.id, caseId: dossier.id, addedById: actor.userId, addedAt: now },
        });
        await recordAudit(
          {
            actor,
            action: "signal.join",
            access: "WRITE",
            entityType: "Signal",
            entityId: signal.id,
            clientId: dossier.clientId,
            details: { caseId: dossier.id },
          },
          tx,
        );
        return ok({ signalId: signal.id });
      });
    } catch (error) {
      // Two clicks on "ik zie dit ook" at once: the key of the link has the last word.
      if (isUniqueViolation(error)) throw new Refusal(SIGNAL_MESSAGES.alreadyLinked);
      throw error;
    }
  },
});
