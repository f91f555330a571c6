"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { createPartner } from "@/lib/partners/create-partner";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import type { Result } from "@/lib/result";

// Thin wrappers: each use case authorises, validates and answers in Dutch itself.

function refreshed<T>(result: Result<T>, form: FormData): FormState<T> {
  // "layout": the map and every partner's own page below it show the change.
  if (result.ok) revalidatePath("/sociale-kaart", "layout");
  return answer(result, form);
}

/** The partner form: "in the library" is a box, the legal domains a group of boxes. */
const PARTNER_FORM = { booleans: ["inLibrary"], lists: ["legalDomainIds"] };

export async function createPartnerAction(_previous: FormState, form: FormData) {
  return refreshed(await createPartner(await currentActor(), formInput(form, PARTNER_FORM)), form);
}

export async function updatePartnerAction(_previous: FormState, form: FormData) {
  return refreshed(await updatePartner(await currentActor(), formInput(form, PARTNER_FORM)), form);
}

export async function deactivatePartnerAction(_previous: FormState, form: FormData) {
  return refreshed(await deactivatePartner(await currentActor(), formInput(form)), form);
}

export async function reactivatePartnerAction(_previous: FormState, form: FormData) {
  return refreshed(await reactivatePartner(await currentActor(), formInput(form)), form);
}
