// The benchmark of issue 8: the production build (`next start`) on the national scale data set
// (npm run seed:scale), loaded with autocannon by N concurrent, logged-in users. Not a test: it
// prints a table to paste into docs/performance.md.
//
//   npm run bench [-- --connections 20 --duration 10 --port 3200 --organisations 20 --build]
//
// Passes over one data set:
// 1. a server with SPREEKUUR_LOG_QUERIES=1 (lib/db.ts): each target is requested alone, the queries
//    it sends are counted (N+1 shows as a count that grows with the data) and their SQL is kept;
//    that SQL is then replayed with pg straight against the database: the bare SQL time;
// 2. a server without the log: each target alone (the single-user latency, compared with the SQL),
//    then N users at once for `duration` seconds: p50/p95/p99 and throughput, while the resident
//    memory of the server's process tree is sampled;
// 3. the walk-in registration, a server action, posted as the browser posts it (Next-Action header
//    with the action id from the build's manifest; the form's fields and its previous state
//    encoded by React's own encodeReply, as useActionState sends them).
// Every row of pass 2 also gets the app's CPU time per request (the server's process tree, from
// /proc), so a render's cost shows apart from waiting for the database. With --mix, a fourth pass
// sends the country's mix of requests at once, each kind at its own rate (see NATIONAL_MIX), at 1×
// and 2×, and says where the cores went meanwhile: the app, PostgreSQL, the bench, the machine.
// --instances N serves passes 2 and on from N processes (scripts/next-cluster.mjs).
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { keptPlanName } from "../lib/kept-plan";
import { resolveDatabase } from "./embedded-db";
import { projectRoot } from "./paths";
import { withHeapLimit } from "./server-memory";
import { SCALE_DATA_DIR, SCALE_SLUG_PREFIX } from "./seed-scale";
import { DEMO_PASSWORD } from "./seed/organisations";
import { createProgramme } from "./seed/programmes";
import { ensureSessionRunningNow } from "./seed/today";

const QUERY_LOG_PREFIX = "[spreekuur:query] ";

const { values: args } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3200" },
    organisations: { type: "string", default: "20" },
    "walk-ins": { type: "string", default: "400" },
    /**
     * Requests per second over all users, arriving at random moments (a Poisson process), each
     * answered in its own time: the open-loop view of people at desks. Without it autocannon's N
     * users send the next request the moment the last one returns (no think time), so
     * p95 ≈ users / throughput. (autocannon's own overallRate sends each second's requests in one
     * burst, which measures a queue of N, not a rate.)
     */
    rate: { type: "string" },
    /** Start after this many libraries, e.g. for a second run on the same day with fresh desks. */
    skip: { type: "string", default: "0" },
    build: { type: "boolean", default: false },
    /** Also EXPLAIN ANALYZE every statement slower than 2 ms into .data/bench-explain.txt. */
    explain: { type: "boolean", default: false },
    /** Only the rows whose name contains one of these words (comma-separated); the ceiling always runs. */
    only: { type: "string" },
    /**
     * Profile the loaded server (node --cpu-prof) and print where its CPU time went, per package and
     * per function; the profile itself goes to .data/profiles/ for Chrome DevTools.
     */
    "cpu-prof": { type: "boolean", default: false },
    /** Also pass 4: the national mix (NATIONAL_MIX) at 1× and 2×, each for this many seconds (0: not run). */
    mix: { type: "string", default: "0" },
    /**
     * Also pass 5: a programme that the first `partnerships` libraries of the data set gave access
     * reads its figures (/programma), alone, and while the desks ask at this many requests a
     * second (0: not run).
     */
    programme: { type: "string", default: "0" },
    /** How many libraries gave the programme of pass 5 access: 20 is a province, 150 the country. */
    partnerships: { type: "string", default: "20" },
    /**
     * Server processes sharing the port from pass 2 on (scripts/next-cluster.mjs, as
     * SPREEKUUR_INSTANCES runs it); pass 1 counts queries on one.
     */
    instances: { type: "string", default: "1" },
  },
});
const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration);
const PORT = Number(args.port);
const ORGANISATIONS = Number(args.organisations);
const WALK_INS = Number(args["walk-ins"]);
const RATE = args.rate ? Number(args.rate) : undefined;
const SKIP = Number(args.skip);
const BASE = `http://localhost:${PORT}`;
const ONLY = args.only
  ?.split(",")
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
const PROFILE_DIR = path.join(projectRoot, ".data/profiles");
const MIX_SECONDS = Number(args.mix);
const INSTANCES = Number(args.instances);
if (!Number.isInteger(INSTANCES) || INSTANCES < 1) throw new Error(`--instances takes a whole number of at least 1`);
// Every process of the cluster would write a profile, the idle launcher's among them.
if (INSTANCES > 1 && args["cpu-prof"]) throw new Error("--cpu-prof profiles one server process: leave out --instances");
const PROGRAMME_DESK_RATE = Number(args.programme);
const PARTNERSHIPS = Number(args.partnerships);
/** Not "schaal-…": the libraries are found by that prefix. One programme per size, made once. */
const BENCH_PROGRAMME_SLUG = `programma-${PARTNERSHIPS}`;

/**
 * What the whole country asks of one instance at once, per second, at the pilots' rate
 * (docs/scaling.md, "What the country asks of it"), by the name of the pass-2 row that sends it:
 * - 150 libraries with two desk screens open through a consultation hour: each asks for the
 *   fingerprint every 5 s (300 / 5 = 60 a second) and renders on both screens of a location for
 *   each of about ten changes a minute (0.3 a second), when a half hour ends (300 / 1,800 s: 0.17 a
 *   second) and every ten minutes anyway (0.5 a second); until 7 December it rendered once a
 *   minute (5 a second) for the minutes waited, which now count on in the browser;
 * - about 1,200 visits a working day, in consultation hours of about 3 hours, so up to about 0.1
 *   walk-in a second, each followed by a few dossier reads and lists;
 * - a coordinator's report now and then.
 */
const NATIONAL_MIX: { row: string; perSecond: number }[] = [
  { row: "desk change check", perSecond: 60 },
  { row: "host desk today", perSecond: 1 },
  { row: "register walk-in", perSecond: 0.1 },
  { row: "dossier page", perSecond: 1 },
  { row: "my dossiers", perSecond: 0.5 },
  { row: "weekly hours report", perSecond: 0.05 },
  { row: "monitoring figures", perSecond: 0.05 },
];

type Login = { cookie: string };
type Target = {
  name: string;
  /** Each request picks the next of these, so N users are N people of N libraries. */
  requests: { method: "GET" | "POST"; path: string; cookie: string; headers?: Record<string, string>; body?: string }[];
  report?: boolean;
  target?: string;
};
type Measured = { p50: number; p95: number; p99: number; rps: number; errors: number; answered: number };
type Row = Measured & {
  name: string;
  target?: string;
  /** The app's CPU time per answered request, in ms (all cores of the server's process tree). */
  cpu: number;
  single: number;
  /** The size of one answer, in bytes. */
  bytes: number;
  queries: number | null;
  sql: number | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A latency for the table; a rare kind may have had no request in the time (NaN). */
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** The whole machine's CPU time so far, in ticks: busy, and stolen by the host of a virtual machine. */
function machineTicks(): { busy: number; steal: number; total: number } {
  // "cpu user nice system idle iowait irq softirq steal guest guest_nice" (proc(5)); guest time is
  // already counted in user.
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fs
    .readFileSync("/proc/stat", "utf8")
    .split("\n")[0]
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const busy = user + nice + system + irq + softirq;
  return { busy, steal, total: busy + steal + idle + iowait };
}

/**
 * The main process of the PostgreSQL the bench uses, when it runs on this machine (the parent of
 * this connection's backend); null for a server elsewhere.
 */
async function localPostgresPid(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const backend = rows[0].pid;
    if (!fs.readFileSync(`/proc/${backend}/comm`, "utf8").startsWith("postgres")) return null;
    return parentOf(backend);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The server and its memory
// ---------------------------------------------------------------------------------------------

type Server = { process: ChildProcess; lines: string[]; stop(): Promise<void> };

async function startServer(databaseUrl: string, logQueries: boolean, profile = false, instances = 1): Promise<Server> {
  const lines: string[] = [];
  const profiling = profile ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const entry = instances > 1 ? "scripts/next-cluster.mjs" : "node_modules/next/dist/bin/next";
  const child = spawn(
    process.execPath,
    [...profiling, path.join(projectRoot, entry), "start", "--port", String(PORT)],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NODE_ENV: "production",
        // As `npm start` runs it; NODE_OPTIONS=--max-old-space-size=… measures another cap.
        NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS),
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: BASE,
        SPREEKUUR_LOG_QUERIES: logQueries ? "1" : "0",
        SPREEKUUR_INSTANCES: String(instances),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = rest + chunk.toString("utf8");
    const parts = text.split("\n");
    rest = parts.pop()!;
    for (const line of parts) if (line.startsWith(QUERY_LOG_PREFIX)) lines.push(line.slice(QUERY_LOG_PREFIX.length));
  });
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${BASE}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 120 || child.exitCode !== null)
      throw new Error("The server did not start; is port free and the build there (npx next build)?");
    await sleep(500);
  }
  return {
    process: child,
    lines,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      // A CPU profile is written on exit and can take a while.
      await Promise.race([exited, sleep(args["cpu-prof"] ? 60_000 : 5000)]);
    },
  };
}

/**
 * The fields of /proc/<pid>/stat after the process's name, which may hold spaces and parentheses:
 * field N of proc(5) is at index N - 3. Throws when the process is gone.
 */
function statFields(pid: number | string): string[] {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The process that started a process (field 4 of proc(5)). */
const parentOf = (pid: number | string) => Number(statFields(pid)[1]);

/** A process and everything it started, from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = parentOf(entry);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

/** Resident memory (bytes) of a process and everything it started. */
function treeRss(rootPid: number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

// /proc counts CPU time in clock ticks; Linux has had 100 a second on every common platform for decades.
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms, user and system, every thread) a process and everything it started have used so
 * far. Read around a row: its difference is what the app spent, whatever the load generator and
 * PostgreSQL spent beside it on the same cores.
 */
function treeCpuMs(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const fields = statFields(pid);
      // utime, stime, cutime and cstime, fields 14 to 17 of proc(5): with the children's, the time of processes that ended meanwhile (a database
      // connection closed after 10 idle seconds) stays counted, in their parent's.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // gone
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

// ---------------------------------------------------------------------------------------------
// Logging in and finding what to ask for
// ---------------------------------------------------------------------------------------------

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** Logs in through next-auth's credentials endpoint, as the login form does. */
async function logIn(email: string): Promise<Login> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Could not log in as ${email} (status ${response.status})`);
  return { cookie: session };
}

/** The action id of registerWalkInAction, as the build's server-reference manifest names it. */
function walkInActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "registerWalkInAction");
  if (found) return found[0];
  // Older manifests have no names: the client chunks name the export next to its id.
  const chunks = path.join(projectRoot, ".next/static/chunks");
  for (const file of fs.readdirSync(chunks, { recursive: true }) as string[]) {
    if (!file.endsWith(".js")) continue;
    const text = fs.readFileSync(path.join(chunks, file), "utf8");
    const match = /createServerReference\)\("([0-9a-f]+)"[^)]*"registerWalkInAction"\)/.exec(text);
    if (match) return match[1];
  }
  throw new Error("registerWalkInAction not found in the build");
}

// React's encoder of a server action's arguments, as Next.js bundles it for the build's bundler.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};
const WALK_IN_BOUNDARY = "----spreekuur-bench";

/**
 * The body of a walk-in as the desk's form (components/desk/intake-form.tsx) posts it with scripts
 * for a new visitor with only a name: the form's previous state and every field it sends, the
 * blank ones too, with the submission key that makes the action idempotent; encoded by React as
 * useActionState sends it. Multipart with a fixed boundary, so one Content-Type header serves
 * every body.
 */
async function walkInBody(sessionId: string, displayName: string): Promise<string> {
  const submissionId = randomUUID();
  const form = new FormData();
  const fields: Record<string, string> = {
    submissionId,
    sessionId,
    slotId: "",
    displayName,
    phone: "",
    birthYear: "",
    postcodeArea: "",
    heardVia: "",
    preferredLanguage: "nl",
    categoryId: "unknown",
    referrerPartnerId: "",
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = await encodeReply([{ status: "idle", submissionId }, form]);
  if (typeof encoded === "string") throw new Error("React encoded the walk-in without its form");
  let body = "";
  for (const [name, value] of encoded)
    body += `--${WALK_IN_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${String(value)}\r\n`;
  return `${body}--${WALK_IN_BOUNDARY}--\r\n`;
}

function yearAgo(day: string) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year - 1, month - 1, date + 1)).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

async function request(target: Target["requests"][number]): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${BASE}${target.path}`, {
    signal: AbortSignal.timeout(60_000),
    method: target.method,
    redirect: "manual",
    headers: { Cookie: target.cookie, ...target.headers },
    body: target.body,
  });
  const body = await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, bytes: body.byteLength };
}

/**
 * Which of a row's requests (which user, so which library) has its SQL replayed as the bare SQL:
 * the last of countQueries' three. A report's single-user time is measured on the same request,
 * so that "app/SQL" compares one library's page with that library's SQL.
 */
const REPLAYED = 2;

/** Queries per request and their SQL, from the logging server, one request at a time. */
async function countQueries(server: Server, target: Target) {
  const counts: number[] = [];
  let statements: Statement[] = [];
  for (let index = 0; index <= REPLAYED; index++) {
    const before = server.lines.length;
    const { status } = await request(target.requests[index % target.requests.length]);
    if (status >= 400) throw new Error(`${target.name}: HTTP ${status}`);
    await sleep(200);
    const lines = server.lines.slice(before);
    counts.push(lines.length);
    statements = lines.map((line) => JSON.parse(line) as Statement);
  }
  return { queries: median(counts), statements };
}

type Statement = { query: string; params: string };
type Replayed = { total: number; perStatement: number[] };

/** A logged statement's parameters as pg takes them: Prisma logs a JSON value as an object. */
function replayValues(statement: Statement): unknown[] {
  return (JSON.parse(statement.params || "[]") as unknown[]).map((value) =>
    value !== null && typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : value,
  );
}

/** Runs not counted (PostgreSQL keeps a prepared statement's plan after five), and runs counted. */
const WARM_RUNS = 6;
const COUNTED_RUNS = 10;

/**
 * Each report's own SQL, run one statement after the other with pg, each sent as the app sends it
 * (a report statement prepared under its name, lib/kept-plan.ts): the median of the counted runs, and each
 * statement's own median, so that the slowest can be named.
 * - The first six runs are not counted: a warm server has run its report statements often enough
 *   for PostgreSQL to keep their plan, which it decides after five runs.
 * - The reports take turns, one run each per round: on a shared machine a slow spell of a few
 *   seconds then slows every report a little instead of one report a lot (two reports with the very
 *   same statements differed by half when each was replayed in a block of its own).
 */
async function bareSql(pool: pg.Pool, reports: Map<string, Statement[]>): Promise<Map<string, Replayed | null>> {
  const client = await pool.connect();
  const timings = new Map(
    [...reports].map(([name, statements]) => [
      name,
      { runs: [] as number[], perStatement: statements.map(() => [] as number[]), failed: false },
    ]),
  );
  try {
    for (let run = 0; run < WARM_RUNS + COUNTED_RUNS; run++) {
      for (const [name, statements] of reports) {
        const timing = timings.get(name)!;
        if (timing.failed) continue;
        try {
          const started = performance.now();
          for (const [index, statement] of statements.entries()) {
            const statementStarted = performance.now();
            await client.query({
              name: keptPlanName({ sql: statement.query }),
              text: statement.query,
              values: replayValues(statement),
            });
            if (run >= WARM_RUNS) timing.perStatement[index].push(performance.now() - statementStarted);
          }
          if (run >= WARM_RUNS) timing.runs.push(performance.now() - started);
        } catch (error) {
          console.warn(`  ${name}: bare SQL replay failed: ${(error as Error).message}`);
          timing.failed = true;
        }
      }
    }
  } finally {
    client.release();
  }
  return new Map(
    [...timings].map(([name, timing]) => [
      name,
      timing.failed ? null : { total: median(timing.runs), perStatement: timing.perStatement.map(median) },
    ]),
  );
}

/** EXPLAIN (ANALYZE, BUFFERS) of each read statement of a request that takes over 2 ms. */
async function explainSlow(pool: pg.Pool, name: string, statements: Statement[]): Promise<string[]> {
  const plans: string[] = [];
  for (const statement of statements) {
    // A kept-plan statement starts with its mark, a comment (lib/kept-plan.ts).
    if (!/^\s*(\/\*.*?\*\/\s*)?(SELECT|WITH)/i.test(statement.query)) continue;
    const params = replayValues(statement);
    try {
      const result = await pool.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
        params,
      );
      const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
      const time = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
      if (time > 2) plans.push(`== ${name} · ${time} ms\n${statement.query}\n${statement.params}\n${plan}`);
    } catch (error) {
      plans.push(`== ${name} · EXPLAIN failed: ${(error as Error).message}\n${statement.query}`);
    }
  }
  return plans;
}

/**
 * What a national roll-up of the monitoring figures costs in PostgreSQL: contacts and clients,
 * questions per top-level legal domain, referrals per partner type, outcomes, over every library
 * for a year. The app has no page for it (a programme sums the partnerships that gave it access,
 * lib/programmes).
 *
 * It is the sum of each library's own count, as a programme sums its partnerships: a client is a
 * client of one library, so the country's different clients are the libraries' added up. Each
 * library's year is then one range of that library's index, and the different clients are counted
 * in a small hash per library instead of one sort of the country's year of visits, which spilled to disk.
 */
async function nationalRollUp(pool: pg.Pool, from: string, to: string): Promise<number> {
  // As the monitoring figures count: a visit at its counted moment, a question under the domain
  // kept on the case (lib/reports/monitoring-queries.ts).
  const range = (column: string) => `${column} >= $1::date AND ${column} < $2::date + 1`;
  const statements = [
    `SELECT sum(x.visits), sum(x.clients) FROM "Organisation" o CROSS JOIN LATERAL (
       SELECT sum(c.visits) AS visits, count(*) AS clients FROM (
         SELECT v."clientId", count(*) AS visits FROM "Visit" v
         WHERE v."organisationId" = o.id AND v.status = 'DONE' AND ${range(`v."countedAt"`)} GROUP BY 1
       ) c
     ) x`,
    `SELECT COALESCE(d."parentId", d.id) AS top, sum(c.count) FROM "Organisation" o CROSS JOIN LATERAL (
       SELECT k."countedLegalDomainId", count(*) AS count FROM "Case" k
       WHERE k."organisationId" = o.id AND ${range(`k."openedAt"`)} GROUP BY 1
     ) c LEFT JOIN "LegalDomain" d ON d.id = c."countedLegalDomainId" GROUP BY 1`,
    `SELECT x.direction, p.type, sum(x.count) FROM "Organisation" o CROSS JOIN LATERAL (
       SELECT r.direction, r."partnerId", count(*) AS count FROM "Referral" r
       WHERE r."organisationId" = o.id AND ${range(`r."createdAt"`)} GROUP BY 1, 2
     ) x JOIN "Partner" p ON p.id = x."partnerId" GROUP BY 1, 2`,
    `SELECT x.outcome, sum(x.count) FROM "Organisation" o CROSS JOIN LATERAL (
       SELECT k.outcome, count(*) AS count FROM "Case" k
       WHERE k."organisationId" = o.id AND k.status = 'CLOSED' AND ${range(`k."closedAt"`)} GROUP BY 1
     ) x GROUP BY ROLLUP (x.outcome)`,
  ];
  const runs: number[] = [];
  for (let run = 0; run < 4; run++) {
    const started = performance.now();
    for (const statement of statements) await pool.query(statement, [from, to]);
    if (run > 0) runs.push(performance.now() - started);
  }
  return median(runs);
}

/**
 * One request at a time on a quiet server: the median time and size of the answer (the page's
 * HTML for a page). A report asks for the request whose SQL was replayed (REPLAYED) every time;
 * the other rows go round their users, as a walk-in uses up its host's half hours.
 */
async function singleUser(target: Target): Promise<{ ms: number; bytes: number }> {
  const answers = [];
  for (let index = 0; index < 14; index++)
    answers.push(await request(target.requests[(target.report ? REPLAYED : index) % target.requests.length]));
  const measured = answers.slice(2);
  return { ms: median(measured.map((answer) => answer.ms)), bytes: median(measured.map((answer) => answer.bytes)) };
}

/**
 * Waits until the server has finished what the last row left (answers still being rendered, work
 * after the answer, garbage): a row's CPU time per request must be its own. At most 15 s.
 */
async function quiet(server: Server) {
  for (let waited = 0, last = treeCpuMs(server.process.pid!); waited < 15_000; waited += 500) {
    await sleep(500);
    const now = treeCpuMs(server.process.pid!);
    if (now - last < 25) return;
    last = now;
  }
}

/** `rate` requests a second at random moments for `seconds`, none waiting for another. */
async function openLoop(target: Target, rate: number, seconds = DURATION): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const answers: Promise<void>[] = [];
  const started = performance.now();
  for (let at = 0; ;) {
    at += (-Math.log(1 - Math.random()) / rate) * 1000;
    if (at > seconds * 1000) break;
    const wait = started + at - performance.now();
    if (wait > 0) await sleep(wait);
    answers.push(
      request(target.requests[next++ % target.requests.length]).then(
        ({ status, ms }) => {
          latencies.push(ms);
          if (status >= 400) errors++;
        },
        () => void errors++,
      ),
    );
  }
  const sent = next;
  await Promise.all(answers);
  latencies.sort((a, b) => a - b);
  // Requests sent per second: what was asked, not what the server kept up with (the latencies say that).
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: sent / seconds,
    errors,
    answered: latencies.length,
  };
}

async function load(target: Target, options: { amount?: number } = {}): Promise<Measured> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    ...(options.amount ? { amount: options.amount } : { duration: DURATION }),
    timeout: 60,
    requests: [
      {
        setupRequest: (raw: Record<string, unknown>) => {
          const chosen = target.requests[next++ % target.requests.length];
          return {
            ...raw,
            method: chosen.method,
            path: chosen.path,
            headers: { cookie: chosen.cookie, ...chosen.headers },
            body: chosen.body,
          };
        },
      },
    ],
    setupClient: (client: {
      on(event: "response", listener: (status: number, bytes: number, ms: number) => void): void;
    }) => {
      client.on("response", (status, _bytes, ms) => {
        latencies.push(ms);
        if (status >= 400) errors++;
      });
    },
  } as unknown as autocannon.Options);
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: errors + result.errors + result.timeouts,
    answered: latencies.length,
  };
}

/**
 * Pass 4: every kind of NATIONAL_MIX at once, each arriving at random moments at `factor` times its
 * rate, none waiting for another; latencies per kind, and the share of the cores the app, PostgreSQL
 * (when local) and the bench itself used, and the machine in all: where the cores went when the
 * waits grow although the app is not busy.
 */
async function nationalMix(server: Server, targets: Target[], factor: number, postgresPid: number | null) {
  await quiet(server);
  const cpuBefore = treeCpuMs(server.process.pid!);
  const postgresBefore = postgresPid === null ? 0 : treeCpuMs(postgresPid);
  const benchBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  const started = performance.now();
  const kinds = await Promise.all(
    NATIONAL_MIX.map(async ({ row, perSecond }) => {
      const target = targets.find((candidate) => candidate.name.startsWith(row));
      if (!target) throw new Error(`No row "${row}" for the national mix`);
      return { name: target.name, ...(await openLoop(target, perSecond * factor, MIX_SECONDS)) };
    }),
  );
  const coreMs = (performance.now() - started) * os.cpus().length;
  const bench = process.cpuUsage(benchBefore);
  const machine = machineTicks();
  const ticks = machine.total - machineBefore.total;
  return {
    kinds,
    cpuShare: (treeCpuMs(server.process.pid!) - cpuBefore) / coreMs,
    postgresShare: postgresPid === null ? null : (treeCpuMs(postgresPid) - postgresBefore) / coreMs,
    benchShare: (bench.user + bench.system) / 1000 / coreMs,
    machineShare: (machine.busy - machineBefore.busy) / ticks,
    stealShare: (machine.steal - machineBefore.steal) / ticks,
  };
}

/**
 * The bench's programme (issue 21 item 6), made once on the data set: one reader, and a grant from
 * the admin of each of the first PARTNERSHIPS libraries. Its login is returned.
 */
async function ensureBenchProgramme(prisma: PrismaClient): Promise<string> {
  const email = `cijfers@${BENCH_PROGRAMME_SLUG}.example`;
  if (await prisma.organisation.findUnique({ where: { slug: BENCH_PROGRAMME_SLUG }, select: { id: true } }))
    return email;
  // Every user of the data set has the demo password, so any one's hash logs the reader in with it.
  const { passwordHash } = await prisma.user.findFirstOrThrow({
    where: { organisation: { slug: { startsWith: SCALE_SLUG_PREFIX } }, passwordHash: { not: null } },
    orderBy: { email: "asc" },
    select: { passwordHash: true },
  });
  // The first libraries by slug, as the desks are chosen.
  const libraries = await prisma.organisation.findMany({
    where: { slug: { startsWith: SCALE_SLUG_PREFIX } },
    orderBy: { slug: "asc" },
    take: PARTNERSHIPS,
    select: {
      users: {
        where: { roles: { has: "ADMIN" } },
        orderBy: { email: "asc" },
        take: 1,
        select: { id: true, organisationId: true },
      },
    },
  });
  const admins = libraries.flatMap(({ users }) => users);
  await prisma.$transaction((tx) =>
    createProgramme(
      tx,
      { slug: BENCH_PROGRAMME_SLUG, name: `Programma van ${PARTNERSHIPS} (bench)`, municipality: "Nederland" },
      { email, name: "Bench programma", passwordHash },
      { admins, grantedAt: new Date() },
    ),
  );
  return email;
}

/** A request's answer, or null when it took longer than a request may (60 s). */
async function answerInTime(target: Target["requests"][number]) {
  try {
    return await request(target);
  } catch (error) {
    if ((error as Error).name === "TimeoutError") return null;
    throw error;
  }
}

/**
 * Pass 5: the programme's page, alone; then the desks at `rate` requests a second, alone and while
 * that page is being made, for as long as it took alone (at least 5 s). What a funder's page costs
 * the desks is the difference between those two p95s. Null when the page alone took too long.
 */
async function programmeAgainstDesks(programme: Target, desk: Target, rate: number) {
  const alone = await answerInTime(programme.requests[0]);
  if (!alone) return null;
  if (alone.status !== 200) throw new Error(`programme view: HTTP ${alone.status}`);
  const seconds = Math.max(5, alone.ms / 1000);
  const deskAlone = await openLoop(desk, rate, seconds);
  const [during, deskDuring] = await Promise.all([answerInTime(programme.requests[0]), openLoop(desk, rate, seconds)]);
  return { alone, during, deskAlone, deskDuring, seconds };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (args.build)
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
        cwd: projectRoot,
        stdio: "inherit",
      }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error("next build failed")))),
    );
  if (!fs.existsSync(path.join(projectRoot, ".next/BUILD_ID")))
    throw new Error("No production build: run `npx next build` first (or npm run bench -- --build).");

  const database = await resolveDatabase({ dataDir: SCALE_DATA_DIR, database: "spreekuur_scale" });
  // Indexes added since the data set was made apply here too, and the planner gets fresh statistics.
  await new Promise<void>((resolve, reject) =>
    spawn(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(projectRoot, "scripts/migrate.ts"), "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: "inherit",
    }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error("migrate deploy failed")))),
  );
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  // The embedded server stops at the end and ends idle connections; that is no error.
  pool.on("error", () => {});
  await pool.query("ANALYZE");
  const servers: Server[] = [];
  try {
    const { rows: organisations } = await pool.query<{ id: string; slug: string; locationId: string }>(
      `SELECT o.id, o.slug, u."homeLocationId" AS "locationId" FROM "Organisation" o JOIN "User" u ON u."organisationId" = o.id AND 'HOST' = ANY(u.roles)
       WHERE o.slug LIKE $1 ORDER BY o.slug LIMIT $2 OFFSET $3`,
      [`${SCALE_SLUG_PREFIX}%`, ORGANISATIONS, SKIP],
    );
    if (organisations.length === 0) throw new Error("No scale data: run npm run seed:scale first.");
    const sizes = await pool.query<{ table: string; rows: string; bytes: string }>(
      `SELECT relname AS table, n_live_tup::text AS rows, pg_total_relation_size(relid)::text AS bytes FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 8`,
    );
    const total = await pool.query<{ organisations: string; visits: string }>(
      `SELECT (SELECT count(*) FROM "Organisation" WHERE kind = 'LIBRARY')::text AS organisations, (SELECT count(*) FROM "Visit")::text AS visits`,
    );

    // The desks need a consultation hour running now, with room for the walk-ins of pass 3.
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    const perDesk = Math.ceil(WALK_INS / organisations.length) + 4;
    const sessionIds = new Map<string, string>();
    for (const organisation of organisations) {
      const users = await pool.query<{ id: string; roles: string[]; advisorKind: string | null }>(
        `SELECT id, roles::text[] AS roles, "advisorKind" AS "advisorKind" FROM "User" WHERE "organisationId" = $1 ORDER BY email`,
        [organisation.id],
      );
      const rooms = await pool.query<{ id: string }>(`SELECT id FROM "Room" WHERE "locationId" = $1 ORDER BY name`, [
        organisation.locationId,
      ]);
      // Every run uses up half hours; after many runs on one day the next extra session would run
      // into tomorrow's hours (the exclusion constraint says no), so take what is left, or use
      // other libraries (--skip).
      await ensureSessionRunningNow(
        prisma,
        {
          organisationId: organisation.id,
          locationId: organisation.locationId,
          roomIds: rooms.rows.map((room) => room.id),
          professionalIds: users.rows.filter((user) => user.advisorKind === "PROFESSIONAL").map((user) => user.id),
          volunteerId: users.rows.find((user) => user.advisorKind === "VOLUNTEER")!.id,
          hostId: users.rows.find((user) => user.roles.includes("HOST"))!.id,
        },
        new Date(),
        perDesk,
      ).catch((error: unknown) =>
        console.warn(
          `  ${organisation.slug}: no extra session (${(error as Error).message.split("\n").at(-1)}); using what is left today`,
        ),
      );
      const session = await pool.query<{ id: string }>(
        `SELECT s.id FROM "Session" s WHERE s."locationId" = $1 AND s."endsAt" > now() AND s.status <> 'CANCELLED' AND s."startsAt" < now() + interval '1 day'
         ORDER BY (SELECT count(*) FROM "Slot" sl WHERE sl."sessionId" = s.id AND sl."endsAt" > now() AND NOT EXISTS (SELECT 1 FROM "Visit" v WHERE v."slotId" = sl.id)) DESC LIMIT 1`,
        [organisation.locationId],
      );
      if (session.rows[0]) sessionIds.set(organisation.id, session.rows[0].id);
      else console.warn(`  ${organisation.slug}: no consultation hour left today; its host's walk-ins will be refused`);
    }
    const programmeEmail = PROGRAMME_DESK_RATE > 0 ? await ensureBenchProgramme(prisma) : null;
    await prisma.$disconnect();

    const dossiers = await pool.query<{ slug: string; caseId: string }>(
      `SELECT DISTINCT ON (o.slug) o.slug, c.id AS "caseId" FROM "Case" c JOIN "User" u ON u.id = c."responsibleAdvisorId" JOIN "Organisation" o ON o.id = c."organisationId"
       WHERE o.slug = ANY($1) AND u.email LIKE 'adviseur@%' AND c.kind = 'DOSSIER' ORDER BY o.slug, (SELECT count(*) FROM "CaseAction" a WHERE a."caseId" = c.id) DESC, c."openedAt" DESC`,
      [organisations.map((organisation) => organisation.slug)],
    );
    const caseOf = new Map(dossiers.rows.map((row) => [row.slug, row.caseId]));
    const today = new Date().toISOString().slice(0, 10);
    const year = `van=${yearAgo(today)}&tot=${today}`;

    console.log(
      `\nData: ${total.rows[0].organisations} libraries, ${Number(total.rows[0].visits).toLocaleString("en")} visits. Largest tables:`,
    );
    for (const row of sizes.rows)
      console.log(
        `  ${row.table.padEnd(18)} ${Number(row.rows).toLocaleString("en").padStart(12)} rows  ${(Number(row.bytes) / 2 ** 20).toFixed(0).padStart(6)} MB`,
      );

    const targets = async (): Promise<Target[]> =>
      (await allTargets()).filter(
        (target, index) => index === 0 || !ONLY || ONLY.some((word) => target.name.toLowerCase().includes(word)),
      );
    const allTargets = async (): Promise<Target[]> => {
      const hosts = await Promise.all(
        organisations.map((organisation) => logIn(`gastvrouw@${organisation.slug}.example`)),
      );
      const advisors = await Promise.all(
        organisations.map((organisation) => logIn(`adviseur@${organisation.slug}.example`)),
      );
      const coordinators = await Promise.all(
        organisations.map((organisation) => logIn(`coordinator@${organisation.slug}.example`)),
      );
      const each = (logins: Login[], pathOf: (index: number) => string) =>
        logins.map((login, index) => ({ method: "GET" as const, path: pathOf(index), cookie: login.cookie }));
      const actionId = walkInActionId();
      // One body per walk-in, made ahead, each with a name and a submission key of its own (the action
      // records the key, and answers a key it knows without registering again): enough for the
      // counting pass, the warm-up, the single user and the load.
      const run = Date.now().toString(36);
      const perHost = Math.ceil((WALK_INS + 30) / hosts.length) + 4;
      const walkIns = await Promise.all(
        hosts.map((_, index) =>
          Promise.all(
            Array.from({ length: perHost }, (_, visitor) =>
              walkInBody(sessionIds.get(organisations[index].id) ?? "", `Bezoeker ${run}-${index}-${visitor}`),
            ),
          ),
        ),
      );
      const walkInsSent = hosts.map(() => 0);
      return [
        { name: "bare route /api/health (ceiling)", requests: each(hosts, () => "/api/health") },
        { name: "host desk today (/balie)", requests: each(hosts, () => "/balie"), target: "p95 < 100 ms" },
        // What an open desk asks every five seconds instead of rendering itself (components/desk/auto-refresh.tsx).
        {
          name: "desk change check (/balie/stand)",
          requests: each(hosts, (index) => `/balie/stand?locatie=${organisations[index].locationId}`),
        },
        { name: "my dossiers (/dossiers)", requests: each(advisors, () => "/dossiers"), target: "p95 < 150 ms" },
        {
          name: "dossier page",
          requests: each(advisors, (index) => `/dossiers/${caseOf.get(organisations[index].slug)}`),
          target: "p95 < 150 ms",
        },
        {
          name: "weekly hours report, org-year",
          requests: each(coordinators, () => `/rapportages/uren?${year}`),
          report: true,
          target: "< 300 ms",
        },
        {
          name: "monitoring figures, org-year",
          requests: each(coordinators, () => `/rapportages/cijfers?${year}`),
          report: true,
          target: "< 300 ms",
        },
        {
          name: "national format (landelijk), org-year",
          requests: each(coordinators, () => `/rapportages/landelijk?${year}`),
          report: true,
          target: "< 2 s",
        },
        {
          name: "CSV export of a year (cijfers)",
          requests: each(coordinators, () => `/rapportages/cijfers/export?format=csv&${year}`),
          report: true,
        },
        {
          name: "register walk-in (server action)",
          target: "p95 < 100 ms",
          requests: hosts.map((login, index) => ({
            method: "POST" as const,
            path: "/balie",
            cookie: login.cookie,
            headers: {
              "Next-Action": actionId,
              "Content-Type": `multipart/form-data; boundary=${WALK_IN_BOUNDARY}`,
              Accept: "text/x-component",
            },
            get body() {
              return walkIns[index][walkInsSent[index]++ % perHost];
            },
          })),
        },
      ];
    };

    // Pass 1: query counts and the SQL behind each request.
    console.log("\nPass 1: queries per request (SPREEKUUR_LOG_QUERIES=1) …");
    const logging = await startServer(database.url, true);
    servers.push(logging);
    const counted = new Map<string, { queries: number; sql: number | null }>();
    const plans: string[] = [];
    const log: string[] = [];
    const requested: { target: Target; queries: number; statements: Statement[] }[] = [];
    for (const target of await targets()) requested.push({ target, ...(await countQueries(logging, target)) });
    const replays = await bareSql(
      pool,
      new Map(
        requested.filter(({ target }) => target.report).map(({ target, statements }) => [target.name, statements]),
      ),
    );
    for (const { target, queries, statements } of requested) {
      const replayed = replays.get(target.name) ?? null;
      const sql = replayed?.total ?? null;
      if (args.explain) plans.push(...(await explainSlow(pool, target.name, statements)));
      counted.set(target.name, { queries, sql });
      // An N+1 shows as one statement repeated once per row; here the most repeated one is named.
      const repeats = new Map<string, number>();
      for (const statement of statements) repeats.set(statement.query, (repeats.get(statement.query) ?? 0) + 1);
      const [mostText, most] = [...repeats.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
      const timed = (index: number) => (replayed ? `${replayed.perStatement[index].toFixed(1).padStart(5)} ms  ` : "");
      log.push(
        `== ${target.name}: ${statements.length} statements\n${statements.map((statement, index) => `${timed(index)}${statement.query.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")}`,
      );
      const slowest = replayed
        ? [...replayed.perStatement.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(
              ([index, ms]) =>
                `${ms.toFixed(1)} ms ${statements[index].query.replace(/\s+/g, " ").trim().slice(0, 40)}…`,
            )
        : [];
      console.log(
        `  ${target.name}: ${queries} queries, ${repeats.size} different, most repeated ×${most} (${mostText.replace(/\s+/g, " ").slice(0, 60)}…)${sql === null ? "" : `, bare SQL ${sql.toFixed(1)} ms; slowest: ${slowest.join("; ")}`}`,
      );
    }
    await logging.stop();
    servers.pop();
    const national = await nationalRollUp(pool, yearAgo(today), today);
    console.log(
      `  national figures over all ${total.rows[0].organisations} libraries, one year (SQL only; the sum of each library's counts): ${national.toFixed(0)} ms`,
    );
    fs.writeFileSync(path.join(projectRoot, ".data/bench-queries.txt"), log.join("\n\n"));
    console.log("  every request's statements: .data/bench-queries.txt");
    if (args.explain) {
      fs.writeFileSync(path.join(projectRoot, ".data/bench-explain.txt"), plans.join("\n\n"));
      console.log("  plans of the statements over 2 ms: .data/bench-explain.txt");
    }

    // Pass 2 and 3: latency and throughput under load, memory sampled throughout.
    console.log(
      `\nPass 2: ${RATE ? `${RATE} requests/s at random moments` : `${CONNECTIONS} concurrent users`}, ${DURATION} s per page …`,
    );
    if (args["cpu-prof"]) fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
    const server = await startServer(database.url, false, args["cpu-prof"], INSTANCES);
    servers.push(server);
    let peakRss = treeRss(server.process.pid!);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(server.process.pid!))), 250);
    const rows: Row[] = [];
    const loadStarted = new Date();
    for (const target of await targets()) {
      const walkIn = target.name.startsWith("register walk-in");
      for (let index = 0; index < 5 && !walkIn; index++) await request(target.requests[index % target.requests.length]);
      // After the last row's load the server is still busy for a while (answers, garbage).
      await quiet(server);
      const single = await singleUser(target);
      await quiet(server);
      const cpuBefore = treeCpuMs(server.process.pid!);
      const measured = RATE ? await openLoop(target, RATE) : await load(target, walkIn ? { amount: WALK_INS } : {});
      rows.push({
        name: target.name,
        target: target.target,
        ...measured,
        cpu: (treeCpuMs(server.process.pid!) - cpuBefore) / Math.max(1, measured.answered),
        single: single.ms,
        bytes: single.bytes,
        ...(counted.get(target.name) ?? { queries: null, sql: null }),
      });
      console.log(
        `  ${target.name}: p95 ${measured.p95.toFixed(0)} ms, ${measured.rps.toFixed(1)} req/s, app CPU ${rows.at(-1)!.cpu.toFixed(1)} ms a request`,
      );
    }
    const registered = Number(
      (
        await pool.query(
          `SELECT count(*) FROM "Visit" WHERE kind = 'WALK_IN' AND "createdAt" >= $1 AND "sessionId" = ANY($2)`,
          [loadStarted, [...sessionIds.values()]],
        )
      ).rows[0].count,
    );
    const mixed = [];
    if (MIX_SECONDS > 0) {
      console.log(`\nPass 4: the national mix, ${MIX_SECONDS} s at 1× and at 2× …`);
      const byRow = await allTargets();
      const postgresPid = await localPostgresPid(database.url);
      for (const factor of [1, 2]) mixed.push({ factor, ...(await nationalMix(server, byRow, factor, postgresPid)) });
    }
    let programmeRun: Awaited<ReturnType<typeof programmeAgainstDesks>> = null;
    if (programmeEmail) {
      console.log(
        `\nPass 5: the programme view over ${PARTNERSHIPS} libraries, and the desks at ${PROGRAMME_DESK_RATE}/s …`,
      );
      const { cookie } = await logIn(programmeEmail);
      const desk = (await allTargets()).find((target) => target.name.startsWith("host desk today"))!;
      // After the logins above: the server hashes passwords for them.
      await quiet(server);
      programmeRun = await programmeAgainstDesks(
        { name: "programme view", requests: [{ method: "GET", path: "/programma", cookie }] },
        desk,
        PROGRAMME_DESK_RATE,
      );
    }
    clearInterval(sampler);
    await server.stop();
    servers.pop();

    const ceiling = rows[0].rps;
    const commit = await gitCommit();
    console.log(
      `\n${new Date().toISOString()} · commit ${commit} · ${os.cpus().length} CPUs · ${INSTANCES} server process${INSTANCES === 1 ? "" : "es"} · load average ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(" ")}`,
    );
    console.log(
      `${RATE ? `${RATE} requests/s at random moments (Poisson), walk-ins too` : `${CONNECTIONS} concurrent users, no think time`}, ${DURATION} s per row${RATE ? "" : ` (walk-ins: ${WALK_INS} requests)`}; ${organisations.length} libraries take part, each user is someone of another library.\n`,
    );
    console.log(
      `| request | p50 ms | p95 ms | p99 ms | ${RATE ? "sent/s" : "req/s"} | of ceiling | app CPU ms/req | CPU × ceiling | 1 user ms | kB | queries | bare SQL ms | app/SQL | errors | target |`,
    );
    console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
    for (const row of rows) {
      const ratio = row.sql ? (row.single / row.sql).toFixed(1) : "";
      console.log(
        `| ${row.name} | ${row.p50.toFixed(0)} | ${row.p95.toFixed(0)} | ${row.p99.toFixed(0)} | ${row.rps.toFixed(1)} | ${RATE ? "" : `${((row.rps / ceiling) * 100).toFixed(0)}%`} | ${row.cpu.toFixed(1)} | ${(row.cpu / rows[0].cpu).toFixed(1)} | ${row.single.toFixed(0)} | ${(row.bytes / 1000).toFixed(0)} | ${row.queries ?? ""} | ${row.sql === null ? "" : row.sql.toFixed(1)} | ${ratio} | ${row.errors} | ${row.target ?? ""} |`,
      );
    }
    for (const { factor, kinds, cpuShare, postgresShare, benchShare, machineShare, stealShare } of mixed) {
      const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
      console.log(
        `\nNational mix at ${factor}× (${MIX_SECONDS} s, every kind at once at its own rate, arriving at random moments); of the ${os.cpus().length} cores the app used ${percent(cpuShare)}, ${postgresShare === null ? "PostgreSQL (elsewhere) –" : `PostgreSQL ${percent(postgresShare)}`}, the bench ${percent(benchShare)}; the machine was busy ${percent(machineShare)}, and ${percent(stealShare)} was taken by its host (steal):\n`,
      );
      console.log("| request | sent/s | answered | p50 ms | p95 ms | p99 ms | errors | target |");
      console.log("|---|--:|--:|--:|--:|--:|--:|---|");
      for (const kind of kinds)
        console.log(
          `| ${kind.name} | ${kind.rps.toFixed(2)} | ${kind.answered} | ${ms(kind.p50)} | ${ms(kind.p95)} | ${ms(kind.p99)} | ${kind.errors} | ${factor === 2 ? "p95 < 200 ms" : ""} |`,
        );
    }
    if (programmeEmail && !programmeRun)
      console.log(`\nProgramme view over ${PARTNERSHIPS} partnerships: no answer within 60 s.`);
    if (programmeRun) {
      const { alone, during, deskAlone, deskDuring, seconds } = programmeRun;
      const partnerships = (
        await pool.query<{ count: string }>(
          `SELECT count(*) FROM "ProgrammeGrant" g JOIN "Organisation" p ON p.id = g."programmeId" WHERE p.slug = $1`,
          [BENCH_PROGRAMME_SLUG],
        )
      ).rows[0].count;
      console.log(
        `\nProgramme view over ${partnerships} partnerships (/programma, the last quarter and the trend of four): ${alone.ms.toFixed(0)} ms alone, ${during ? `${during.ms.toFixed(0)} ms` : "no answer within 60 s"} beside the desks.`,
      );
      console.log(
        `Host desk at ${PROGRAMME_DESK_RATE}/s for ${seconds.toFixed(0)} s (${deskAlone.answered} and ${deskDuring.answered} answers): p95 ${ms(deskAlone.p95)} ms alone, ${ms(deskDuring.p95)} ms while the programme view is made (p99 ${ms(deskAlone.p99)} → ${ms(deskDuring.p99)}; errors ${deskAlone.errors} → ${deskDuring.errors}).`,
      );
    }
    console.log(
      `\nWalk-ins registered during pass 2: ${registered} (${RATE ? `about ${RATE * DURATION}` : WALK_INS} under load + 8 one at a time posted); fewer means no free half hour was left or a request failed.`,
    );
    console.log(
      `Peak resident memory of the next-server process tree: ${(peakRss / 2 ** 20).toFixed(0)} MB (target < 500 MB).`,
    );
    if (args["cpu-prof"]) printProfile();
  } finally {
    for (const server of servers) await server.stop();
    await pool.end();
    await database.stop();
  }
}

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};

/** Self time of the server's CPU profile, summed per package (or app file) and per function. */
function printProfile() {
  const files = fs.existsSync(PROFILE_DIR)
    ? fs.readdirSync(PROFILE_DIR).filter((file) => file.endsWith(".cpuprofile"))
    : [];
  if (files.length === 0) return console.log("No CPU profile was written (did the server exit cleanly?).");
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, file), "utf8")) as {
      nodes: ProfileNode[];
      startTime: number;
      endTime: number;
      samples: number[];
    };
    const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const ms = (node.hitCount ?? 0) * interval;
      if (!ms) continue;
      total += ms;
      const { url, functionName, lineNumber } = node.callFrame;
      const place = placeOf(url, functionName);
      byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
      const name = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join("\n");
  console.log(
    `\nCPU profile of the loaded server (${(total / 1000).toFixed(1)} s of samples; ${PROFILE_DIR}):\nby package or place:\n${top(byPlace, 25)}\nby function:\n${top(byFunction, 30)}`,
  );
}

function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const chunk = /\.next\/server\/(.*)/.exec(url);
  if (chunk) return `.next/server/${chunk[1].split("/").slice(0, 2).join("/")}`;
  return url.startsWith("node:") ? url : url.replace(projectRoot, "");
}

function gitCommit(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", () => resolve(out.trim() || "unknown"));
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
