import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { startAppProcess, type AppProcess } from "./app-process";
import { APP_ENV_FILE, PROCESSES_PORT } from "./servers";
import { expect, test } from "./support";

// docs/scaling.md: on a machine with more cores, scripts/next-cluster.mjs runs the build in
// SPREEKUUR_INSTANCES processes that share one port. It must keep that many running and stop
// them all when it is stopped.
const BASE = `http://localhost:${PROCESSES_PORT}`;

/** The processes the launcher started, from /proc. */
const workersOf = (pid: number): number[] => {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
const alive = (pid: number) => fs.existsSync(`/proc/${pid}`);
// A connection that arrives while a process dies can be handed to it and never answered: each
// question gets its own deadline, so a poll asks again.
const healthy = () =>
  fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.status,
    () => 0,
  );

const appEnv = () => ({
  ...process.env,
  ...(JSON.parse(fs.readFileSync(APP_ENV_FILE, "utf8")) as Record<string, string>),
  NEXTAUTH_URL: BASE,
  SPREEKUUR_INSTANCES: "2",
});

// Both tests use the one port.
test.describe.configure({ mode: "serial" });

let launcher: AppProcess | undefined;
test.afterAll(() => launcher?.stop("SIGKILL"));

test("several server processes share one port; one that dies is replaced, and a stop ends them all", async () => {
  test.setTimeout(120_000);
  launcher = await startAppProcess({
    command: process.execPath,
    args: [path.resolve("scripts/next-cluster.mjs"), "start", "--port", String(PROCESSES_PORT)],
    env: appEnv(),
    baseURL: BASE,
    within: 90_000,
  });
  const { pid } = launcher;
  await expect.poll(() => workersOf(pid).length, { timeout: 60_000 }).toBe(2);
  const [lost, kept] = workersOf(pid);

  process.kill(lost, "SIGKILL");
  await expect.poll(() => workersOf(pid).filter((worker) => worker !== lost).length, { timeout: 60_000 }).toBe(2);
  expect(workersOf(pid)).toContain(kept);
  // With the other first process gone too, only the replacement can answer (on a new connection).
  process.kill(kept, "SIGKILL");
  const [replacement] = workersOf(pid).filter((worker) => worker !== kept);
  await expect.poll(healthy, { timeout: 30_000 }).toBe(200);
  expect(alive(replacement)).toBe(true);

  await expect.poll(() => workersOf(pid).length, { timeout: 60_000 }).toBe(2);
  const workers = workersOf(pid);
  process.kill(pid, "SIGTERM");
  // A clean stop: the launcher ends with 0 after its processes, not because they left it.
  expect(await launcher.exited).toEqual({ code: 0, signal: null });
  expect([pid, ...workers].filter(alive)).toEqual([]);
});

test("processes that cannot start are not replaced for ever: the launcher ends with an error", async () => {
  test.setTimeout(120_000);
  const taken = net.createServer();
  await new Promise<void>((resolve, reject) => {
    taken.once("error", reject);
    taken.listen(PROCESSES_PORT, resolve);
  });
  const started = spawn(
    process.execPath,
    [path.resolve("scripts/next-cluster.mjs"), "start", "--port", String(PROCESSES_PORT)],
    { env: appEnv(), stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  try {
    let errors = "";
    started.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => started.once("exit", resolve));
    expect(code).toBe(1);
    expect(errors).toContain("Server processes keep ending before they serve");
  } finally {
    try {
      process.kill(-started.pid!, "SIGKILL");
    } catch {
      // Ended as it should.
    }
    await new Promise((resolve) => taken.close(resolve));
  }
});
