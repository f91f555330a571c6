"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { createPartner } from "@/lib/partners/create-partner";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import type { Result } from "@/lib/result";

// Thin wrappers: each use case authorises, validates and answers in Dutch itself.

function refreshed<T>(result: Result<T>): Result<T> {
  // "layout": the map and every partner's own page below it show the change.
  if (result.ok) revalidatePath("/sociale-kaart", "layout");
  return result;
}

export async function createPartnerAction(input: unknown) {
  return refreshed(await createPartner(await currentActor(), input));
}

export async function updatePartnerAction(input: unknown) {
  return refreshed(await updatePartner(await currentActor(), input));
}

export async function deactivatePartnerAction(input: unknown) {
  return refreshed(await deactivatePartner(await currentActor(), input));
}

export async function reactivatePartnerAction(input: unknown) {
  return refreshed(await reactivatePartner(await currentActor(), input));
}
