import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, Refusal, refuse, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { readableReferrals, REFERRAL_CHANGED_MEANWHILE, REFERRAL_NOT_FOUND } from "./access";
import { giveFeedbackConsent } from "./feedback-consent";
import { CONSENT_TO_FEEDBACK_REQUIRED, requestFeedbackSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/** Feedback to a referrer already recorded (at the desk or in the dossier), once the client agrees. */
export const requestFeedback = defineUseCase({
  name: "referrals.requestFeedback",
  roles: CASE_ROLES,
  input: requestFeedbackSchema,
  run: async (actor, input, { now }): Promise<Result<void>> => {
    if (!input.consent) return refuse(CONSENT_TO_FEEDBACK_REQUIRED, { consent: [CONSENT_TO_FEEDBACK_REQUIRED] });
    await db.$transaction(async (tx) => {
      const referral = await tx.referral.findFirst({
        where: { ...readableReferrals(actor), id: input.referralId, direction: "IN" },
        select: { id: true, clientId: true, feedbackRequested: true, partner: { select: { name: true } } },
      });
      if (!referral) throw new Refusal(REFERRAL_NOT_FOUND);
      if (referral.feedbackRequested) throw new Refusal("refusals.referrals.feedbackAlreadyAgreed");
      const consent = await giveFeedbackConsent(tx, actor, referral.clientId, referral.partner.name, now);
      const { count } = await tx.referral.updateMany({
        where: { id: referral.id, feedbackRequested: false },
        data: { feedbackRequested: true, consentId: consent.id },
      });
      if (count !== 1) throw new Refusal(REFERRAL_CHANGED_MEANWHILE);
      await recordAudit(
        {
          actor,
          action: "referral.feedback_request",
          access: "WRITE",
          entityType: "Referral",
          entityId: referral.id,
          clientId: referral.clientId,
          details: { consentId: consent.id },
        },
        tx,
      );
    });
    return ok();
  },
});
