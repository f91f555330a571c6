"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { recordIncomingReferral } from "@/lib/referrals/record-incoming-referral";
import { referOut } from "@/lib/referrals/refer-out";
import { requestFeedback } from "@/lib/referrals/request-feedback";
import { updateReferralStatus } from "@/lib/referrals/update-referral-status";

function revalidate() {
  revalidatePath("/dossiers");
  revalidatePath("/terugkoppeling");
}

export async function referOutAction(input: unknown) {
  const result = await referOut(await currentActor(), input);
  if (result.ok) revalidate();
  return result;
}

export async function updateReferralStatusAction(input: unknown) {
  const result = await updateReferralStatus(await currentActor(), input);
  if (result.ok) revalidate();
  return result;
}

export async function recordIncomingReferralAction(input: unknown) {
  const result = await recordIncomingReferral(await currentActor(), input);
  if (result.ok) revalidate();
  return result;
}

export async function requestFeedbackAction(input: unknown) {
  const result = await requestFeedback(await currentActor(), input);
  if (result.ok) revalidate();
  return result;
}

export async function markFeedbackGivenAction(input: unknown) {
  const result = await markFeedbackGiven(await currentActor(), input);
  if (result.ok) revalidate();
  return result;
}
