import { recordAudit } from "@/lib/audit";
import type { CaseActionKind } from "@/lib/generated/prisma/enums";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { CASE_CLOSED_FOR_DOCUMENTS } from "@/lib/documents/schema";
import { storeDocument } from "@/lib/documents/store-document";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { INVALID_INPUT, defineUseCase } from "@/lib/use-case";
import { dutchDate } from "./compose";
import { DOCX_CONTENT_TYPE, renderLetterDocx } from "./docx";
import { reviewerOf, submitForReview } from "./review";
import type { LetterKind } from "./kinds";
import { type LetterInput, letterDateErrors, saveLetterSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/** The document's name and the action the dossier records, per kind of letter. */
const RECORDED_AS: Record<LetterKind, { title: string; action: CaseActionKind }> = {
  OBJECTION: { title: "Bezwaarschrift", action: "OBJECTION_LETTER" },
  PRO_FORMA_OBJECTION: { title: "Pro-formabezwaar", action: "OBJECTION_LETTER" },
  COMPLAINT: { title: "Klachtenbrief", action: "COMPLAINT_LETTER" },
  PAYMENT_ARRANGEMENT: { title: "Verzoek betalingsregeling", action: "PAYMENT_PLAN" },
  GARNISHMENT_RECALCULATION: {
    title: "Verzoek herberekening beslagvrije voet",
    action: "RECALCULATE_BESLAGVRIJE_VOET",
  },
  TERM_EXTENSION: { title: "Verzoek om uitstel", action: "OTHER_LETTER" },
  SPECIAL_ASSISTANCE: { title: "Aanvraag bijzondere bijstand", action: "APPLICATION" },
};

/** What the dossier's list of actions says about the letter: enough to find it back, no content. */
function actionDescription(input: LetterInput): string {
  const title = RECORDED_AS[input.kind].title;
  if (input.kind === "OBJECTION" || input.kind === "PRO_FORMA_OBJECTION") {
    const reference = input.decisionReference ? `, kenmerk ${input.decisionReference}` : "";
    return `${title} aan ${input.authorityName} tegen het besluit van ${dutchDate(input.decisionDate)}${reference}`;
  }
  return `${title} aan ${input.authorityName}`;
}

/**
 * The letter as the advisor edited it, saved into the dossier as a .docx (a GENERATED_LETTER
 * document) with the action "objection letter" or "complaint letter". The facts the letter was
 * made from are checked again, but the text is the advisor's: it is stored as it was edited.
 * A volunteer's letter is stored marked CONCEPT and waits for their supervisor (./review.ts).
 */
export const saveLetter = defineUseCase({
  name: "letters.saveLetter",
  roles: CASE_ROLES,
  input: saveLetterSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      if (dossier.status === "CLOSED") return refuse(CASE_CLOSED_FOR_DOCUMENTS);
      const dateErrors = letterDateErrors(input, amsterdamDay(now));
      if (dateErrors) return refuse(INVALID_INPUT, dateErrors);

      const { title, action } = RECORDED_AS[input.kind];
      const reviewer = await reviewerOf(tx, actor, dossier.id);
      const bytes = await renderLetterDocx(input.text, title, { draft: reviewer !== null });
      const { documentId } = await storeDocument(tx, actor, {
        caseId: dossier.id,
        clientId: dossier.clientId,
        kind: "GENERATED_LETTER",
        // storeDocument reads a slash as a folder ("Belastingdienst/Toeslagen"): keep both words.
        fileName: `${title} ${input.authorityName.replace(/[\\/]/g, " ")} ${input.letterDate}.docx`,
        contentType: DOCX_CONTENT_TYPE,
        bytes,
      });
      await tx.caseAction.create({
        data: {
          organisationId: actor.organisationId,
          caseId: dossier.id,
          kind: action,
          description: actionDescription(input),
          performedById: actor.userId,
          performedAt: now,
        },
      });
      if (reviewer)
        await submitForReview(tx, actor, {
          documentId,
          caseId: dossier.id,
          clientId: dossier.clientId,
          title,
          text: input.text,
        });
      await recordAudit(
        {
          actor,
          action: "letter.create",
          access: "WRITE",
          entityType: "Document",
          entityId: documentId,
          clientId: dossier.clientId,
          details: { caseId: dossier.id, kind: input.kind },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { documentId, awaitsReview: reviewer !== null }));
    });
  },
});
