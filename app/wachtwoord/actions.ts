"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originFromHeaders } from "@/lib/audit";
import { setPasswordWithLink } from "@/lib/auth/set-password-with-link";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { translateResult } from "@/lib/i18n/translate-refusal";

/** The link's form: the link authorises (nobody is logged in yet); a password set goes to the login. */
export async function setPasswordWithLinkAction(_previous: FormState, form: FormData) {
  const result = await translateResult(await setPasswordWithLink(formInput(form), originFromHeaders(await headers())));
  if (!result.ok) return answer(result, form);
  redirect("/login?wachtwoord=ingesteld");
}
