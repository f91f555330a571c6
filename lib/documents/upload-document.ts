import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { detectDocumentType } from "./detect-type";
import { displayFileName } from "./file-name";
import { CASE_CLOSED_FOR_DOCUMENTS, NOT_A_PDF_OR_PHOTO, uploadDocumentSchema } from "./schema";
import { writeDocument } from "./store-document";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * A photo or PDF of the client's letter into the dossier. Access is checked before the file is
 * looked at, so someone without access learns nothing about the case from the answer.
 */
export const uploadDocument = defineUseCase({
  name: "documents.uploadDocument",
  roles: CASE_ROLES,
  input: uploadDocumentSchema,
  idempotent: true,
  run: async (actor, input, { submission }) => {
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      // A closed dossier is the record of what was done, kept only until retention ends; new
      // letters belong in a new or reopened case, not in one nobody works on any more.
      if (dossier.status === "CLOSED") return refuse(CASE_CLOSED_FOR_DOCUMENTS);
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      const type = await detectDocumentType(bytes);
      if (!type) return refuse(NOT_A_PDF_OR_PHOTO);
      const originalName = input.file instanceof File ? input.file.name : "";
      const stored = await writeDocument(
        tx,
        actor,
        {
          caseId: dossier.id,
          clientId: dossier.clientId,
          kind: input.kind,
          fileName: displayFileName(originalName, type.extension),
          contentType: type.contentType,
          bytes,
        },
        "document.upload",
      );
      return ok(await recordSubmission(tx, submission, stored));
    });
  },
});
