import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { editCaseQuestionSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

export const QUESTION_CHANGED_MEANWHILE =
  "Iemand anders heeft dit dossier net gewijzigd, terwijl u de vraag aan het bewerken was. Uw wijziging is niet opgeslagen en er is niets overschreven. " +
  "Hieronder staat de vraag zoals hij nu is. Uw eigen tekst staat nog in het veld: neem over wat u wilt bewaren en sla opnieuw op.";
export const QUESTION_CASE_CLOSED = "Dit dossier is gesloten. De vraag wijzig je alleen in een lopend dossier.";

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
