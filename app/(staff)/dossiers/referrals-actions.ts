"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { markFeedbackGiven } from "@/lib/referrals/mark-feedback-given";
import { recordIncomingReferral } from "@/lib/referrals/record-incoming-referral";
import { referOut } from "@/lib/referrals/refer-out";
import { requestFeedback } from "@/lib/referrals/request-feedback";
import { updateReferralStatus } from "@/lib/referrals/update-referral-status";

function revalidate() {
  revalidatePath("/dossiers");
  revalidatePath("/terugkoppeling");
}

export async function referOutAction(_previous: FormState, form: FormData) {
  const result = await referOut(await currentActor(), formInput(form, { booleans: ["consent"] }));
  if (result.ok) revalidate();
  return answer(result, form);
}

export async function updateReferralStatusAction(_previous: FormState, form: FormData) {
  const result = await updateReferralStatus(await currentActor(), formInput(form));
  if (result.ok) revalidate();
  return answer(result, form);
}

export async function recordIncomingReferralAction(_previous: FormState, form: FormData) {
  const result = await recordIncomingReferral(await currentActor(), formInput(form, { booleans: ["feedbackRequested", "consent"], blankAsNull: ["partnerId"] }));
  if (result.ok) revalidate();
  return answer(result, form);
}

export async function requestFeedbackAction(_previous: FormState, form: FormData) {
  const result = await requestFeedback(await currentActor(), formInput(form, { booleans: ["consent"] }));
  if (result.ok) revalidate();
  return answer(result, form);
}

export async function markFeedbackGivenAction(_previous: FormState, form: FormData) {
  const result = await markFeedbackGiven(await currentActor(), formInput(form));
  if (result.ok) revalidate();
  return answer(result, form);
}
