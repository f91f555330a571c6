"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { answer, type FormState } from "@/lib/form-state";
import { draftLetter } from "@/lib/letters/draft-letter";
import { letterInput } from "@/lib/letters/letter-form";
import { saveLetter } from "@/lib/letters/save-letter";

export async function draftLetterAction(_previous: FormState, form: FormData) {
  return answer(await draftLetter(await currentActor(), letterInput(form)), form);
}

export async function saveLetterAction(_previous: FormState, form: FormData) {
  const result = await saveLetter(await currentActor(), letterInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}
