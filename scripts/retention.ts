// The retention job by hand: anonymises clients whose last contact is older than their
// organisation's retention period (lib/privacy/retention.ts). `--dry-run` only reports.
//
//   npm run retention [-- --dry-run]      (DATABASE_URL, or the embedded PostgreSQL in .data/postgres)
import { logError } from "../lib/log-error";
import { resolveDatabase } from "./embedded-db";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  const database = await resolveDatabase();
  // lib/db reads DATABASE_URL when it is first imported: set it before.
  process.env.DATABASE_URL = database.url;
  const { applyRetention, describeRetention } = await import("../lib/privacy/retention");
  const { JOB_LOCKS, withJobLock } = await import("../lib/jobs/lock");
  const { db } = await import("../lib/db");
  try {
    const report = await withJobLock(JOB_LOCKS.retention, () => applyRetention({ dryRun }));
    console.log(
      report ? describeRetention(report) : "[retention] overgeslagen: een ander proces voert de bewaartermijn al uit.",
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

// Exit explicitly with the outcome: a connection or timer left open must not keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    logError("[retention] stopped", error);
    process.exit(1);
  },
);
