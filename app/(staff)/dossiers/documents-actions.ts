"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { deleteDocument } from "@/lib/documents/delete-document";
import { uploadDocument } from "@/lib/documents/upload-document";

/** The form posts multipart data so the file travels as bytes; anything else is refused by the schema. */
export async function uploadDocumentAction(formData: FormData) {
  const input = formData instanceof FormData ? { caseId: formData.get("caseId"), kind: formData.get("kind") ?? undefined, file: formData.get("file"), submissionId: formData.get("submissionId") } : {};
  const result = await uploadDocument(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}

export async function deleteDocumentAction(input: unknown) {
  const result = await deleteDocument(await currentActor(), input);
  if (result.ok) revalidatePath("/dossiers");
  return result;
}
