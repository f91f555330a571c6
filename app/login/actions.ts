"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { logInWithPassword } from "@/lib/auth/log-in";
import { answer, formInput, type FormState } from "@/lib/form-state";

/** The login form: a refusal comes back in Dutch (never the password); a success goes on. */
export async function logInAction(_previous: FormState, form: FormData) {
  const result = await logInWithPassword(formInput(form), originFromHeaders(await headers()));
  if (!result.ok) return answer(result, form);
  redirect(result.path);
}
