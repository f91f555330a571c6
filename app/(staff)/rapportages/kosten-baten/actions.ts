"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { setCostRate } from "@/lib/costs/set-cost-rate";
import { answer, formInput, type FormState } from "@/lib/form-state";

export async function setCostRateAction(_previous: FormState, form: FormData) {
  const result = await setCostRate(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/rapportages/kosten-baten");
  return answer(result, form);
}
