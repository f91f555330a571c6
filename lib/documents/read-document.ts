import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { recordIdFromUrl } from "@/lib/record-id";
import { documentRefSchema } from "./schema";
import { documentStorage } from "./storage";

const NUL = "\u0000";

export type DocumentFile = { fileName: string; contentType: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * The bytes of one document, only from a case the advisor may read. Every attempt is audited,
 * also a refused one, so looking for other people's letters shows up in the log as well.
 * Throws AccessDenied for a role that never reads dossiers (as readableCases does).
 */
export async function readDocument(
  actor: Actor | null,
  input: { caseId: string; documentId: string },
): Promise<DocumentFile | null> {
  const cases = readableCases(actor);
  const advisor = actor as Actor;
  const parsed = documentRefSchema.safeParse(input);
  // A forged address can carry a NUL byte, which PostgreSQL can neither compare nor store: such an
  // id names no document, and the audit keeps what was asked without it.
  const ref = parsed.success && !`${parsed.data.caseId}${parsed.data.documentId}`.includes(NUL) ? parsed.data : null;
  const document = ref
    ? await db.document.findFirst({
        where: {
          id: ref.documentId,
          caseId: ref.caseId,
          organisationId: advisor.organisationId,
          deletedAt: null,
          case: cases,
        },
        select: { fileName: true, contentType: true, storageKey: true, case: { select: { clientId: true } } },
      })
    : null;
  const bytes = document ? await documentStorage().get(document.storageKey) : null;
  // Metadata without bytes means the store lost them: worth an alarm, but to the reader it is gone.
  if (document && !bytes) console.error(`[documents.readDocument] no content for storage key ${document.storageKey}`);
  await recordAudit({
    actor: advisor,
    action: bytes ? "document.read" : "document.read_refused",
    access: "READ",
    entityType: "Document",
    entityId: recordIdFromUrl(input.documentId),
    clientId: document?.case.clientId,
    details: { caseId: recordIdFromUrl(input.caseId) },
  });
  return document && bytes ? { fileName: document.fileName, contentType: document.contentType, bytes } : null;
}
