"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { logOwnHours } from "@/lib/time/log-own-hours";

export async function logOwnHoursAction(_previous: FormState, form: FormData) {
  const result = await logOwnHours(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/uren");
  return answer(result, form);
}

export async function correctTimeEntryAction(_previous: FormState, form: FormData) {
  const result = await correctTimeEntry(await currentActor(), formInput(form));
  if (result.ok) {
    revalidatePath("/uren");
    revalidatePath("/dossiers");
  }
  return answer(result, form);
}
