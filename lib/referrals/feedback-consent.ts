import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The client's consent that the referrer may hear how it went (terugkoppeling), with its date. */
export function giveFeedbackConsent(
  tx: Prisma.TransactionClient,
  actor: Actor,
  clientId: string,
  partnerName: string,
  now: Date,
) {
  return tx.consent.create({
    data: {
      organisationId: actor.organisationId,
      clientId,
      purpose: "REFERRER_FEEDBACK",
      legalBasis: "CONSENT",
      givenAt: now,
      scope: `${partnerName} mag horen hoe het met de vraag is gegaan`,
      recordedById: actor.userId,
    },
    select: { id: true },
  });
}
