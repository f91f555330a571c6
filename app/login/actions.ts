"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { logInWithPassword } from "@/lib/auth/log-in";
import { logOut } from "@/lib/auth/log-out";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { translateResult } from "@/lib/i18n/translate-refusal";

/** The login form: a refusal comes back in the reader's language (never the password); a success goes on. */
export async function logInAction(_previous: FormState, form: FormData) {
  const result = await translateResult(await logInWithPassword(formInput(form), originFromHeaders(await headers())));
  if (!result.ok) return answer(result, form);
  redirect(result.value);
}

/** The logout button's form: it sends no fields, so that it works before the page's scripts have loaded. */
export async function logOutAction(): Promise<void> {
  await logOut();
  redirect("/login");
}
