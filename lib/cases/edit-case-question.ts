import type { MessageKey } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { editCaseQuestionSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

export const QUESTION_CHANGED_MEANWHILE: MessageKey = "refusals.cases.questionChangedMeanwhile";
export const QUESTION_CASE_CLOSED = "refusals.cases.questionCaseClosed";

/**
 * The client's question in the advisor's words, corrected as the case becomes clearer. Everyone
 * who works on the dossier may; the edit names the dossier's version, so of two people editing
 * at once the second is refused instead of overwriting the first.
 */
export const editCaseQuestion = defineUseCase({
  name: "cases.editCaseQuestion",
  roles: CASE_ROLES,
  input: editCaseQuestionSchema,
  run: async (actor, input) =>
    db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId, kind: "DOSSIER" },
        select: { id: true, clientId: true, status: true, version: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.status === "CLOSED") return refuse(QUESTION_CASE_CLOSED);
      const { count } = await tx.case.updateMany({
        where: { id: dossier.id, version: input.version },
        data: { question: input.question, version: { increment: 1 } },
      });
      if (count !== 1) return refuse(QUESTION_CHANGED_MEANWHILE);
      // The question is the client's story: the audit log (never erased) keeps that it changed, not the words.
      await recordAudit(
        {
          actor,
          action: "case.question_edit",
          access: "WRITE",
          entityType: "Case",
          entityId: dossier.id,
          clientId: dossier.clientId,
          details: { fromVersion: input.version, toVersion: input.version + 1 },
        },
        tx,
      );
      return ok({ version: input.version + 1 });
    }),
});
