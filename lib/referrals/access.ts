import type { Actor } from "@/lib/auth/actor";
import { readableCases } from "@/lib/cases/access";
import type { Prisma } from "@/lib/generated/prisma/client";

export const REFERRAL_NOT_FOUND = "Deze verwijzing is niet gevonden.";
export const REFERRAL_CHANGED_MEANWHILE = "Iemand anders heeft deze verwijzing net gewijzigd. Laad de pagina opnieuw.";
export const CASE_CLOSED = "Dit dossier is gesloten. Er kan geen nieuwe verwijzing bij.";

/**
 * The referrals of one case. The host records who sent a client on the visit, before there is a
 * case; such a referral belongs to the case its visit joined later.
 */
export function referralsOfCase(cases: Prisma.CaseWhereInput): Prisma.ReferralWhereInput {
  return { OR: [{ case: cases }, { caseId: null, visit: { case: cases } }] };
}

/**
 * Referral and consent data are dossier data: an advisor reads a referral exactly when they may
 * read its case (lib/cases/access.ts), so everything else is "not found".
 */
export function readableReferrals(actor: Actor | null): Prisma.ReferralWhereInput {
  const cases = readableCases(actor);
  return { organisationId: (actor as Actor).organisationId, ...referralsOfCase(cases) };
}
