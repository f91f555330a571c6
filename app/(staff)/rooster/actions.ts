"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import type { Result } from "@/lib/result";
import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";

// Thin wrappers: each use case authorises, validates and answers in Dutch itself.

/** A form as plain input; fields named "…Ids" (checkbox groups) are lists, the rest single values. */
function formInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) input[key] = key.endsWith("Ids") ? form.getAll(key) : form.get(key);
  return input;
}

function refreshed<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath("/rooster");
  return result;
}

export async function generateSessionsAction(form: FormData) {
  return refreshed(await generateSessions(await currentActor(), formInput(form)));
}

export async function createConsultationHourAction(form: FormData) {
  return refreshed(await createConsultationHour(await currentActor(), formInput(form)));
}

export async function updateConsultationHourAction(form: FormData) {
  return refreshed(await updateConsultationHour(await currentActor(), formInput(form)));
}

export async function cancelSessionAction(form: FormData) {
  return refreshed(await cancelSession(await currentActor(), formInput(form)));
}

export async function addExtraSessionAction(form: FormData) {
  return refreshed(await addExtraSession(await currentActor(), formInput(form)));
}

export async function staffSessionAction(form: FormData) {
  return refreshed(await staffSession(await currentActor(), formInput(form)));
}

export async function removeStaffAction(form: FormData) {
  return refreshed(await removeStaff(await currentActor(), formInput(form)));
}
