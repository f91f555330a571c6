"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { closeCase } from "@/lib/cases/close-case";
import { editCaseNote } from "@/lib/cases/edit-case-note";
import { editCaseQuestion } from "@/lib/cases/edit-case-question";
import { logQuickContact } from "@/lib/cases/log-quick-contact";
import { openDossier } from "@/lib/cases/open-dossier";
import { promoteToDossier } from "@/lib/cases/promote-to-dossier";
import { setCaseWaiting } from "@/lib/cases/set-case-waiting";
import { addFreeDeadline, addObjectionDeadline, completeDeadline } from "@/lib/deadlines/add-deadline";
import { logCaseTime } from "@/lib/time/log-case-time";

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

export async function editCaseNoteAction(input: unknown) {
  const result = await editCaseNote(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function editCaseQuestionAction(input: unknown) {
  const result = await editCaseQuestion(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function closeCaseAction(input: unknown) {
  const result = await closeCase(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function addObjectionDeadlineAction(input: unknown) {
  const result = await addObjectionDeadline(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function addFreeDeadlineAction(input: unknown) {
  const result = await addFreeDeadline(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function completeDeadlineAction(input: unknown) {
  const result = await completeDeadline(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function logCaseTimeAction(input: unknown) {
  const result = await logCaseTime(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function logQuickContactAction(input: unknown) {
  const result = await logQuickContact(await currentActor(), input);
  if (result.ok) revalidatePath("/balie");
  return result;
}

export async function promoteToDossierAction(input: unknown) {
  const result = await promoteToDossier(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function setCaseWaitingAction(input: unknown) {
  const result = await setCaseWaiting(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}
