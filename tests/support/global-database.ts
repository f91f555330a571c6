import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    database: { url: string; template: string };
  }
}

let server: ChildProcess | undefined;

/** One PostgreSQL server and one migrated template database for the whole integration run. */
export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, "../..");
  server = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/test-database.ts")], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const ready = await new Promise<{ url: string; template: string }>((resolve, reject) => {
    let output = "";
    server!.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((l) => l.startsWith("READY "));
      if (line) resolve(JSON.parse(line.slice("READY ".length)));
    });
    server!.on("exit", (code) => reject(new Error(`The test database did not start (exit ${code}).`)));
  });
  project.provide("database", ready);
}

export async function teardown() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.stdin!.end();
  await exited;
}
