"use server";

import { deleteDocument } from "@/lib/documents/delete-document";
import { uploadDocument } from "@/lib/documents/upload-document";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts.

/** The form posts multipart data so the file travels as bytes; anything else is refused by the schema. */
export const uploadDocumentAction = formAction(uploadDocument, { revalidate: "/dossiers" });
export const deleteDocumentAction = formAction(deleteDocument, { revalidate: "/dossiers" });
