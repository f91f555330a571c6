import { type Message, type MessageKey, message } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { readableCases } from "./access";
import { editCaseNoteSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

export const NOTE_NOT_FOUND = "refusals.cases.noteNotFound";
export const NOTE_NOT_YOURS: MessageKey = "refusals.cases.noteNotYours";
export const NOTE_CASE_CLOSED = "refusals.cases.noteCaseClosed";
export const NOTE_UNCHANGED = "refusals.cases.noteUnchanged";

/** Said to the second of two people editing the same note; the form shows the text as it now is. */
function noteChangedMeanwhile(editor: string | null, at: Date): Message {
  return editor === null
    ? message("refusals.cases.noteChangedMeanwhileBySomeone", { at })
    : message("refusals.cases.noteChangedMeanwhile", { editor, at });
}

type EditableNote = { authorId: string; author: { supervisorId: string | null }; case: { status: CaseStatus } };

/**
 * Why this actor may not change this note, or null when they may: the use case refuses with it,
 * the dossier page shows the editor only when there is none. A note is changed by whoever wrote
 * it, or by the professional who supervises that volunteer, and only while the dossier is open.
 */
export function noteEditRefusal(actor: Actor, note: EditableNote): MessageKey | null {
  if (note.authorId !== actor.userId && note.author.supervisorId !== actor.userId) return NOTE_NOT_YOURS;
  if (note.case.status === "CLOSED") return NOTE_CASE_CLOSED;
  return null;
}

/**
 * Changes the text of a note. A note is its writer's record of what was said and done, so only
 * the writer changes it, or the professional who supervises the volunteer who wrote it (who
 * corrects it); a colleague who shares the dossier adds a note of their own instead. The edit
 * names the version it started from: when someone else saved in between, nothing is overwritten.
 * The replaced text is kept as a revision of the note, so an edit never loses what was written.
 */
export const editCaseNote = defineUseCase({
  name: "cases.editCaseNote",
  roles: CASE_ROLES,
  input: editCaseNoteSchema,
  run: async (actor, input, { now }) =>
    db.$transaction(async (tx) => {
      const note = await tx.caseNote.findFirst({
        where: { id: input.noteId, organisationId: actor.organisationId, case: readableCases(actor) },
        select: {
          id: true,
          body: true,
          version: true,
          authorId: true,
          editedById: true,
          updatedAt: true,
          author: { select: { supervisorId: true } },
          editedBy: { select: { name: true } },
          case: { select: { id: true, clientId: true, status: true } },
        },
      });
      if (!note) return refuse(NOTE_NOT_FOUND);
      const refusal = noteEditRefusal(actor, note);
      if (refusal) return refuse(refusal);
      if (note.version !== input.expectedVersion)
        return refuse(noteChangedMeanwhile(note.editedBy?.name ?? null, note.updatedAt));
      if (note.body === input.body) return refuse(NOTE_UNCHANGED, { body: [NOTE_UNCHANGED] });

      // Conditional on the version just read: of two saves at the same moment, one wins whole.
      const { count } = await tx.caseNote.updateMany({
        where: { id: note.id, version: input.expectedVersion },
        data: { body: input.body, version: { increment: 1 }, editedById: actor.userId, editedAt: now },
      });
      if (count !== 1) {
        const current = await tx.caseNote.findUniqueOrThrow({
          where: { id: note.id },
          select: { updatedAt: true, editedBy: { select: { name: true } } },
        });
        return refuse(noteChangedMeanwhile(current.editedBy?.name ?? null, current.updatedAt));
      }
      await tx.caseNoteRevision.create({
        data: {
          organisationId: actor.organisationId,
          noteId: note.id,
          version: note.version,
          body: note.body,
          writtenById: note.editedById ?? note.authorId,
          replacedAt: now,
        },
      });
      // The text itself stays out of the audit log (append-only, never erased); the revision keeps it.
      await recordAudit(
        {
          actor,
          action: "case.note_edit",
          access: "WRITE",
          entityType: "CaseNote",
          entityId: note.id,
          clientId: note.case.clientId,
          details: { caseId: note.case.id, fromVersion: note.version, toVersion: note.version + 1 },
        },
        tx,
      );
      return ok({ version: note.version + 1 });
    }),
});
