// `npm start` works wherever the clone is (issue 14). As root, PostgreSQL runs as the OS user
// "postgres", which cannot enter a clone under /root or in a mktemp folder (0700): the embedded
// database then runs from a copy of its binaries, with its data, in /var/lib/spreekuur, which a
// reboot does not wipe. As anyone else it runs as that user, straight from the clone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedDatabase, type Database } from "@/scripts/embedded-db";
import { isRoot, serverUser, STATE_DIR } from "@/scripts/postgres-server";

const THIS_CLONE = path.resolve(import.meta.dirname, "../..");
let closedFolder: string;
let clone: string;
let dataDirectory: string | undefined;

beforeAll(() => {
  // Outside the temporary folder, so that the data can be seen not to land there.
  fs.mkdirSync(path.join(THIS_CLONE, ".data"), { recursive: true });
  closedFolder = fs.mkdtempSync(path.join(THIS_CLONE, ".data", "closed-"));
  clone = path.join(closedFolder, "spreekuur");
  fs.mkdirSync(clone);
  // The clone's PostgreSQL binaries, reached through the closed folder like those of a real clone.
  fs.symlinkSync(path.join(THIS_CLONE, "node_modules"), path.join(clone, "node_modules"));
});

afterAll(() => {
  fs.rmSync(closedFolder, { recursive: true, force: true });
  if (dataDirectory?.startsWith(`${STATE_DIR}/`))
    fs.rmSync(path.dirname(dataDirectory), { recursive: true, force: true });
});

async function query<T>(database: Database, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

it(
  "starts, keeps its data over a restart and stops, from a clone in a folder only its owner may enter",
  { timeout: 20_000 },
  async () => {
    expect(fs.statSync(closedFolder).mode & 0o777).toBe(0o700);

    const first = await startEmbeddedDatabase({ projectRoot: clone, database: "anywhere" });
    await query(first, "CREATE TABLE kept (word text); INSERT INTO kept VALUES ('spreekuur')");
    await first.stop();

    const second = await startEmbeddedDatabase({ projectRoot: clone, database: "anywhere" });
    const [kept] = await query<{ word: string }>(second, "SELECT word FROM kept");
    expect(kept.word).toBe("spreekuur");
    const [{ data_directory }] = await query<{ data_directory: string }>(second, "SHOW data_directory");
    dataDirectory = data_directory;
    const postmaster = fs.readFileSync(path.join(dataDirectory, "postmaster.pid"), "utf8").split("\n")[0];
    const serverBinary = fs.readlinkSync(`/proc/${postmaster}/exe`);
    await second.stop();

    expect(path.relative(os.tmpdir(), dataDirectory).startsWith("..")).toBe(true);
    if (isRoot()) {
      expect(dataDirectory.startsWith(`${STATE_DIR}/`)).toBe(true);
      expect(fs.statSync(dataDirectory).uid).toBe(serverUser()!.uid);
      expect(serverBinary.startsWith(`${STATE_DIR}/postgres-`)).toBe(true);
    } else {
      expect(dataDirectory).toBe(path.join(clone, ".data", "postgres"));
    }
    await expect(new pg.Client({ connectionString: second.url }).connect()).rejects.toThrow();
  },
);
