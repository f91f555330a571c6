// A volunteer's letter is a draft until their supervising professional approves it (the report's
// supervision of volunteers; on by default, a setting per organisation). The draft's .docx says
// CONCEPT on every page; the professional approves it or returns it with a comment, the volunteer
// revises a returned letter and sends it again. Every step is kept and audited.
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { CASE_ROLES, LETTER_REVIEW_SETTING_ROLES } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { CASE_READERS, readableCases, readersOf } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { replaceDocumentBytes } from "@/lib/documents/store-document";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LetterReviewStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { renderLetterDocx } from "./docx";
import { letterReviewSettingSchema, returnLetterSchema, reviewDecisionSchema, reviseLetterSchema } from "./schema";

type Tx = Prisma.TransactionClient;

/** A letter whose document was removed from the dossier is no longer reviewed. */
export const STILL_IN_DOSSIER = { document: { deletedAt: null } } satisfies Prisma.LetterReviewWhereInput;

const REVIEW_MESSAGES = {
  notFound: "refusals.letterReview.notFound",
  changedMeanwhile: "refusals.letterReview.changedMeanwhile",
  notAwaiting: "refusals.letterReview.notAwaiting",
  notReturned: "refusals.letterReview.notReturned",
} as const satisfies Record<string, MessageKey>;

/**
 * Who reviews a letter this advisor saves on this dossier: a volunteer's supervising professional,
 * in an organisation that reviews, when they may read the dossier (its advisor's supervisor). A
 * volunteer without a supervisor has nobody to approve (the users page sets one); a letter on a
 * colleague's dossier shared with the volunteer is that colleague's to see: both are final at once.
 */
export async function reviewerOf(tx: Tx, actor: Actor, caseId: string): Promise<string | null> {
  if (actor.advisorKind !== "VOLUNTEER") return null;
  const author = await tx.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { supervisorId: true, organisation: { select: { reviewVolunteerLetters: true } } },
  });
  const supervisorId = author.organisation.reviewVolunteerLetters ? author.supervisorId : null;
  if (!supervisorId) return null;
  const dossier = await tx.case.findFirst({
    where: { id: caseId, ...scopedToOrganisation(actor) },
    select: CASE_READERS,
  });
  return dossier && readersOf(dossier).includes(supervisorId) ? supervisorId : null;
}

/** Called by saveLetter in its transaction, after the document is stored with the CONCEPT mark. */
export async function submitForReview(
  tx: Tx,
  actor: Actor,
  letter: { documentId: string; caseId: string; clientId: string; title: string; text: string },
) {
  const review = await tx.letterReview.create({
    data: {
      organisationId: actor.organisationId,
      documentId: letter.documentId,
      caseId: letter.caseId,
      authorId: actor.userId,
      title: letter.title,
      text: letter.text,
      steps: { create: { step: "SUBMITTED", byId: actor.userId } },
    },
    select: { id: true },
  });
  await auditStep(tx, actor, review.id, letter.clientId, "letter.submit_for_review");
}

async function auditStep(tx: Tx, actor: Actor, reviewId: string, clientId: string, action: string) {
  await recordAudit({ actor, action, access: "WRITE", entityType: "LetterReview", entityId: reviewId, clientId }, tx);
}

/**
 * A review this person may decide on (the author's current supervisor) or revise (the author),
 * in the same organisation, at the version they saw. Anyone else finds nothing.
 */
async function findReview(tx: Tx, actor: Actor, reviewId: string, as: "reviewer" | "author", version: number) {
  // Only a professional reviews, also one who was a supervisor before becoming a volunteer.
  if (as === "reviewer" && actor.advisorKind !== "PROFESSIONAL") throw new Refusal(REVIEW_MESSAGES.notFound);
  const review = await tx.letterReview.findFirst({
    where: {
      id: reviewId,
      ...scopedToOrganisation(actor),
      ...STILL_IN_DOSSIER,
      // Only on a dossier they may still read (not after a hand-over, not another's shared one).
      case: readableCases(actor),
      ...(as === "author" ? { authorId: actor.userId } : { author: { supervisorId: actor.userId } }),
    },
    select: {
      id: true,
      documentId: true,
      title: true,
      text: true,
      status: true,
      version: true,
      case: { select: { clientId: true } },
    },
  });
  if (!review) throw new Refusal(REVIEW_MESSAGES.notFound);
  if (review.version !== version) throw new Refusal(REVIEW_MESSAGES.changedMeanwhile);
  return review;
}

/** Conditional on status and version: of two clicks at the same moment only one is a step. */
async function moveTo(
  tx: Tx,
  review: { id: string; status: LetterReviewStatus; version: number },
  to: LetterReviewStatus,
  data: { text?: string } = {},
) {
  const { count } = await tx.letterReview.updateMany({
    where: { id: review.id, status: review.status, version: review.version },
    data: { status: to, version: { increment: 1 }, ...data },
  });
  if (count !== 1) throw new Refusal(REVIEW_MESSAGES.changedMeanwhile);
}

export const approveLetter = defineUseCase({
  name: "letters.approveLetter",
  roles: CASE_ROLES,
  input: reviewDecisionSchema,
  run: (actor, { reviewId, version }) =>
    db.$transaction(async (tx) => {
      const review = await findReview(tx, actor, reviewId, "reviewer", version);
      if (review.status !== "AWAITING_REVIEW") throw new Refusal(REVIEW_MESSAGES.notAwaiting);
      await moveTo(tx, review, "APPROVED");
      await tx.letterReviewEvent.create({ data: { reviewId: review.id, step: "APPROVED", byId: actor.userId } });
      // The approved letter loses its CONCEPT mark: the same text, ready to print and send.
      if (!(await replaceDocumentBytes(tx, review.documentId, await renderLetterDocx(review.text, review.title))))
        throw new Refusal(REVIEW_MESSAGES.notFound);
      await auditStep(tx, actor, review.id, review.case.clientId, "letter.approve");
      return ok();
    }),
});

export const returnLetter = defineUseCase({
  name: "letters.returnLetter",
  roles: CASE_ROLES,
  input: returnLetterSchema,
  run: (actor, { reviewId, version, comment }) =>
    db.$transaction(async (tx) => {
      const review = await findReview(tx, actor, reviewId, "reviewer", version);
      if (review.status !== "AWAITING_REVIEW") throw new Refusal(REVIEW_MESSAGES.notAwaiting);
      await moveTo(tx, review, "RETURNED");
      await tx.letterReviewEvent.create({
        data: { reviewId: review.id, step: "RETURNED", comment, byId: actor.userId },
      });
      await auditStep(tx, actor, review.id, review.case.clientId, "letter.return");
      return ok();
    }),
});

/** The volunteer's answer to a returned letter: the revised text, again a draft for review. */
export const reviseLetter = defineUseCase({
  name: "letters.reviseLetter",
  roles: CASE_ROLES,
  input: reviseLetterSchema,
  run: (actor, { reviewId, version, text }) =>
    db.$transaction(async (tx) => {
      const review = await findReview(tx, actor, reviewId, "author", version);
      if (review.status !== "RETURNED") throw new Refusal(REVIEW_MESSAGES.notReturned);
      await moveTo(tx, review, "AWAITING_REVIEW", { text });
      await tx.letterReviewEvent.create({ data: { reviewId: review.id, step: "RESUBMITTED", byId: actor.userId } });
      const draft = await renderLetterDocx(text, review.title, { draft: true });
      if (!(await replaceDocumentBytes(tx, review.documentId, draft))) throw new Refusal(REVIEW_MESSAGES.notFound);
      await auditStep(tx, actor, review.id, review.case.clientId, "letter.revise");
      return ok();
    }),
});

/** The coordinator switches the review of volunteers' letters on or off for the organisation. */
export const setLetterReview = defineUseCase({
  name: "letters.setLetterReview",
  roles: LETTER_REVIEW_SETTING_ROLES,
  input: letterReviewSettingSchema,
  run: (actor, { reviewVolunteerLetters }) =>
    db.$transaction(async (tx) => {
      const before = await tx.organisation.findUniqueOrThrow({
        where: { id: actor.organisationId },
        select: { reviewVolunteerLetters: true },
      });
      if (before.reviewVolunteerLetters === reviewVolunteerLetters) return ok({ changed: false });
      await tx.organisation.update({ where: { id: actor.organisationId }, data: { reviewVolunteerLetters } });
      await recordAudit(
        {
          actor,
          action: "organisation.letter_review",
          access: "WRITE",
          entityType: "Organisation",
          entityId: actor.organisationId,
          details: { reviewVolunteerLetters },
        },
        tx,
      );
      return ok({ changed: true });
    }),
});
