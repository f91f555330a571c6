"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import type { Result } from "@/lib/result";
import { deactivateUser, endUserSessions, reactivateUser, setUserPassword } from "@/lib/users/manage-user";

// Thin wrappers: each use case authorises (admin, own organisation), validates and answers in Dutch.

function refreshed<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath("/beheer", "layout");
  return result;
}

export async function deactivateUserAction(input: unknown) {
  return refreshed(await deactivateUser(await currentActor(), input));
}

export async function reactivateUserAction(input: unknown) {
  return refreshed(await reactivateUser(await currentActor(), input));
}

export async function endUserSessionsAction(input: unknown) {
  return refreshed(await endUserSessions(await currentActor(), input));
}

export async function setUserPasswordAction(input: unknown) {
  return refreshed(await setUserPassword(await currentActor(), input));
}
