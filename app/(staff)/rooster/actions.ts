"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import type { Result } from "@/lib/result";
import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";

// Thin wrappers: each use case authorises, validates and answers in Dutch itself. Fields named
// "…Ids" (checkbox groups) arrive as lists (formInput).

function refreshed<T>(result: Result<T>, form: FormData): FormState<T> {
  if (result.ok) revalidatePath("/rooster");
  return answer(result, form);
}

export async function generateSessionsAction(_previous: FormState, form: FormData) {
  return refreshed(await generateSessions(await currentActor(), formInput(form)), form);
}

export async function createConsultationHourAction(_previous: FormState, form: FormData) {
  return refreshed(await createConsultationHour(await currentActor(), formInput(form)), form);
}

export async function updateConsultationHourAction(_previous: FormState, form: FormData) {
  return refreshed(await updateConsultationHour(await currentActor(), formInput(form)), form);
}

export async function cancelSessionAction(_previous: FormState, form: FormData) {
  return refreshed(await cancelSession(await currentActor(), formInput(form)), form);
}

export async function addExtraSessionAction(_previous: FormState, form: FormData) {
  return refreshed(await addExtraSession(await currentActor(), formInput(form)), form);
}

export async function staffSessionAction(_previous: FormState, form: FormData) {
  return refreshed(await staffSession(await currentActor(), formInput(form)), form);
}

export async function removeStaffAction(_previous: FormState, form: FormData) {
  return refreshed(await removeStaff(await currentActor(), formInput(form)), form);
}
