"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { addBenefitItem } from "@/lib/costs/add-benefit-item";
import { recordStoryConsent } from "@/lib/costs/record-story-consent";
import { removeBenefitItem } from "@/lib/costs/remove-benefit-item";
import { answer, formInput, type FormState } from "@/lib/form-state";

export async function addBenefitItemAction(_previous: FormState, form: FormData) {
  const result = await addBenefitItem(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function removeBenefitItemAction(_previous: FormState, form: FormData) {
  const result = await removeBenefitItem(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

/** The box says whether the client gives consent now: unticked is a withdrawal. */
export async function recordStoryConsentAction(_previous: FormState, form: FormData) {
  const result = await recordStoryConsent(await currentActor(), formInput(form, { booleans: ["given"] }));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}
