"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent";
import { eraseClient } from "@/lib/privacy/erase-client";
import { setRetentionMonths } from "@/lib/privacy/set-retention";
import type { Result } from "@/lib/result";

// Thin wrappers: each use case authorises, validates and answers in Dutch itself.

function refreshed<T>(result: Result<T>, form: FormData): FormState<T> {
  if (result.ok) revalidatePath("/beheer/privacy", "layout");
  return answer(result, form);
}

export async function setRetentionMonthsAction(_previous: FormState, form: FormData) {
  return refreshed(await setRetentionMonths(await currentActor(), formInput(form)), form);
}

export async function recordConsentAction(_previous: FormState, form: FormData) {
  return refreshed(await recordConsent(await currentActor(), formInput(form)), form);
}

export async function withdrawConsentAction(_previous: FormState, form: FormData) {
  return refreshed(await withdrawConsent(await currentActor(), formInput(form)), form);
}

export async function eraseClientAction(_previous: FormState, form: FormData) {
  return refreshed(await eraseClient(await currentActor(), formInput(form)), form);
}
