"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { setHoursPlan } from "@/lib/time/hours-plan";

export async function setHoursPlanAction(_previous: FormState, form: FormData) {
  const result = await setHoursPlan(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/rapportages/uren");
  return answer(result, form);
}
