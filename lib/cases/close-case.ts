import type { MessageKey } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { hasActiveOutgoingReferral } from "@/lib/referrals/outcome";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { closeCaseSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

const CLOSE_MESSAGES = {
  referredOutcomeRequired: "refusals.cases.referredOutcomeRequired",
  noReferral: "refusals.cases.noReferral",
} as const satisfies Record<string, MessageKey>;

export const CASE_CHANGED_MEANWHILE: MessageKey = "refusals.cases.changedMeanwhileClosing";

/** Closing needs an outcome; a referral means the case was not solved without one. */
export const closeCase = defineUseCase({
  name: "cases.closeCase",
  roles: CASE_ROLES,
  input: closeCaseSchema,
  run: async (actor, input, { now }) => {
    return db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true, version: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.status === "CLOSED") return refuse("refusals.cases.alreadyClosed");
      if (dossier.version !== input.version) return refuse(CASE_CHANGED_MEANWHILE);
      // "Referred" is what the referrals say, not a free choice: the figures (86% solved without
      // referral) must agree with the referrals that were actually made.
      const referred = await hasActiveOutgoingReferral(dossier.id, tx);
      if (referred && input.outcome !== "REFERRED") {
        return refuse(CLOSE_MESSAGES.referredOutcomeRequired, { outcome: [CLOSE_MESSAGES.referredOutcomeRequired] });
      }
      if (!referred && input.outcome === "REFERRED") {
        return refuse(CLOSE_MESSAGES.noReferral, { outcome: [CLOSE_MESSAGES.noReferral] });
      }
      const { count } = await tx.case.updateMany({
        where: { id: dossier.id, version: input.version },
        data: {
          status: "CLOSED",
          closedAt: now,
          outcome: input.outcome,
          solvedWithoutReferral: input.outcome === "SOLVED" || input.outcome === "PARTLY_SOLVED",
          version: { increment: 1 },
        },
      });
      if (count !== 1) return refuse(CASE_CHANGED_MEANWHILE);
      await recordAudit(
        {
          actor,
          action: "case.close",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { outcome: input.outcome },
        },
        tx,
      );
      return ok({ caseId: dossier.id });
    });
  },
});
