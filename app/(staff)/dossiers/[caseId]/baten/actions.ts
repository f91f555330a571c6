"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { addBenefitItem } from "@/lib/costs/add-benefit-item";
import { recordStoryConsent } from "@/lib/costs/record-story-consent";
import { removeBenefitItem } from "@/lib/costs/remove-benefit-item";

export async function addBenefitItemAction(input: unknown) {
  const result = await addBenefitItem(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function removeBenefitItemAction(input: unknown) {
  const result = await removeBenefitItem(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function recordStoryConsentAction(input: unknown) {
  const result = await recordStoryConsent(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}
