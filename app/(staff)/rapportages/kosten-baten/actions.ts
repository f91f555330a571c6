"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { setCostRate } from "@/lib/costs/set-cost-rate";

export async function setCostRateAction(input: unknown) {
  const result = await setCostRate(await currentActor(), input);
  if (result.ok) revalidatePath("/rapportages/kosten-baten");
  return result;
}
