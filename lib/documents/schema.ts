import { recordId, z } from "@/lib/zod";
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, UPLOAD_KINDS } from "./upload-limits";

export const DOCUMENT_EMPTY = "refusals.documents.empty";
export const DOCUMENT_MISSING = "refusals.documents.missing";
export const NOT_A_PDF_OR_PHOTO = "refusals.documents.notPdfOrPhoto";
export const DOCUMENT_NOT_FOUND = "refusals.documents.notFound";
export const CASE_CLOSED_FOR_DOCUMENTS = "refusals.documents.caseClosed";

// A Blob's size is known without reading it, so an oversized upload is refused before its bytes
// are copied into memory. A form with no file chosen still sends an empty, nameless File.
const uploadedFile = z
  .custom<Blob>((value) => value instanceof Blob, { error: DOCUMENT_MISSING })
  .superRefine((file, context) => {
    if (file.size === 0)
      context.addIssue({
        code: "custom",
        message: file instanceof File && file.name === "" ? DOCUMENT_MISSING : DOCUMENT_EMPTY,
      });
    else if (file.size > MAX_DOCUMENT_BYTES) context.addIssue({ code: "custom", message: DOCUMENT_TOO_LARGE });
  });

export const uploadDocumentSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  kind: z.enum(UPLOAD_KINDS, { error: "refusals.documents.chooseKind" }).default("CLIENT_LETTER"),
  file: uploadedFile,
});

export const documentRefSchema = z.object({
  caseId: recordId("refusals.choose.case"),
  documentId: recordId("refusals.choose.document"),
});
