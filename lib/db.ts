import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per server process; in `next dev` modules reload, so keep it on globalThis.
// The pool connects on the first query, not here: `next build` imports this module without a
// database (scripts/serve.ts always sets DATABASE_URL before the server starts).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// Prisma's defaults (2 s to get a connection, 5 s per transaction) fail honest work when a busy
// desk, a report and a generation run share a small pool; these still end a stuck transaction.
export const db: PrismaClient =
  globalForPrisma.prisma ??
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }),
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
