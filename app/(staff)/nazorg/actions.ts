"use server";

import { revalidatePath } from "next/cache";
import { completeAftercareTask } from "@/lib/aftercare/complete-aftercare-task";
import { createAftercareTask } from "@/lib/aftercare/create-aftercare-task";
import { currentActor } from "@/lib/auth/session";
import { answer, formInput, type FormState } from "@/lib/form-state";

export async function createAftercareTaskAction(_previous: FormState, form: FormData) {
  const result = await createAftercareTask(await currentActor(), formInput(form));
  if (result.ok) {
    revalidatePath("/nazorg");
    revalidatePath("/dossiers");
  }
  return answer(result, form);
}

export async function completeAftercareTaskAction(_previous: FormState, form: FormData) {
  const result = await completeAftercareTask(await currentActor(), formInput(form));
  if (result.ok) {
    revalidatePath("/nazorg");
    revalidatePath("/dossiers");
    revalidatePath("/uren");
  }
  return answer(result, form);
}
