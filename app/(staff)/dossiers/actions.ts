"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { closeCase } from "@/lib/cases/close-case";
import { openDossier } from "@/lib/cases/open-dossier";

export async function openDossierAction(input: unknown) {
  const result = await openDossier(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function addCaseNoteAction(input: unknown) {
  const result = await addCaseNote(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function closeCaseAction(input: unknown) {
  const result = await closeCase(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}
