import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ok, Refusal, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { readableReferrals, REFERRAL_CHANGED_MEANWHILE, REFERRAL_NOT_FOUND } from "./access";
import { markFeedbackGivenSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * What the referrer hears comes from the dossier, so only an advisor who may read the dossier gives
 * it and marks it given; the coordinator only sees how much is still owed (listFeedbackOwed).
 */
export const markFeedbackGiven = defineUseCase({
  name: "referrals.markFeedbackGiven",
  roles: CASE_ROLES,
  input: markFeedbackGivenSchema,
  run: async (actor, input, { now }): Promise<Result<void>> => {
    await db.$transaction(async (tx) => {
      const referral = await tx.referral.findFirst({
        where: { ...readableReferrals(actor), id: input.referralId, direction: "IN" },
        select: {
          id: true,
          clientId: true,
          feedbackRequested: true,
          feedbackGivenAt: true,
          consent: { select: { purpose: true, withdrawnAt: true } },
        },
      });
      if (!referral) throw new Refusal(REFERRAL_NOT_FOUND);
      if (referral.feedbackGivenAt)
        throw new Refusal(message("refusals.referrals.feedbackAlreadyGiven", { day: referral.feedbackGivenAt }));
      if (!referral.feedbackRequested) throw new Refusal("refusals.referrals.noFeedbackAgreed");
      if (referral.consent?.purpose !== "REFERRER_FEEDBACK" || referral.consent.withdrawnAt) {
        throw new Refusal("refusals.referrals.noFeedbackConsent");
      }
      const { count } = await tx.referral.updateMany({
        where: { id: referral.id, feedbackGivenAt: null },
        data: { feedbackGivenAt: now },
      });
      if (count !== 1) throw new Refusal(REFERRAL_CHANGED_MEANWHILE);
      await recordAudit(
        {
          actor,
          action: "referral.feedback_given",
          access: "WRITE",
          entityType: "Referral",
          entityId: referral.id,
          clientId: referral.clientId,
        },
        tx,
      );
    });
    return ok();
  },
});
