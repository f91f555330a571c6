import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { DOCUMENT_NOT_FOUND, documentRefSchema } from "./schema";
import { documentStorage } from "./storage";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * Removes the bytes and hides the document; the metadata row stays so the audit trail can still
 * say what was there. Allowed on a closed dossier too: keeping less about a client is always fine.
 */
export const deleteDocument = defineUseCase({
  name: "documents.deleteDocument",
  roles: CASE_ROLES,
  input: documentRefSchema,
  run: async (actor, input, { now }) => {
    return db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      const document = await tx.document.findFirst({
        where: { id: input.documentId, caseId: dossier.id, deletedAt: null },
        select: { id: true, storageKey: true },
      });
      if (!document) return refuse(DOCUMENT_NOT_FOUND);
      // Two advisors deleting at once: only the first one changes the row, the second is told it is gone.
      const { count } = await tx.document.updateMany({
        where: { id: document.id, deletedAt: null },
        data: { deletedAt: now },
      });
      if (count !== 1) return refuse(DOCUMENT_NOT_FOUND);
      await documentStorage().remove(document.storageKey, tx);
      // A letter under review keeps its text beside the bytes: it goes with them.
      await tx.letterReview.deleteMany({ where: { documentId: document.id } });
      await recordAudit(
        {
          actor,
          action: "document.delete",
          access: "WRITE",
          entityType: "Document",
          entityId: document.id,
          clientId: dossier.clientId,
          details: { caseId: dossier.id },
        },
        tx,
      );
      return ok();
    });
  },
});
