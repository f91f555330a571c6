// Prisma 7 migrations without the native schema-engine binary, which cannot be downloaded here:
// we drive the same engine compiled to WebAssembly (@prisma/schema-engine-wasm) through
// @prisma/adapter-pg. Migrations are recorded in the same `_prisma_migrations` table as the
// Prisma CLI uses, so `prisma migrate` can take over on a machine that has the native engine.
//
//   tsx scripts/migrate.ts deploy        apply pending migrations
//   tsx scripts/migrate.ts dev <name>    write a migration for the schema changes, then apply it
//   tsx scripts/migrate.ts check         exit 1 when schema.prisma and the migrations disagree
//   tsx scripts/migrate.ts status        print the migration history diagnosis
//
// Run it as its own process: it patches node-postgres globally (see the workarounds below).
import fs from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { projectRoot } from "./paths";
import { resolveDatabase } from "./embedded-db";

const SCHEMA = path.join(projectRoot, "prisma/schema.prisma");
const MIGRATIONS = path.join(projectRoot, "prisma/migrations");
const LOCK = "migration_lock.toml";
const FILTERS = { externalTables: [], externalEnums: [] };

// --- Workarounds, each needed for the wasm engine on adapter-pg --------------------------------
// 1. Catalog columns of type "name" (19) and "char" (18) cannot be mapped by adapter-pg
//    (prisma/orm#27403): read them as text.
// 2. PostgreSQL 18 lists NOT NULL constraints with contype 'n', which the engine reads as a
//    "char": those columns must reach the engine typed as Character, not Text.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const REMAP: Record<number, number> = { 18: TEXT, 19: TEXT, 22: TEXT, 30: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };
const CHARACTER_COLUMN_TYPE = 6;
type Field = { dataTypeID: number; isChar?: boolean };
type ResultProto = { addFields(fields: Field[]): void };
const resultProto = pg.Result.prototype as unknown as ResultProto;
const addFields = resultProto.addFields;
resultProto.addFields = function (fields: Field[]) {
  for (const field of fields) {
    if (field.dataTypeID === 18) field.isChar = true;
    const mapped = REMAP[field.dataTypeID];
    if (mapped) field.dataTypeID = mapped;
  }
  return addFields.call(this, fields);
};
type RawResult = { rows: unknown[] & { charColumns?: number[] }; fields?: Field[] };
type Queryable = {
  performIO(query: unknown): Promise<RawResult>;
  queryRaw(query: unknown): Promise<{ rows: unknown[] & { charColumns?: number[] }; columnTypes: number[] }>;
  charPatched?: boolean;
};
function patchQueryable(proto: Queryable) {
  if (proto.charPatched) return;
  proto.charPatched = true;
  const performIO = proto.performIO;
  const queryRaw = proto.queryRaw;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const charColumns = (result.fields ?? []).flatMap((f, i) => (f.isChar ? [i] : []));
    if (charColumns.length) Object.defineProperty(result.rows, "charColumns", { value: charColumns });
    return result;
  };
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of result.rows.charColumns ?? []) result.columnTypes[i] = CHARACTER_COLUMN_TYPE;
    return result;
  };
}
// 3. adapter-pg runs a migration script by splitting it on every ";", which breaks function
//    bodies and comments; PostgreSQL runs a multi-statement script itself, atomically.
type Adapter = {
  client: pg.Pool;
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
  scriptPatched?: boolean;
};
function patchExecuteScript(proto: Adapter) {
  if (proto.scriptPatched) return;
  proto.scriptPatched = true;
  proto.executeScript = async function (script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
}
// 4. The engine arms 10 s / 60 s timers and never clears them; they must not keep node alive.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimeoutOriginal(fn, ms, ...args) as unknown as NodeJS.Timeout;
  if ((ms ?? 0) >= 10_000) timer.unref();
  return timer;
}) as typeof setTimeout;

type PgConfig = { host: string; port: number; user: string; password: string; database: string };
function pgConfig(url: string): PgConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

// 5. adapter-pg's own shadow database lets the connection string override the database name and
//    drops the database before closing its pool; this one uses separate fields and drops it last.
class MigrationAdapter extends PrismaPg {
  constructor(private readonly connection: PgConfig) {
    super({ ...connection, allowExitOnIdle: true });
  }
  override async connect() {
    const adapter = await super.connect();
    const adapterProto = Object.getPrototypeOf(adapter) as Adapter;
    patchExecuteScript(adapterProto);
    patchQueryable(Object.getPrototypeOf(adapterProto) as Queryable);
    return adapter;
  }
  override async connectToShadowDb() {
    const admin = new pg.Client(this.connection);
    await admin.connect();
    const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await new MigrationAdapter({ ...this.connection, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }
}
// ------------------------------------------------------------------------------------------------

type Glue = typeof engineGlue & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string; set_message(m: string): void } };
globals.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message: string) {
    this.message = `RuntimeError: ${message}`;
    console.error(this.message);
  },
};

async function loadEngine(schemaFiles: { path: string; content: string }[], adapter: object): Promise<SchemaEngine> {
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const wasmModule = new WebAssembly.Module(await fs.readFile(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": engineGlue as unknown as WebAssembly.ModuleImports,
  });
  (engineGlue as Glue).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  const log = process.env.DEBUG ? (m: string) => console.error("[schema-engine]", m) : () => {};
  return engineGlue.SchemaEngine.new({ datamodels: schemaFiles.map((f) => [f.path, f.content]) }, log, adapter);
}

async function migrationsList() {
  const lockContent = await fs.readFile(path.join(MIGRATIONS, LOCK), "utf8").catch(() => null);
  const entries = await fs.readdir(MIGRATIONS, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const content = await fs.readFile(path.join(MIGRATIONS, entry.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: MIGRATIONS,
    lockfile: { path: LOCK, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

async function main() {
  const [command = "status", name = "migration"] = process.argv.slice(2);
  const database = await resolveDatabase();
  const schemaFiles = [{ path: SCHEMA, content: await fs.readFile(SCHEMA, "utf8") }];
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationAdapter(pgConfig(database.url)));
  const engine = await loadEngine(schemaFiles, adapter);
  try {
    if (command === "deploy") {
      const result = await engine.applyMigrations({ migrationsList: await migrationsList(), filters: FILTERS });
      const applied = result.appliedMigrationNames;
      console.log(applied.length ? `Migrations applied: ${applied.join(", ")}` : "Database schema is up to date.");
    } else if (command === "dev") {
      const list = await migrationsList();
      // devDiagnostic replays the migrations on a shadow database and fills the engine's cache
      // that createMigration relies on, exactly as `prisma migrate dev` does.
      const diagnostic = await engine.devDiagnostic({ migrationsList: list, filters: FILTERS });
      if (diagnostic.action.tag === "reset")
        throw new Error(`Drift detected, the database needs a reset: ${diagnostic.action.reason}`);
      const out = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList: list,
        schema: { files: schemaFiles },
        filters: FILTERS,
      });
      if (out.migrationScript === null) {
        console.log("No schema changes; no migration created.");
      } else {
        const dir = path.join(MIGRATIONS, out.generatedMigrationName);
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
        await fs.writeFile(
          path.join(MIGRATIONS, LOCK),
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
        );
        console.log(`Created prisma/migrations/${out.generatedMigrationName}/migration.sql`);
      }
      const result = await engine.applyMigrations({ migrationsList: await migrationsList(), filters: FILTERS });
      console.log("Applied:", result.appliedMigrationNames);
    } else if (command === "check") {
      const result = await engine.diff({
        from: { tag: "migrations", ...(await migrationsList()) },
        to: { tag: "schemaDatamodel", files: schemaFiles },
        script: true,
        exitCode: true,
        filters: FILTERS,
      });
      if (result.exitCode !== 0) {
        console.error("schema.prisma and prisma/migrations disagree. Missing SQL:\n" + (result.stdout ?? ""));
        process.exitCode = 1;
      } else {
        console.log("schema.prisma and prisma/migrations agree.");
      }
    } else if (command === "status") {
      const result = await engine.diagnoseMigrationHistory({
        migrationsList: await migrationsList(),
        optInToShadowDatabase: false,
        filters: FILTERS,
      });
      console.log(JSON.stringify(result, null, 2));
    } else {
      throw new Error(`Unknown command "${command}": use deploy, dev <name>, check or status.`);
    }
  } finally {
    engine.free();
    await database.stop();
  }
}

// Exit explicitly with the outcome: a connection or timer left open must not keep the process alive.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
