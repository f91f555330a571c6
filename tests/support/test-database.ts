// Runs before each integration test file: a fresh database cloned from the migrated template,
// so files never see each other's rows and may run in parallel.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const { url, template } = inject("database");
const name = `test_${randomBytes(6).toString("hex")}`;

const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);

const testUrl = new URL(url);
testUrl.pathname = `/${name}`;
process.env.DATABASE_URL = testUrl.toString();

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
});
