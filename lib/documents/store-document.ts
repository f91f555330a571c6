import { createHash, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { displayFileName, extensionOf } from "./file-name";
import { documentStorage } from "./storage";

export type StoreDocumentInput = {
  caseId: string;
  clientId: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
};

/**
 * Writes the bytes and their metadata in the caller's transaction, and audits the write. The
 * caller has already found the case through readableCases (and so knows its clientId): this
 * function checks no access itself. Generated letters are stored through here.
 */
export async function storeDocument(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: StoreDocumentInput,
): Promise<{ documentId: string }> {
  return writeDocument(
    tx,
    actor,
    { ...input, fileName: displayFileName(input.fileName, extensionOf(input.fileName)) },
    "document.store",
  );
}

/** Shared by storeDocument and an advisor's upload; `fileName` is already the display name. */
export async function writeDocument(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: StoreDocumentInput,
  action: "document.store" | "document.upload",
): Promise<{ documentId: string }> {
  const storage = documentStorage();
  const storageKey = `${storage.scheme}:${randomUUID()}`;
  await storage.put(storageKey, input.bytes, tx);
  const document = await tx.document.create({
    data: {
      organisationId: actor.organisationId,
      caseId: input.caseId,
      kind: input.kind,
      fileName: input.fileName,
      contentType: input.contentType,
      sizeBytes: input.bytes.byteLength,
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      storageKey,
      uploadedById: actor.userId,
    },
    select: { id: true },
  });
  await recordAudit(
    {
      actor,
      action,
      access: "WRITE",
      entityType: "Document",
      entityId: document.id,
      clientId: input.clientId,
      details: {
        caseId: input.caseId,
        kind: input.kind,
        contentType: input.contentType,
        sizeBytes: input.bytes.byteLength,
      },
    },
    tx,
  );
  return { documentId: document.id };
}

/**
 * New bytes for a generated document (a letter revised or approved), in the caller's transaction:
 * the old bytes go, the metadata follows. The row is locked first, so a removal or an erasure at
 * the same moment either waits for this or makes it answer false: removed bytes never come back.
 * The caller audits why; access is checked by the caller.
 */
export async function replaceDocumentBytes(
  tx: Prisma.TransactionClient,
  documentId: string,
  bytes: Uint8Array,
): Promise<boolean> {
  const [current] = await tx.$queryRaw<{ storageKey: string }[]>`
    SELECT "storageKey" FROM "Document" WHERE "id" = ${documentId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (!current) return false;
  const storage = documentStorage();
  const storageKey = `${storage.scheme}:${randomUUID()}`;
  await storage.put(storageKey, bytes, tx);
  await tx.document.update({
    where: { id: documentId },
    data: { storageKey, sizeBytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") },
  });
  await storage.remove(current.storageKey, tx);
  return true;
}
