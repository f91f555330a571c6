"use server";

import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/audit";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { translateResult } from "@/lib/i18n/translate-refusal";

/** The forgotten-password form: nobody is logged in, so the address is all there is to go on. */
export async function requestPasswordResetAction(_previous: FormState, form: FormData) {
  const result = await requestPasswordReset(formInput(form), originFromHeaders(await headers()));
  return answer(await translateResult(result), form);
}
