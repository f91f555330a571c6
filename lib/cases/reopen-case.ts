import type { MessageKey } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { reopenCaseSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

const REOPEN_MESSAGES = {
  notClosed: "refusals.cases.notClosed",
  quickContact: "refusals.cases.reopenQuickContact",
  changedMeanwhile: "refusals.cases.changedMeanwhileReopening",
} as const satisfies Record<string, MessageKey>;

/**
 * A closed dossier opened again (the client is back with the same problem, the agreement
 * failed): one dossier for one problem, so the client does not bring every paper again. The
 * closing it undoes stays in the dossier's history; until it is closed again the figures count
 * the dossier as open. A dossier on the coordinator's list goes to the advisor who reopens it.
 */
export const reopenCase = defineUseCase({
  name: "cases.reopenCase",
  roles: CASE_ROLES,
  input: reopenCaseSchema,
  run: async (actor, input, { now }) => {
    return db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: {
          id: true,
          clientId: true,
          kind: true,
          status: true,
          version: true,
          closedAt: true,
          outcome: true,
          responsibleAdvisorId: true,
        },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.kind === "QUICK_CONTACT") return refuse(REOPEN_MESSAGES.quickContact);
      if (dossier.status !== "CLOSED" || !dossier.closedAt || !dossier.outcome)
        return refuse(REOPEN_MESSAGES.notClosed);
      if (dossier.version !== input.version) return refuse(REOPEN_MESSAGES.changedMeanwhile);
      const { count } = await tx.case.updateMany({
        where: { id: dossier.id, version: input.version, status: "CLOSED" },
        data: {
          status: "OPEN",
          closedAt: null,
          outcome: null,
          solvedWithoutReferral: null,
          responsibleAdvisorId: dossier.responsibleAdvisorId ?? actor.userId,
          version: { increment: 1 },
        },
      });
      if (count !== 1) return refuse(REOPEN_MESSAGES.changedMeanwhile);
      await tx.caseReopening.create({
        data: {
          organisationId: actor.organisationId,
          caseId: dossier.id,
          closedAt: dossier.closedAt,
          outcome: dossier.outcome,
          reopenedAt: now,
          reopenedById: actor.userId,
          reason: input.reason,
        },
      });
      await recordAudit(
        {
          actor,
          action: "case.reopen",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { closedAt: dossier.closedAt.toISOString(), outcome: dossier.outcome },
        },
        tx,
      );
      return ok({ caseId: dossier.id });
    });
  },
});
