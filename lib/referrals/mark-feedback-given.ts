import { message } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { mailConfigured } from "@/lib/mail/send-mail";
import { sendReferrerFeedback } from "@/lib/partner-links/feedback-mail";
import { notHandedOver } from "@/lib/reminders/queue";
import { ok, Refusal, refuse, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { readableReferrals, REFERRAL_CHANGED_MEANWHILE, REFERRAL_NOT_FOUND } from "./access";
import { markFeedbackGivenSchema } from "./schema";
import { CASE_ROLES } from "@/lib/auth/policy";
import { errorCodeOf, logError } from "@/lib/log-error";

const FEEDBACK_TEXT_REQUIRED = "refusals.referrals.feedbackTextRequired";

type Claimed = {
  referralId: string;
  clientId: string;
  mail: { to: string; referrerName: string | null; linkLabel: string | null; visitDay: Date; text: string } | null;
};

/**
 * What the referrer hears comes from the dossier, so only an advisor who may read the dossier gives
 * it and marks it given; the coordinator only sees how much is still owed (listFeedbackOwed).
 * A referral that came through a partner's link names the worker's e-mail address: then the
 * advisor writes the feedback here and it is mailed to the worker, while the client's consent
 * stands. The text is not stored: the mail is the feedback, the dossier keeps what the advisor
 * did, and the audit says that it was mailed. An advisor who told the worker another way (by
 * phone, or while the mail is off) says so (`givenOtherwise`) and nothing is mailed.
 *
 * The mail never goes out inside a transaction (a slow mail server would hold the rows, and a
 * rollback cannot take back a mail that went). Instead, as the reminders do (lib/reminders/queue.ts):
 * 1. one transaction checks the consent while holding it (a withdrawal waits, or is seen), claims
 *    the referral (feedbackGivenAt set where it is still empty: of two submits one wins, so one
 *    mail) and audits it as mailed; then
 * 2. the mail goes out; when the mail server clearly refused it (it never took it), a second
 *    transaction takes the claim back, so the feedback is still owed. When it is unclear (a timeout,
 *    a broken connection) the mail may have gone: it stays given and the advisor hears so.
 */
export const markFeedbackGiven = defineUseCase({
  name: "referrals.markFeedbackGiven",
  roles: CASE_ROLES,
  input: markFeedbackGivenSchema,
  run: async (actor, input, { now }): Promise<Result<void>> => {
    const claimed = await db.$transaction(async (tx): Promise<Claimed> => {
      const referral = await tx.referral.findFirst({
        where: { ...readableReferrals(actor), id: input.referralId, direction: "IN" },
        select: {
          id: true,
          clientId: true,
          consentId: true,
          feedbackRequested: true,
          feedbackGivenAt: true,
          referrerName: true,
          referrerEmail: true,
          createdAt: true,
          partnerLink: { select: { label: true } },
          visit: { select: { plannedStartsAt: true, arrivedAt: true } },
        },
      });
      if (!referral) throw new Refusal(REFERRAL_NOT_FOUND);
      if (referral.feedbackGivenAt)
        throw new Refusal(message("refusals.referrals.feedbackAlreadyGiven", { day: referral.feedbackGivenAt }));
      if (!referral.feedbackRequested) throw new Refusal("refusals.referrals.noFeedbackAgreed");
      // Held until this transaction ends: a withdrawal of the consent waits for the claim, or the
      // claim sees the withdrawal.
      const consent = referral.consentId
        ? await tx.$queryRaw<{ purpose: string; withdrawnAt: Date | null }[]>`
            SELECT "purpose", "withdrawnAt" FROM "Consent" WHERE "id" = ${referral.consentId} FOR SHARE`
        : [];
      if (consent[0]?.purpose !== "REFERRER_FEEDBACK" || consent[0].withdrawnAt) {
        throw new Refusal("refusals.referrals.noFeedbackConsent");
      }
      const mailTo = input.givenOtherwise ? null : referral.referrerEmail;
      if (mailTo && !input.feedback) throw new Refusal(FEEDBACK_TEXT_REQUIRED, { feedback: [FEEDBACK_TEXT_REQUIRED] });
      if (mailTo && !mailConfigured()) throw new Refusal("refusals.referrals.feedbackMailOff");
      // The claim: of two submits at once exactly one sets it, so exactly one mail goes out.
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
          ...(mailTo ? { details: { mailedToReferrer: true } } : {}),
        },
        tx,
      );
      return {
        referralId: referral.id,
        clientId: referral.clientId,
        mail:
          mailTo && input.feedback
            ? {
                to: mailTo,
                referrerName: referral.referrerName,
                linkLabel: referral.partnerLink?.label ?? null,
                visitDay: referral.visit?.arrivedAt ?? referral.visit?.plannedStartsAt ?? referral.createdAt,
                text: input.feedback,
              }
            : null,
      };
    });
    if (!claimed.mail) return ok();

    try {
      await sendReferrerFeedback(claimed.mail);
      return ok();
    } catch (error) {
      logError(`Feedback for referral ${claimed.referralId} not sent`, error);
      if (!notHandedOver(error)) {
        // It may have reached the worker: it stays given, and the advisor should not just send it again.
        return refuse("refusals.referrals.feedbackMailUncertain");
      }
      await unclaim(actor, claimed, now, errorCodeOf(error));
      return refuse("refusals.referrals.feedbackMailFailed");
    }
  },
});

/**
 * The mail server refused the mail: the feedback is owed again. Only the claim this submit made is
 * taken back (feedbackGivenAt still the moment it set); the audit keeps both the claim and why it
 * was taken back.
 */
async function unclaim(actor: Actor, claimed: Claimed, claimedAt: Date, errorCode: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.referral.updateMany({
      where: { id: claimed.referralId, feedbackGivenAt: claimedAt },
      data: { feedbackGivenAt: null },
    });
    await recordAudit(
      {
        actor,
        action: "referral.feedback_mail_failed",
        access: "WRITE",
        entityType: "Referral",
        entityId: claimed.referralId,
        clientId: claimed.clientId,
        details: { errorCode, stillOwed: count === 1 },
      },
      tx,
    );
  });
}
