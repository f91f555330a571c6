// `next start` in several processes that share one port (node:cluster): one Node.js process
// renders on one core, so a server with more cores serves more with one process per core.
//
//   node scripts/next-cluster.mjs start --port 3000      (SPREEKUUR_INSTANCES, default 1)
//
// The app keeps nothing of its own between requests in memory (sessions live in the cookie,
// attempts, limits and jobs in the database), so it does not matter which process answers.
// Plain JavaScript, not TypeScript through tsx: every process is the server, and nothing of a
// loader should sit between Next.js and its requests.
import cluster from "node:cluster";
import { createRequire } from "node:module";

/** Processes in a row that ended before they ever listened: the build or the port is broken. */
const START_FAILURES = 3;
/** Processes that ended after serving, within a minute, before the launcher gives up. */
const CRASHES_PER_MINUTE = 10;
/** A pause before a replacement, so that a stop from outside is seen first and a loop is slow. */
const RESTART_DELAY_MS = 1000;
/** Next.js waits for open keep-alive connections when stopped; a desk's may never close. */
const STOP_GRACE_MS = 10_000;

if (cluster.isPrimary) {
  const setting = process.env.SPREEKUUR_INSTANCES?.trim() || "1";
  const instances = Number(setting);
  if (!Number.isInteger(instances) || instances < 1) {
    console.error(`SPREEKUUR_INSTANCES must be a whole number of at least 1, not "${setting}".`);
    process.exit(1);
  }

  const running = new Set();
  const listened = new WeakSet();
  let startFailures = 0;
  let crashes = [];
  let stopping = false;

  const start = () => running.add(cluster.fork());
  const stop = (code) => {
    if (stopping) {
      // A second signal, or a grace that ran out: no more waiting for open connections.
      for (const worker of running) worker.process.kill("SIGKILL");
      return;
    }
    stopping = true;
    process.exitCode = code;
    if (running.size === 0) process.exit();
    for (const worker of running) worker.process.kill("SIGTERM");
    setTimeout(() => stop(code), STOP_GRACE_MS).unref();
  };

  cluster.on("listening", (worker) => {
    listened.add(worker);
    startFailures = 0;
  });
  cluster.on("exit", (worker, code, signal) => {
    running.delete(worker);
    if (stopping) {
      if (running.size === 0) process.exit();
      return;
    }
    const now = Date.now();
    if (listened.has(worker)) crashes = [...crashes.filter((at) => now - at < 60_000), now];
    else startFailures++;
    if (startFailures >= START_FAILURES || crashes.length > CRASHES_PER_MINUTE) {
      console.error(
        startFailures >= START_FAILURES
          ? `Server processes keep ending before they serve (${startFailures} in a row); stopping.`
          : `Server processes keep ending (${crashes.length} within a minute); stopping.`,
      );
      stop(1);
      return;
    }
    // A process that died takes its open requests with it, not the others': start another.
    console.error(`Server process ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    setTimeout(() => stopping || start(), RESTART_DELAY_MS);
  });
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));

  for (let index = 0; index < instances; index++) start();
} else {
  // The worker is started with the primary's arguments ("start --port …"), which Next.js reads.
  createRequire(import.meta.url)("next/dist/bin/next");
}
