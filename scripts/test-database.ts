// The database server of one vitest run. It starts a throw-away embedded PostgreSQL (or uses the
// server of DATABASE_URL), builds one migrated template database, prints
// `READY {"url": …, "template": …}` and keeps running until its stdin closes. Each test file
// then clones the template (CREATE DATABASE … TEMPLATE, about 100 ms) and drops its clone.
//
// It runs as its own process so that the server stops even when the test runner dies: its stdin
// then closes.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { resolveDatabase } from "./embedded-db";
import { projectRoot } from "./paths";

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function main() {
  const database = await resolveDatabase({ database: "postgres", ephemeral: true });
  const template = `spreekuur_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(database.url, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(template)}`);

  const stop = async (code: number) => {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(template)} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    await database.stop();
    process.exit(code);
  };
  process.stdin.on("end", () => void stop(0));
  process.stdin.on("close", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
  process.stdin.resume();

  await new Promise<void>((resolve, reject) => {
    const migrate = spawn(
      path.join(projectRoot, "node_modules/.bin/tsx"),
      [path.join(projectRoot, "scripts/migrate.ts"), "deploy"],
      {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URL: withDatabase(database.url, template) },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    migrate.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`migrations failed (${code})`))));
  });
  console.log(`READY ${JSON.stringify({ url: withDatabase(database.url, "postgres"), template })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
