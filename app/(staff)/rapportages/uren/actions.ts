"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { setHoursPlan } from "@/lib/time/hours-plan";

export async function setHoursPlanAction(input: unknown) {
  const result = await setHoursPlan(await currentActor(), input);
  if (result.ok) revalidatePath("/rapportages/uren");
  return result;
}
