import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { addCaseNoteSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

export const addCaseNote = defineUseCase({
  name: "cases.addCaseNote",
  roles: CASE_ROLES,
  input: addCaseNoteSchema,
  idempotent: true,
  run: async (actor, input, { submission }) => {
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      const note = await tx.caseNote.create({
        data: { organisationId: actor.organisationId, caseId: dossier.id, authorId: actor.userId, body: input.body },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "case.note_add",
          access: "WRITE",
          entityType: "CaseNote",
          entityId: note.id,
          clientId: dossier.clientId,
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { noteId: note.id }));
    });
  },
});
