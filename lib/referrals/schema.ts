import type { MessageKey } from "@/lib/i18n/message-key";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { recordId, z } from "@/lib/zod";

export const REFERRAL_STATUSES = ["SENT", "ACCEPTED", "FINISHED", "DID_NOT_ARRIVE"] as const;
const REFERRAL_HANDOVERS = ["WARM", "INFORMATION_ONLY"] as const;

/** sent → accepted → finished; "did not arrive" while sent or accepted; the last two are final. */
export const NEXT_STATUSES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  SENT: ["ACCEPTED", "DID_NOT_ARRIVE"],
  ACCEPTED: ["FINISHED", "DID_NOT_ARRIVE"],
  FINISHED: [],
  DID_NOT_ARRIVE: [],
};

export const CONSENT_TO_SHARE_REQUIRED: MessageKey = "refusals.referrals.consentToShareRequired";
export const CONSENT_TO_FEEDBACK_REQUIRED: MessageKey = "refusals.referrals.consentToFeedbackRequired";

/** A checkbox: only an explicit `true` counts as a yes. */
const checkbox = z.boolean({ error: "refusals.common.chooseYesNo" }).default(false);

const optionalDay = z
  .string({ error: "refusals.common.dayFormat" })
  .trim()
  .max(20, "refusals.common.dayFormat")
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || isCalendarDay(value), "refusals.common.dayDoesNotExist");

export const referOutSchema = z
  .object({
    caseId: recordId("refusals.choose.case"),
    partnerId: recordId("refusals.choose.partnerFromMap"),
    reason: z
      .string({ error: "refusals.referrals.reasonRequired" })
      .trim()
      .min(1, "refusals.referrals.reasonRequired")
      .max(1000, "refusals.common.atMost1000"),
    handover: z.enum(REFERRAL_HANDOVERS, { error: "refusals.referrals.chooseHandover" }),
    followUpOn: optionalDay,
    consent: checkbox,
    /** What the client agreed may be passed on, in the words used with them: the consent's scope. */
    sharedInformation: z
      .string()
      .trim()
      .max(1000, "refusals.common.atMost1000")
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((input) => input.handover !== "WARM" || !input.consent || input.sharedInformation, {
    path: ["sharedInformation"],
    message: "refusals.referrals.sharedInformationRequired",
  });

export const updateReferralStatusSchema = z.object({
  referralId: recordId("refusals.choose.referral"),
  /** The status the advisor saw: a change made on an outdated screen is refused, not applied. */
  from: z.enum(REFERRAL_STATUSES, { error: "refusals.common.reloadPage" }),
  to: z.enum(REFERRAL_STATUSES, { error: "refusals.referrals.chooseStatus" }),
});

export const recordIncomingReferralSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  /** null: the client came on their own initiative, so there is no referrer to record. */
  partnerId: recordId("refusals.choose.referrer").nullable(),
  feedbackRequested: checkbox,
  consent: checkbox,
});

export const requestFeedbackSchema = z.object({
  referralId: recordId("refusals.choose.referral"),
  consent: checkbox,
});

export const markFeedbackGivenSchema = z.object({
  referralId: recordId("refusals.choose.referral"),
  /**
   * What the referrer hears, when the referral came through a partner's link with the worker's
   * e-mail address: mailed to them, not stored (lib/referrals/mark-feedback-given.ts).
   */
  feedback: z
    .string({ error: "refusals.common.atMost1000" })
    .trim()
    .max(1000, "refusals.common.atMost1000")
    .optional()
    .transform((value) => value || undefined),
  /**
   * The advisor told the worker another way (by phone, or while the mail is off): marked given
   * without a mail. Sent by the form's second button as "true".
   */
  givenOtherwise: z
    .union([z.boolean(), z.literal("true")])
    .optional()
    .transform((value) => value === true || value === "true"),
});
