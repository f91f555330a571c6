"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent";
import { eraseClient } from "@/lib/privacy/erase-client";
import { setRetentionMonths } from "@/lib/privacy/set-retention";
import type { Result } from "@/lib/result";

// Thin wrappers: each use case authorises, validates and answers in Dutch itself.

function refreshed<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath("/beheer/privacy", "layout");
  return result;
}

export async function setRetentionMonthsAction(input: unknown) {
  return refreshed(await setRetentionMonths(await currentActor(), input));
}

export async function recordConsentAction(input: unknown) {
  return refreshed(await recordConsent(await currentActor(), input));
}

export async function withdrawConsentAction(input: unknown) {
  return refreshed(await withdrawConsent(await currentActor(), input));
}

export async function eraseClientAction(input: unknown) {
  return refreshed(await eraseClient(await currentActor(), input));
}
