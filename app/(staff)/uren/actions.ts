"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { logOwnHours } from "@/lib/time/log-own-hours";

export async function logOwnHoursAction(input: unknown) {
  const result = await logOwnHours(await currentActor(), input);
  if (result.ok) revalidatePath("/uren");
  return result;
}

export async function correctTimeEntryAction(input: unknown) {
  const result = await correctTimeEntry(await currentActor(), input);
  if (result.ok) {
    revalidatePath("/uren");
    revalidatePath("/dossiers");
  }
  return result;
}
