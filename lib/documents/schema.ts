import { z } from "@/lib/zod";
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, UPLOAD_KINDS } from "./upload-limits";

export const DOCUMENT_EMPTY = "Het bestand is leeg. Kies een ander bestand.";
export const DOCUMENT_MISSING = "Kies een bestand: een PDF of een foto van de brief.";
export const NOT_A_PDF_OR_PHOTO = "Dit bestand is geen PDF of foto. Upload een PDF, JPG of PNG.";
export const DOCUMENT_NOT_FOUND = "Dit document is niet gevonden.";
export const CASE_CLOSED_FOR_DOCUMENTS = "Dit dossier is gesloten. Er kunnen geen documenten meer bij.";

const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

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
  caseId: id("een dossier"),
  kind: z.enum(UPLOAD_KINDS, { error: "Kies wat voor document het is." }).default("CLIENT_LETTER"),
  file: uploadedFile,
});

export const documentRefSchema = z.object({
  caseId: id("een dossier"),
  documentId: id("een document"),
});
