"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import type { Result } from "@/lib/result";
import { deactivateUser, endUserSessions, reactivateUser, setUserPassword } from "@/lib/users/manage-user";

// Thin wrappers: each use case authorises (admin, own organisation), validates and answers in Dutch.

function refreshed<T>(result: Result<T>, form: FormData): FormState<T> {
  if (result.ok) revalidatePath("/beheer", "layout");
  return answer(result, form);
}

export async function deactivateUserAction(_previous: FormState, form: FormData) {
  return refreshed(await deactivateUser(await currentActor(), formInput(form)), form);
}

export async function reactivateUserAction(_previous: FormState, form: FormData) {
  return refreshed(await reactivateUser(await currentActor(), formInput(form)), form);
}

export async function endUserSessionsAction(_previous: FormState, form: FormData) {
  return refreshed(await endUserSessions(await currentActor(), formInput(form)), form);
}

/** The new password goes to the use case only; the form's answer never carries it back (form-state.ts). */
export async function setUserPasswordAction(_previous: FormState, form: FormData) {
  return refreshed(await setUserPassword(await currentActor(), formInput(form)), form);
}
