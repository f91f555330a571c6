"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { logInWithPassword } from "@/lib/auth/log-in";
import { logOut } from "@/lib/auth/log-out";
import { answer, formInput, type FormState } from "@/lib/form-state";

/** The login form: a refusal comes back in Dutch (never the password); a success goes on. */
export async function logInAction(_previous: FormState, form: FormData) {
  const result = await logInWithPassword(formInput(form), originFromHeaders(await headers()));
  if (!result.ok) return answer(result, form);
  redirect(result.path);
}

/** The logout button's form: it sends no fields, so that it works before the page's scripts have loaded. */
export async function logOutAction(): Promise<void> {
  await logOut();
  redirect("/login");
}
