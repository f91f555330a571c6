// Runs Spreekuur: database (embedded unless DATABASE_URL is set) → migrations → demo data →
// Next.js. `npm start` serves the production build, `npm run dev` the dev server, and the
// end-to-end tests use `--e2e`: a fresh throw-away database on each run.
//
//   tsx scripts/serve.ts [--dev] [--e2e] [--no-seed] [--demo]     (PORT, default 3000)
//
// Demo data goes only where it was meant to: into the embedded database (unless --no-seed), into
// the end-to-end tests' throw-away one, or into DATABASE_URL's database with --demo. A database
// that holds a real organisation refuses it (scripts/seed.ts).
//
// SPREEKUUR_CLOCK=2026-12-31T23:50:00+01:00 starts the app's clock at that moment (lib/clock.ts):
// the seed, the jobs and the app all live from there on, as the end-to-end tests do.
//
// With --e2e and SPREEKUUR_E2E_ENV_FILE set, the app's environment (database, secret, …) is
// written to that file, so a test can start a second instance of the same build on it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { clockEnvironment, clock } from "../lib/clock";
import { resolveDatabase, type Database } from "./embedded-db";
import { projectRoot } from "./paths";
import { withHeapLimit } from "./server-memory";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const e2e = args.has("--e2e");
const demoAskedFor = e2e || args.has("--demo");
/** The embedded database is the demo's home, until someone runs `npm run setup` on it. */
const demoByDefault = !process.env.DATABASE_URL && !args.has("--no-seed");
const port = Number(process.env.PORT ?? 3000);
// docs/scaling.md: several server processes share the port. Checked before anything starts, so a
// typo does not surface only after the migrations.
const instancesSetting = process.env.SPREEKUUR_INSTANCES?.trim() || "1";
const instances = Number(instancesSetting);
if (!Number.isInteger(instances) || instances < 1) {
  console.error(`SPREEKUUR_INSTANCES must be a whole number of at least 1, not "${instancesSetting}".`);
  process.exit(1);
}
if (dev && instances > 1) console.warn("SPREEKUUR_INSTANCES applies to npm start; the dev server is one process.");
const e2eEnvFile = e2e ? process.env.SPREEKUUR_E2E_ENV_FILE : undefined;
const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;
const REMINDER_INTERVAL_MS = 5 * 60 * 1000;
const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);

let database: Database | undefined;
let app: ChildProcess | undefined;
let retentionTimer: NodeJS.Timeout | undefined;
let reminderTimer: NodeJS.Timeout | undefined;
/** The reminder job's run while it goes on: one at a time, and waited for before the database stops. */
let reminderRun: Promise<void> | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(retentionTimer);
  clearInterval(reminderTimer);
  if (e2eEnvFile) fs.rmSync(e2eEnvFile, { force: true });
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    const stopped = await Promise.race([
      exited.then(() => true),
      new Promise((resolve) => setTimeout(resolve, 5_000, false)),
    ]);
    // Next.js waits for open keep-alive connections (65 s here) and sometimes for good: without
    // this the app outlived its supervisor, still bound to its port.
    if (!stopped) {
      app.kill("SIGKILL");
      await exited;
    }
  }
  // A reminder being handed to the mail server when its database went away would be UNCERTAIN and
  // never sent: let the run finish (it sends one mail at a time), up to half a minute.
  if (reminderRun) await Promise.race([reminderRun, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  await database?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: projectRoot, env, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${commandArgs.join(" ")} exited with ${code}`)),
    );
  });
}

const FIRST_RUN_HINT =
  "\nDeze database heeft nog geen organisatie. Maak die en de eerste beheerder aan met `npm run setup`" +
  " (zie README.md, 'Going live').\n";

async function holdsAnOrganisation(env: NodeJS.ProcessEnv): Promise<boolean> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM "Organisation" LIMIT 1')).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** A stable secret for local runs, so sessions survive a restart; production sets its own. */
function localAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (e2e) return randomBytes(32).toString("base64url");
  const file = path.join(projectRoot, ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  database = await resolveDatabase({ ephemeral: e2e });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    ...clockEnvironment(),
    // Every end-to-end spec registers walk-ins in the session running now: give them room. The
    // Lighthouse run asks for the demo's ordinary desk instead (scripts/lighthouse.ts).
    ...(e2e ? { SPREEKUUR_LIVE_DESK_SLOTS: process.env.SPREEKUUR_LIVE_DESK_SLOTS ?? "120" } : {}),
  };
  await run(bin("tsx"), [path.join(projectRoot, "scripts/migrate.ts"), "deploy"], env);
  if (demoAskedFor || demoByDefault) {
    const seedArgs = [path.join(projectRoot, "scripts/seed.ts"), "--demo", ...(demoAskedFor ? [] : ["--unless-real"])];
    await run(bin("tsx"), seedArgs, env);
  } else if (!(await holdsAnOrganisation(env))) console.log(FIRST_RUN_HINT);

  // The retention job on start and then daily. It runs as its own process and takes a PostgreSQL
  // advisory lock, so a second app instance on the same database skips it; it logs one line.
  const retention = () =>
    run(bin("tsx"), [path.join(projectRoot, "scripts/retention.ts")], env).catch((error: unknown) =>
      console.error("[retention]", error),
    );
  void retention();
  retentionTimer = setInterval(() => void retention(), RETENTION_INTERVAL_MS);

  // The appointment reminders (lib/reminders/, only when mail is set up) and the waiting list's
  // offers of freed half hours likewise: on start and every five minutes, with a lock of their own.
  // Not in the end-to-end run, whose specs run the job at the moment they need (booking.spec.ts).
  if (!e2e) {
    // A run still going (a slow mail server) is not joined by a second one.
    const reminders = () => {
      if (reminderRun || stopping) return;
      reminderRun = run(bin("tsx"), [path.join(projectRoot, "scripts/reminders.ts")], env)
        .catch((error: unknown) => console.error("[reminders]", error))
        .finally(() => (reminderRun = undefined));
    };
    reminders();
    reminderTimer = setInterval(reminders, REMINDER_INTERVAL_MS);
  }

  const appEnv = dev ? env : { ...env, NODE_OPTIONS: withHeapLimit(env.NODE_OPTIONS) };
  // Only what serve.ts adds: whatever it passes the app later (a clock, say) reaches the second
  // instance too. It holds the throw-away secret of a throw-away database, readable by us alone.
  if (e2eEnvFile) {
    const added = Object.fromEntries(Object.entries(appEnv).filter(([name, value]) => process.env[name] !== value));
    fs.writeFileSync(e2eEnvFile, JSON.stringify(added), { mode: 0o600 });
  }
  // Idle keep-alive connections stay open 65 s, not Node's 5: longer than the idle timeout of the
  // usual reverse proxy (60 s), so the server never closes a connection just as the proxy reuses
  // it. The e2e suite met that race once (ECONNRESET on a request after a five-second pause).
  const keepAlive = dev ? [] : ["--keepAliveTimeout", "65000"];
  const processes = !dev && instances > 1;
  const [command, ...launch] = processes
    ? [process.execPath, path.join(projectRoot, "scripts", "next-cluster.mjs")]
    : [bin("next")];
  app = spawn(command, [...launch, dev ? "dev" : "start", "--port", String(port), ...keepAlive], {
    cwd: projectRoot,
    env: appEnv,
    stdio: "inherit",
  });
  app.on("exit", (code) => void shutdown(stopping ? 0 : (code ?? 1)));
  const moved =
    Object.keys(clockEnvironment()).length > 0 ? `  (klok verzet: de app leeft op ${clock.now().toISOString()})` : "";
  console.log(`\nSpreekuur: http://localhost:${port}  (demo logins: see README.md)${moved}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  void shutdown(1);
});
