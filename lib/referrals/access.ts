import type { Actor } from "@/lib/auth/actor";
import { readableCases } from "@/lib/cases/access";
import type { Prisma } from "@/lib/generated/prisma/client";

export const REFERRAL_NOT_FOUND = "refusals.referrals.notFound";
export const REFERRAL_CHANGED_MEANWHILE = "refusals.referrals.changedMeanwhile";
export const CASE_CLOSED = "refusals.referrals.caseClosed";

/**
 * The referrals of one case. The host records who sent a client on the visit, before there is a
 * case; such a referral belongs to the case its visit joined later.
 */
function referralsOfCase(cases: Prisma.CaseWhereInput): Prisma.ReferralWhereInput {
  return { OR: [{ case: cases }, { caseId: null, visit: { case: cases } }] };
}

/**
 * referralsOfCase for one case already found: with its visit ids in hand PostgreSQL uses the
 * indexes on caseId and visitId instead of joining every visit in the country (EXPLAIN on the
 * scale data set, docs/performance.md). The caller has checked access to the case.
 */
export async function referralsOfKnownCase(
  reader: Pick<Prisma.TransactionClient, "visit">,
  caseId: string,
): Promise<Prisma.ReferralWhereInput> {
  const visits = await reader.visit.findMany({ where: { caseId }, select: { id: true } });
  return { OR: [{ caseId }, { caseId: null, visitId: { in: visits.map((visit) => visit.id) } }] };
}

/**
 * Referral and consent data are dossier data: an advisor reads a referral exactly when they may
 * read its case (lib/cases/access.ts), so everything else is "not found".
 */
export function readableReferrals(actor: Actor | null): Prisma.ReferralWhereInput {
  const cases = readableCases(actor);
  return { organisationId: (actor as Actor).organisationId, ...referralsOfCase(cases) };
}
