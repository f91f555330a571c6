"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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
import { answer, formInput, type FormState } from "@/lib/form-state";
import { logCaseTime } from "@/lib/time/log-case-time";

// Form actions: the posted fields go to the use case, its result comes back as the form's state.

/** Opening a dossier leads to it, with scripts or without. */
export async function openDossierAction(_previous: FormState, form: FormData) {
  const result = await openDossier(await currentActor(), formInput(form, { booleans: ["consent"] }));
  if (!result.ok) return answer(result, form);
  revalidatePath("/dossiers");
  redirect(`/dossiers/${result.value.caseId}`);
}

export async function addCaseNoteAction(_previous: FormState, form: FormData) {
  const result = await addCaseNote(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function editCaseNoteAction(_previous: FormState, form: FormData) {
  const result = await editCaseNote(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function editCaseQuestionAction(_previous: FormState, form: FormData) {
  const result = await editCaseQuestion(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function closeCaseAction(_previous: FormState, form: FormData) {
  const result = await closeCase(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function addObjectionDeadlineAction(_previous: FormState, form: FormData) {
  const result = await addObjectionDeadline(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function addFreeDeadlineAction(_previous: FormState, form: FormData) {
  const result = await addFreeDeadline(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function completeDeadlineAction(_previous: FormState, form: FormData) {
  const result = await completeDeadline(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function logCaseTimeAction(_previous: FormState, form: FormData) {
  const result = await logCaseTime(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

/** A quick contact is logged from the desk's list of visits, and leads back to it. */
export async function logQuickContactAction(_previous: FormState, form: FormData) {
  const result = await logQuickContact(await currentActor(), formInput(form, { lists: ["actions"] }));
  if (!result.ok) return answer(result, form);
  revalidatePath("/balie");
  redirect("/balie");
}

export async function promoteToDossierAction(_previous: FormState, form: FormData) {
  const result = await promoteToDossier(await currentActor(), formInput(form, { booleans: ["consent"] }));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function setCaseWaitingAction(_previous: FormState, form: FormData) {
  const result = await setCaseWaiting(await currentActor(), formInput(form, { booleans: ["waiting"] }));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}
