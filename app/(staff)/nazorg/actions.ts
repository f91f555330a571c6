"use server";

import { revalidatePath } from "next/cache";
import { completeAftercareTask } from "@/lib/aftercare/complete-aftercare-task";
import { createAftercareTask } from "@/lib/aftercare/create-aftercare-task";
import { currentActor } from "@/lib/auth/session";

export async function createAftercareTaskAction(input: unknown) {
  const result = await createAftercareTask(await currentActor(), input);
  if (result.ok) {
    revalidatePath("/nazorg");
    revalidatePath("/dossiers");
  }
  return result;
}

export async function completeAftercareTaskAction(input: unknown) {
  const result = await completeAftercareTask(await currentActor(), input);
  if (result.ok) {
    revalidatePath("/nazorg");
    revalidatePath("/dossiers");
    revalidatePath("/uren");
  }
  return result;
}
