import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { keptPlanName } from "@/lib/kept-plan";
import { withClockStamps } from "@/lib/clock-stamps";

// One client per server process; in `next dev` modules reload, so keep it on globalThis.
// The pool connects on the first query, not here: `next build` imports this module without a
// database (scripts/serve.ts always sets DATABASE_URL before the server starts).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The benchmark (scripts/bench.ts) counts the queries of each request and replays their SQL
 * without the app; with this flag every query is written to stdout as one JSON line. Off by
 * default: the line holds the query's parameters, which can be personal data.
 */
const LOG_QUERIES = process.env.SPREEKUUR_LOG_QUERIES === "1";
const QUERY_LOG_PREFIX = "[spreekuur:query] ";

function createClient(): PrismaClient {
  // Prisma's defaults (2 s to get a connection, 5 s per transaction) fail honest work when a busy
  // desk, a report and a generation run share a small pool; these still end a stuck transaction.
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }, { statementNameGenerator: keptPlanName }),
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
    ...(LOG_QUERIES ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
  });
  if (LOG_QUERIES) {
    const events = client as unknown as {
      $on(event: "query", listener: (event: { query: string; params: string; duration: number }) => void): void;
    };
    events.$on("query", (event) =>
      process.stdout.write(
        `${QUERY_LOG_PREFIX}${JSON.stringify({ query: event.query, params: event.params, duration: event.duration })}\n`,
      ),
    );
  }
  return withClockStamps(client);
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
