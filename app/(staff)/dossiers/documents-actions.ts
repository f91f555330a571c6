"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { deleteDocument } from "@/lib/documents/delete-document";
import { uploadDocument } from "@/lib/documents/upload-document";
import { answer, formInput, type FormState } from "@/lib/form-state";

/** The form posts multipart data so the file travels as bytes; anything else is refused by the schema. */
export async function uploadDocumentAction(_previous: FormState, form: FormData) {
  const result = await uploadDocument(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}

export async function deleteDocumentAction(_previous: FormState, form: FormData) {
  const result = await deleteDocument(await currentActor(), formInput(form));
  if (result.ok) revalidatePath("/dossiers");
  return answer(result, form);
}
