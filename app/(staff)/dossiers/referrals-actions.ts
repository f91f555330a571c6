"use server";

import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { recordIncomingReferral } from "@/lib/referrals/record-incoming-referral";
import { referOut } from "@/lib/referrals/refer-out";
import { requestFeedback } from "@/lib/referrals/request-feedback";
import { updateReferralStatus } from "@/lib/referrals/update-referral-status";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: a referral shows in the dossier and on the feedback list.

const SHOWN = ["/dossiers", "/terugkoppeling"];

export const referOutAction = formAction(referOut, { input: { booleans: ["consent"] }, revalidate: SHOWN });
export const updateReferralStatusAction = formAction(updateReferralStatus, { revalidate: SHOWN });
export const recordIncomingReferralAction = formAction(recordIncomingReferral, {
  input: { booleans: ["feedbackRequested", "consent"], blankAsNull: ["partnerId"] },
  revalidate: SHOWN,
});
export const requestFeedbackAction = formAction(requestFeedback, {
  input: { booleans: ["consent"] },
  revalidate: SHOWN,
});
export const markFeedbackGivenAction = formAction(markFeedbackGiven, { revalidate: SHOWN });
