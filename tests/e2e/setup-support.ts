import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { APP_ENV_FILE, E2E_PORT } from "./servers";

/**
 * `npm run setup` with flags, on the database of the app under test (serve.ts leaves its
 * environment in APP_ENV_FILE): a new partnership beside the demo's, as a second library joining
 * one install would be. Answers the one-time link it printed, as a path of the app.
 */
export async function runSetup(flags: {
  organisation: string;
  municipality: string;
  adminEmail: string;
  adminName: string;
}): Promise<{ linkPath: string; output: string }> {
  const appEnv = JSON.parse(fs.readFileSync(APP_ENV_FILE, "utf8")) as Record<string, string>;
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    [
      "scripts/setup.ts",
      "--beside-demo",
      "--organisation",
      flags.organisation,
      "--municipality",
      flags.municipality,
      "--admin-email",
      flags.adminEmail,
      "--admin-name",
      flags.adminName,
    ],
    { env: { ...process.env, DATABASE_URL: appEnv.DATABASE_URL, NEXTAUTH_URL: `http://localhost:${E2E_PORT}` } },
  );
  const link = /http:\/\/localhost:\d+(\/wachtwoord\/[A-Za-z0-9_-]{43})/.exec(stdout)?.[1];
  if (!link) throw new Error(`npm run setup printed no link:\n${stdout}`);
  return { linkPath: link, output: stdout };
}
