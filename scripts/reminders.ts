// The reminder job by hand: puts tomorrow's appointments in the send queue and sends the reminders
// that are due (lib/reminders/), then offers freed half hours to the waiting list
// (lib/waiting-list/). scripts/serve.ts runs it every five minutes while the app runs.
//
//   npm run reminders      (DATABASE_URL, or the embedded PostgreSQL in .data/postgres; SMTP_URL)
import * as nodeModule from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { logError } from "../lib/log-error";
import { resolveDatabase } from "./embedded-db";
import { projectRoot } from "./paths";

/**
 * The mail modules are marked `server-only` (a guard that fails a browser bundle; outside Next.js
 * the package throws unless told it is on the server). This job is the server: the marker resolves
 * to the package's own empty module, as under Next.js and vitest. Nothing else changes.
 */
function markAsServer() {
  const empty = pathToFileURL(path.join(projectRoot, "node_modules/server-only/empty.js")).href;
  // registerHooks (Node 22.15 and later) resolves in the same thread; module.register, deprecated
  // in its favour, is for the Node 22.12 to 22.14 that package.json still allows.
  if (typeof nodeModule.registerHooks === "function") {
    nodeModule.registerHooks({
      resolve: (specifier, context, next) =>
        specifier === "server-only" ? { url: empty, shortCircuit: true } : next(specifier, context),
    });
    return;
  }
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
  }`;
  nodeModule.register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

async function main() {
  markAsServer();
  const database = await resolveDatabase();
  // lib/db reads DATABASE_URL when it is first imported: set it before.
  process.env.DATABASE_URL = database.url;
  const { describeReminders, runReminderJob } = await import("../lib/reminders/job");
  const { JOB_LOCKS, withJobLock } = await import("../lib/jobs/lock");
  const { db } = await import("../lib/db");
  try {
    const report = await withJobLock(JOB_LOCKS.reminders, () => runReminderJob());
    console.log(
      report ? describeReminders(report) : "[reminders] overgeslagen: een ander proces verstuurt de herinneringen al.",
    );
    // A half hour freed by a cancellation at the desk or a no-show goes to the first on the
    // waiting list here, also without a mail server: the desk then calls them.
    const { offerFreedSlots } = await import("../lib/waiting-list/offers");
    const sweep = await offerFreedSlots();
    console.log(`[wachtlijst] ${sweep.offered} aangeboden, ${sweep.mailed} gemaild, ${sweep.expired} verlopen`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

// Exit explicitly with the outcome: a connection or timer left open must not keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    logError("[reminders] stopped", error);
    process.exit(1);
  },
);
