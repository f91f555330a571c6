// "Referred" is a fact the referrals record, not a separate choice: a case with an outgoing referral
// that did not end in "did not arrive" was referred. The close form and closeCase ask here.
import type { Actor } from "@/lib/auth/actor";
import { auditCaseRead, readableCase } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralDirection, ReferralStatus } from "@/lib/generated/prisma/enums";
import { referralsOfKnownCase } from "./access";

const REFERRED_STATUSES: ReferralStatus[] = ["SENT", "ACCEPTED", "FINISHED"];

export type SuggestedOutcome = "REFERRED" | null;

/** Pure: the outcome that follows from a case's referrals, for a list already loaded. */
export function outcomeFromReferrals(
  referrals: { direction: ReferralDirection; status: ReferralStatus | null }[],
): SuggestedOutcome {
  return referrals.some(
    (referral) =>
      referral.direction === "OUT" && referral.status !== null && REFERRED_STATUSES.includes(referral.status),
  )
    ? "REFERRED"
    : null;
}

/**
 * No access check of its own: call it after the caller has found the case through readableCases,
 * inside the same transaction (closeCase), so the answer and the close see the same referrals.
 */
export async function hasActiveOutgoingReferral(
  caseId: string,
  reader: Pick<Prisma.TransactionClient, "referral" | "visit"> = db,
): Promise<boolean> {
  const found = await reader.referral.findFirst({
    where: { direction: "OUT", status: { in: REFERRED_STATUSES }, ...(await referralsOfKnownCase(reader, caseId)) },
    select: { id: true },
  });
  return found !== null;
}

/** For the dossier's close form: the outcome to preselect, or null when the data suggests none. */
export async function suggestedOutcome(actor: Actor | null, caseId: string): Promise<SuggestedOutcome> {
  const dossier = await readableCase(actor, caseId);
  await auditCaseRead(actor as Actor, caseId, dossier?.clientId, "outcome");
  if (!dossier) return null;
  return (await hasActiveOutgoingReferral(dossier.id)) ? "REFERRED" : null;
}
