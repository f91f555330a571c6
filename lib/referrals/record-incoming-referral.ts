import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { ok, Refusal, refuse, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CASE_CLOSED, referralsOfKnownCase } from "./access";
import { giveFeedbackConsent } from "./feedback-consent";
import { CONSENT_TO_FEEDBACK_REQUIRED, recordIncomingReferralSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * Who sent the client, recorded in the dossier when the desk did not (or could not) at intake.
 * Feedback to that referrer is only promised with the client's consent, recorded with its date.
 */
export const recordIncomingReferral = defineUseCase({
  name: "referrals.recordIncomingReferral",
  roles: CASE_ROLES,
  input: recordIncomingReferralSchema,
  run: async (actor, input, { now }): Promise<Result<{ referralId: string | null }>> => {
    if (input.feedbackRequested && !input.consent)
      return refuse(CONSENT_TO_FEEDBACK_REQUIRED, { consent: [CONSENT_TO_FEEDBACK_REQUIRED] });
    const referralId = await db.$transaction(async (tx) => {
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) throw new Refusal(CASE_NOT_FOUND);
      // "On own initiative" is the absence of a referrer: there is nothing to store.
      if (input.partnerId === null) return null;
      if (dossier.status === "CLOSED") throw new Refusal(CASE_CLOSED);
      const partner = await tx.partner.findFirst({
        where: { id: input.partnerId, organisationId: actor.organisationId, active: true },
        select: { id: true, name: true },
      });
      if (!partner) throw new Refusal("refusals.referrals.chooseReferrer");
      const existing = await tx.referral.findFirst({
        where: { direction: "IN", partnerId: partner.id, ...(await referralsOfKnownCase(tx, dossier.id)) },
        select: { id: true },
      });
      if (existing) throw new Refusal(message("refusals.referrals.referrerAlreadyRecorded", { partner: partner.name }));

      const consent = input.feedbackRequested
        ? await giveFeedbackConsent(tx, actor, dossier.clientId, partner.name, now)
        : null;
      const referral = await tx.referral.create({
        data: {
          organisationId: actor.organisationId,
          direction: "IN",
          clientId: dossier.clientId,
          caseId: dossier.id,
          partnerId: partner.id,
          feedbackRequested: input.feedbackRequested,
          consentId: consent?.id ?? null,
          createdById: actor.userId,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "referral.create",
          access: "WRITE",
          entityType: "Referral",
          entityId: referral.id,
          clientId: dossier.clientId,
          details: {
            direction: "IN",
            partnerId: partner.id,
            feedbackRequested: input.feedbackRequested,
            consentId: consent?.id ?? null,
          },
        },
        tx,
      );
      return referral.id;
    });
    return ok({ referralId });
  },
});
