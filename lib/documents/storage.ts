import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient;

/**
 * Where document bytes live. Metadata (Document) always sits in PostgreSQL; the bytes sit behind
 * this interface, so an S3-style store can replace the default without touching the use cases.
 * A store that takes part in the database transaction (the PostgreSQL one) writes atomically
 * with the metadata; an external store must write first and clean up when the transaction fails.
 */
export interface DocumentStorage {
  /** "db", "s3", …: the prefix of every storage key this store hands out. */
  readonly scheme: string;
  put(key: string, bytes: Uint8Array, tx?: Tx): Promise<void>;
  get(key: string): Promise<Uint8Array<ArrayBuffer> | null>;
  remove(key: string, tx?: Tx): Promise<void>;
}

const postgresStorage: DocumentStorage = {
  scheme: "db",
  async put(key, bytes, tx = db) {
    await tx.documentContent.create({ data: { storageKey: key, bytes: Buffer.from(bytes) } });
  },
  async get(key) {
    const row = await db.documentContent.findUnique({ where: { storageKey: key }, select: { bytes: true } });
    return row ? new Uint8Array(row.bytes) : null;
  },
  async remove(key, tx = db) {
    await tx.documentContent.deleteMany({ where: { storageKey: key } });
  },
};

/** The configured store; PostgreSQL unless another one is added and chosen. */
export function documentStorage(): DocumentStorage {
  return postgresStorage;
}
