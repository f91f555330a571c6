import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startAppProcess } from "./app-process";
import { APP_ENV_FILE, E2E_PORT, FRESH_INSTALL_PORT, SMTP_PORT } from "./servers";

/** An install of the app: its database, its address, and whether the demo libraries are in it. */
type Install = { databaseUrl: string; baseURL: string; holdsDemo: boolean };

const suiteInstall = (): Install => ({
  databaseUrl: (JSON.parse(fs.readFileSync(APP_ENV_FILE, "utf8")) as Record<string, string>).DATABASE_URL,
  baseURL: `http://localhost:${E2E_PORT}`,
  holdsDemo: true,
});

/**
 * A library adopting Spreekuur: `npm start` (scripts/serve.ts) with DATABASE_URL on a new, empty
 * database of the suite's PostgreSQL, mail to the suite's SMTP server and the suite's clock. It
 * migrates and loads no demo data, as an external database never gets it.
 */
export async function startFreshInstall(): Promise<Install & { stop(): Promise<void> }> {
  const suite = new URL(suiteInstall().databaseUrl);
  const name = `spreekuur_nieuw_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: suite.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const database = new URL(suite);
  database.pathname = `/${name}`;
  const baseURL = `http://localhost:${FRESH_INSTALL_PORT}`;
  const server = await startAppProcess({
    command: path.resolve("node_modules/.bin/tsx"),
    args: ["scripts/serve.ts"],
    env: {
      ...process.env,
      DATABASE_URL: database.toString(),
      PORT: String(FRESH_INSTALL_PORT),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    },
    baseURL,
    within: 120_000,
  });
  return { databaseUrl: database.toString(), baseURL, holdsDemo: false, stop: () => server.stop("SIGTERM") };
}

/**
 * `npm run setup` with flags. On the suite's own database (the default) it adds a partnership
 * beside the demo's, as a second library joining one install would; on a fresh install it is the
 * first. Answers the one-time link it printed, as a path of the app.
 */
export async function runSetup(
  flags: { organisation: string; municipality: string; adminEmail: string; adminName: string },
  install: Install = suiteInstall(),
): Promise<{ linkPath: string; output: string }> {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    [
      "scripts/setup.ts",
      ...(install.holdsDemo ? ["--beside-demo"] : []),
      "--organisation",
      flags.organisation,
      "--municipality",
      flags.municipality,
      "--admin-email",
      flags.adminEmail,
      "--admin-name",
      flags.adminName,
    ],
    { env: { ...process.env, DATABASE_URL: install.databaseUrl, NEXTAUTH_URL: install.baseURL } },
  );
  const link = /http:\/\/localhost:\d+(\/wachtwoord\/[A-Za-z0-9_-]{43})/.exec(stdout)?.[1];
  if (!link) throw new Error(`npm run setup printed no link:\n${stdout}`);
  return { linkPath: link, output: stdout };
}
