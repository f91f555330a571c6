import { spawn, type ChildProcess } from "node:child_process";

export type AppProcess = {
  /** The process started; its own process group has the same id. */
  pid: number;
  /** How the process ended, once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the process; a graceful stop that hangs becomes a kill after 10 s. */
  stop(signal: NodeJS.Signals): Promise<void>;
};

const answersHealth = (baseURL: string) =>
  fetch(`${baseURL}/api/health`).then(
    (response) => response.ok,
    () => false,
  );

/**
 * Starts a server of the app beside the suite's (a second instance, or a fresh install) and waits
 * until it answers its health check. Refuses a port another server holds: a leftover of an
 * earlier run would otherwise be tested in its place.
 */
export async function startAppProcess(options: {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  baseURL: string;
  within: number;
}): Promise<AppProcess> {
  if (await answersHealth(options.baseURL))
    throw new Error(`${options.baseURL} is taken by another server: stop it, or set E2E_PORT.`);
  // Its own process group: a stop reaches everything it started (tsx, serve.ts and Next.js), and
  // none of them outlives the test on its port.
  const child: ChildProcess = spawn(options.command, options.args, {
    env: options.env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const signalAll = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };
  for (
    const deadline = Date.now() + options.within;
    !(await answersHealth(options.baseURL));
    await new Promise((resolve) => setTimeout(resolve, 250))
  ) {
    if (child.exitCode !== null) throw new Error(`${options.baseURL}: the server exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      signalAll("SIGKILL");
      throw new Error(`${options.baseURL} was not healthy within ${options.within / 1000} s`);
    }
  }
  return {
    pid: child.pid!,
    exited,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalAll(signal);
      // A graceful stop waits for open connections, and a desk that asks every 5 s keeps its
      // keep-alive connection open for good when the stop lands during a question.
      const hard = setTimeout(() => signalAll("SIGKILL"), 10_000);
      await exited;
      clearTimeout(hard);
      // Whatever of the group outlived its leader must not keep the port.
      await new Promise((resolve) => setTimeout(resolve, 500));
      signalAll("SIGKILL");
    },
  };
}
