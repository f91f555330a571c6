// Bad input (issue 7, part 7): every use case, found in the code, gets hostile payloads made by
// fast-check from its valid input with one field (or the whole payload) corrupted: wrong types,
// missing fields, 100k-character strings, SQL and script fragments, impossible dates, negative
// minutes, NaN and Infinity, prototype-pollution keys, arrays for objects, 10 MB files.
// Whatever comes in: no crash (our "500"), a Dutch message, and nothing written. A payload that is
// still valid (a note may well say "<script>") must be stored as given and change nothing else.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Result } from "@/lib/result";
import { UNEXPECTED_ERROR } from "@/lib/use-case";
import { changedTables, type Fingerprint, fingerprint } from "../support/db-fingerprint";
import { VALID_INPUTS } from "../support/use-case-inputs";
import { compareWithTable, loadUseCases, type RegisteredUseCase } from "../support/use-case-registry";
import { type ActorKey, createWorld, NOW, type World } from "../support/use-case-world";

/** Runs per use case: enough to hit every field kind over a few runs of the suite, small enough for a loaded CI machine. */
const RUNS_PER_USE_CASE = Number(process.env.FUZZ_RUNS ?? 15);

/** Use cases whose free text, when valid, is not kept in a text column, so "stored verbatim" cannot be looked up. */
const NOT_STORED_AS_TEXT: Record<string, string> = {
  "desk.searchClients": "a search query is not kept",
  "letters.draftLetter": "a draft is shown, not stored",
  "letters.saveLetter": "the letter's words live inside the .docx document",
  "partners.previewPartnerImport": "a preview is shown, not stored",
  "partners.importPartners": "the partners come from the file, sent as base64",
  "partners.exportSocialMap": "an export is read, not stored",
  "privacy.searchClients": "a search query is not kept",
  "users.setUserPassword": "a password is kept only as its argon2id hash",
};

/** Fields a valid value is stored normalised in, so it is not found letter for letter. */
const NORMALISED_FIELDS: Record<string, string> = {
  phone: "kept as digits only (the desk) or on one line (the social map)",
  email: "kept in lower case",
  slug: "kept in lower case: the public page's address",
  authorityPostcodeTown: "written as 1234 AB Town",
  clientPostcodeTown: "written as 1234 AB Town",
  inLibrary: "a checkbox: any text but on, true or 1 means not ticked",
};

// ----- Hostile values ----------------------------------------------------------------------------

const HUGE = "A".repeat(100_000);
const TEN_MB = 10 * 1024 * 1024;
const polluted = () =>
  JSON.parse('{"__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}}}') as object;

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    -30,
    -600,
    601,
    1.5,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    [],
    {},
    [[]],
    "",
  ),
  fc.constantFrom(HUGE, `${HUGE}<script>`, " ".repeat(5000)),
  fc.constantFrom(
    '\'; DROP TABLE "Case"; --',
    "1' OR '1'='1",
    '" OR ""="',
    "$1::text",
    "%' --",
    "\\x00",
    "\u0000null byte",
  ),
  fc.constantFrom(
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "{{constructor.constructor('return process')()}}",
    "../../etc/passwd",
  ),
  fc.constantFrom(
    "2026-02-30",
    "2026-13-01",
    "31-12-2026",
    "0000-00-00",
    "9999-99-99",
    "2026-12-01T25:61",
    "gisteren",
    "-1",
    "-30",
    "NaN",
    "Infinity",
    "1e9",
    "0x1F",
  ),
  fc.constant(null).map(polluted),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

/** For a file field: too large, empty, not a PDF or photo, or not a file at all. */
const hostileFile: fc.Arbitrary<() => unknown> = fc.constantFrom(
  () => new File([new Uint8Array(TEN_MB + 1)], "groot.pdf", { type: "application/pdf" }),
  () => new File([new Uint8Array(TEN_MB)], "nullen.pdf", { type: "application/pdf" }),
  () => new File([], "", { type: "application/octet-stream" }),
  () => new File(["<!doctype html><script>fetch('/dossiers')</script>"], "brief.pdf", { type: "application/pdf" }),
  () => "%PDF-1.4 as text",
  () => ({ name: "brief.pdf", size: 10, type: "application/pdf" }),
);

type Corruption =
  | { kind: "replace"; pick: number; value: unknown; file: () => unknown }
  | { kind: "drop"; pick: number }
  | { kind: "payload"; value: unknown }
  | { kind: "pollute" };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("replace" as const),
      pick: fc.nat(),
      value: hostileValue,
      file: hostileFile,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop" as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("payload" as const),
      value: fc.oneof(fc.constantFrom(null, undefined, "", 42, [], [{}]), fc.anything({ maxDepth: 1 })),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "pollute" as const }) },
);

// ----- Applying a corruption to a valid input ----------------------------------------------------

type Path = (string | number)[];
const isContainer = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !(value instanceof Blob);

/** Every path into the input, containers included (so a whole nested object can be replaced too). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isContainer(value)) return [prefix];
  return [
    ...(prefix.length ? [prefix] : []),
    ...Object.entries(value).flatMap(([key, child]) =>
      pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (isContainer(value))
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, clone(child)])) as T;
  return value;
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function corrupt(
  valid: unknown,
  change: Corruption,
): { payload: unknown; description: string; field?: string; placed?: unknown } {
  if (change.kind === "payload") return { payload: change.value, description: `payload := ${preview(change.value)}` };
  if (change.kind === "pollute")
    return {
      payload: Object.assign(polluted(), clone(valid)),
      description: "payload with __proto__ and constructor.prototype keys",
    };
  const payload = clone(valid);
  const paths = pathsOf(payload);
  // An input without fields (a button that only asks): the hostile value comes as a field of its own.
  if (paths.length === 0)
    return { payload: { extra: change.kind === "drop" ? undefined : change.value }, description: "an unasked field" };
  const path = paths[change.pick % paths.length];
  const parent = valueAt(payload, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  if (change.kind === "drop") {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return { payload, description: `without ${path.join(".")}` };
  }
  const placed = parent[key] instanceof Blob ? change.file() : change.value;
  parent[key] = placed;
  return { payload, description: `${path.join(".")} := ${preview(placed)}`, field: String(key), placed };
}

function preview(value: unknown): string {
  if (value instanceof Blob) return `${value.constructor.name}(${value.size} bytes)`;
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 40)}…(${value.length} chars)` : value);
  if (typeof value === "number" || value === undefined) return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return String(value);
  }
}

// ----- Checks ------------------------------------------------------------------------------------

/** zod's English defaults, should one ever slip past the Dutch locale and our own messages. */
const ENGLISH = /\b(invalid|expected|received|required|must be|too (big|small))\b/i;

/** The texts a refusal shows as they are; a message key is translated where it is answered (messages/en has its English). */
function messagesOf(result: Extract<Result<unknown>, { ok: false }>): string[] {
  return [result.error, ...Object.values(result.fieldErrors ?? {}).flat()]
    .map((message) => (typeof message === "string" ? message : message.key))
    .filter((message) => !message.startsWith("refusals."));
}

let textColumns: Promise<{ table: string; column: string; json: boolean }[]> | undefined;

/** Whether `text` occurs in any text column of the database: the proof that a valid hostile string was stored as given. */
async function storedVerbatim(text: string): Promise<boolean> {
  textColumns ??= db.$queryRaw<{ table: string; column: string; json: boolean }[]>`
    SELECT table_name AS "table", column_name AS "column", data_type = 'jsonb' AS json FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb') AND table_name <> '_prisma_migrations'`;
  const columns = await textColumns;
  // A JSON column (a location's translations) holds the text as one of its string values.
  const query = columns
    .map(({ table, column, json }) =>
      json
        ? `SELECT 1 FROM "${table}", jsonb_path_query("${column}", 'strict $.**') AS value WHERE jsonb_typeof(value) = 'string' AND strpos(value #>> '{}', $1) > 0`
        : `SELECT 1 FROM "${table}" WHERE strpos("${column}", $1) > 0`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT EXISTS (${query}) AS found`, text);
  return (rows[0] as { found: boolean }).found;
}

/**
 * What an advisor may do only as a professional (lib/clients/merge-clients.ts refuses a volunteer),
 * or as the volunteer's supervisor (lib/letters/review.ts).
 */
const PROFESSIONALS_ONLY = new Set([
  "clients.mergeClients",
  "clients.mergeDuplicateClient",
  "letters.approveLetter",
  "letters.returnLetter",
]);

/**
 * An allowed person of library A: the volunteer for anything an advisor does (every dossier is
 * theirs), their supervising professional where a volunteer may not.
 */
function fuzzActor(w: World, { useCase: { spec } }: RegisteredUseCase): Actor {
  if (spec.roles.includes("ADVISOR"))
    return PROFESSIONALS_ONLY.has(spec.name) ? w.a.actors.supervisor : w.a.actors.volunteer;
  return w.a.actors[spec.roles[0] as ActorKey];
}

const useCases = await loadUseCases();
let world: World;
const runsPerUseCase = new Map<string, number>();
const acceptedPerUseCase = new Map<string, number>();

beforeAll(async () => {
  world = await createWorld();
});

afterAll(() => {
  const total = [...runsPerUseCase.values()].reduce((sum, runs) => sum + runs, 0);
  const accepted = [...acceptedPerUseCase.values()].reduce((sum, runs) => sum + runs, 0);
  console.log(
    `fuzz: ${total} hostile payloads over ${runsPerUseCase.size} use cases (${accepted} still valid and stored as given)\n` +
      [...runsPerUseCase]
        .map(
          ([name, runs]) =>
            `  ${name}: ${runs}${acceptedPerUseCase.get(name) ? ` (${acceptedPerUseCase.get(name)} valid)` : ""}`,
        )
        .join("\n"),
  );
});

describe("hostile payloads to every use case", () => {
  it("has a valid input to start from for every use case in lib/", () => {
    expect(
      compareWithTable(useCases, VALID_INPUTS).withoutRow,
      "use cases without an input in tests/support/use-case-inputs.ts",
    ).toEqual([]);
  });

  it.each(
    useCases.filter((found) => Object.hasOwn(VALID_INPUTS, found.name)).map((found) => [found.name, found] as const),
  )(
    "%s: no crash, a Dutch message and nothing written",
    async (name: string, registered: RegisteredUseCase) => {
      const run = registered.useCase;
      const actor = fuzzActor(world, registered);

      // What a valid input changes: a still-valid corrupted payload may change no more than this.
      const baselineInput = await VALID_INPUTS[name](world);
      const before = await fingerprint();
      const baseline = await run(actor, baselineInput, { now: NOW });
      expect(baseline, `${name}: the valid input of tests/support/use-case-inputs.ts fails`).toMatchObject({
        ok: true,
      });
      const allowedTables = new Set(changedTables(before, await fingerprint()));

      let valid = await VALID_INPUTS[name](world);
      // A refused payload writes nothing, so the state after one run is the state before the next.
      let current: Fingerprint | null = null;
      await fc.assert(
        fc.asyncProperty(corruption, async (change) => {
          const { payload, description, field, placed } = corrupt(valid, change);
          runsPerUseCase.set(name, (runsPerUseCase.get(name) ?? 0) + 1);
          const before = current ?? (await fingerprint());
          let result: Result<unknown>;
          try {
            result = await run(actor, payload, { now: NOW });
          } catch (error) {
            throw new Error(`${description}: threw ${String(error)}`);
          }
          current = await fingerprint();
          const changed = changedTables(before, current);
          if (({} as Record<string, unknown>).polluted !== undefined)
            throw new Error(`${description}: polluted Object.prototype`);
          if (!result.ok) {
            if (result.error === UNEXPECTED_ERROR) throw new Error(`${description}: the generic error (a crash)`);
            const unclear = messagesOf(result).filter(
              (message) => typeof message !== "string" || message.trim() === "" || ENGLISH.test(message),
            );
            if (unclear.length)
              throw new Error(`${description}: messages that are not plain Dutch: ${JSON.stringify(unclear)}`);
            if (changed.length)
              throw new Error(`${description}: refused ("${result.error}") but wrote to ${changed.join(", ")}`);
            return;
          }
          // Still valid: it did what a valid input does, no more, and kept a hostile text as given.
          acceptedPerUseCase.set(name, (acceptedPerUseCase.get(name) ?? 0) + 1);
          const extra = changed.filter((table) => !allowedTables.has(table));
          if (extra.length) throw new Error(`${description}: accepted, and also wrote to ${extra.join(", ")}`);
          // A number field takes "007" or "1e1" as a number: only text that stays text is looked up.
          const text =
            typeof placed === "string" && !Object.hasOwn(NORMALISED_FIELDS, field ?? "") && Number.isNaN(Number(placed))
              ? placed.trim()
              : "";
          if (
            text.length >= 3 &&
            !Object.hasOwn(NOT_STORED_AS_TEXT, name) &&
            !(await storedVerbatim(text)) &&
            !(await storedVerbatim(text.replace(/\s+/g, " ")))
          ) {
            throw new Error(`${description}: accepted, but the text was not stored as given`);
          }
          valid = await VALID_INPUTS[name](world);
          current = null;
        }),
        { numRuns: RUNS_PER_USE_CASE, endOnFailure: true },
      );
    },
    120_000,
  );
});
