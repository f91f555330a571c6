"use server";

import { addBenefitItem } from "@/lib/costs/add-benefit-item";
import { recordStoryConsent } from "@/lib/costs/record-story-consent";
import { removeBenefitItem } from "@/lib/costs/remove-benefit-item";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts.

export const addBenefitItemAction = formAction(addBenefitItem, { revalidate: "/dossiers" });
export const removeBenefitItemAction = formAction(removeBenefitItem, { revalidate: "/dossiers" });
/** The box says whether the client gives consent now: unticked is a withdrawal. */
export const recordStoryConsentAction = formAction(recordStoryConsent, {
  input: { booleans: ["given"] },
  revalidate: "/dossiers",
});
