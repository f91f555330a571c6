"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { draftLetter } from "@/lib/letters/draft-letter";
import { saveLetter } from "@/lib/letters/save-letter";

export async function draftLetterAction(input: unknown) {
  return draftLetter(await currentActor(), input);
}

export async function saveLetterAction(input: unknown) {
  const result = await saveLetter(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}
