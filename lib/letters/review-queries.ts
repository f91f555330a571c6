import type { Actor } from "@/lib/auth/actor";
import { auditCaseList, readableCases } from "@/lib/cases/access";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { CASE_ROLES, LETTER_REVIEW_SETTING_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewerOf, STILL_IN_DOSSIER } from "./review";

const REVIEW_FIELDS = {
  id: true,
  version: true,
  title: true,
  text: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  documentId: true,
  author: { select: { name: true } },
  case: { select: { id: true, client: { select: { displayName: true } } } },
  steps: {
    orderBy: { at: "asc" },
    select: { id: true, step: true, comment: true, at: true, by: { select: { name: true } } },
  },
} satisfies Prisma.LetterReviewSelect;

/**
 * "Te beoordelen" and "Mijn concepten" on one page: the letters of the volunteers this advisor
 * supervises that wait for them, oldest first; and this advisor's own letters that wait or came
 * back. The letters hold client data: the look is audited like a list of dossiers.
 */
export async function listLetterReviews(actor: Actor | null) {
  const advisor = requireRole(actor, CASE_ROLES);
  const [toReview, mine] = await Promise.all([
    db.letterReview.findMany({
      where: {
        ...scopedToOrganisation(advisor),
        ...STILL_IN_DOSSIER,
        case: readableCases(advisor),
        status: "AWAITING_REVIEW",
        author: { supervisorId: advisor.userId },
      },
      orderBy: { updatedAt: "asc" },
      select: REVIEW_FIELDS,
    }),
    db.letterReview.findMany({
      where: {
        ...scopedToOrganisation(advisor),
        ...STILL_IN_DOSSIER,
        case: readableCases(advisor),
        authorId: advisor.userId,
        status: { not: "APPROVED" },
      },
      orderBy: { updatedAt: "desc" },
      select: REVIEW_FIELDS,
    }),
  ]);
  const caseIds = [...new Set([...toReview, ...mine].map((review) => review.case.id))];
  if (caseIds.length > 0) await auditCaseList(advisor, "letter_reviews", caseIds);
  return { toReview, mine };
}

/** How many letters wait for this advisor: the menu shows it. */
export async function countLettersToReview(actor: Actor) {
  return db.letterReview.count({
    where: {
      ...scopedToOrganisation(actor),
      ...STILL_IN_DOSSIER,
      case: readableCases(actor),
      status: "AWAITING_REVIEW",
      author: { supervisorId: actor.userId },
    },
  });
}

/** Whether a letter this advisor saves on this dossier waits for review: the letter page says so before they write. */
export async function lettersAwaitReview(actor: Actor | null, caseId: string) {
  const advisor = requireRole(actor, CASE_ROLES);
  return (await reviewerOf(db, advisor, caseId)) !== null;
}

/** The coordinator's setting, as the settings page shows it. */
export async function getLetterReviewSetting(actor: Actor | null) {
  const coordinator = requireRole(actor, LETTER_REVIEW_SETTING_ROLES);
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: coordinator.organisationId },
    select: { reviewVolunteerLetters: true },
  });
  return organisation.reviewVolunteerLetters;
}
