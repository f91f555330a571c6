// Every use case the app has, found in the code rather than listed by hand: the authorisation
// matrix and the fuzz test both start from here, so a new use case cannot slip past either.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { UseCase } from "@/lib/use-case";
import type { z } from "@/lib/zod";

export type AnyUseCase = UseCase<z.ZodType, unknown>;
export type RegisteredUseCase = { name: string; module: string; exportName: string; useCase: AnyUseCase };

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Source files under `dir` (relative to the project root), generated code left out. */
export function sourceFiles(dir: string, fileName: (name: string) => boolean): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .filter((file) => !file.includes("/generated/") && fileName(path.basename(file)))
    .sort();
}

export function readSource(file: string): string {
  return readFileSync(path.join(ROOT, file), "utf8");
}

export function isUseCase(value: unknown): value is AnyUseCase {
  return typeof value === "function" && typeof (value as Partial<AnyUseCase>).spec?.name === "string";
}

/**
 * Imports every lib module that mentions defineUseCase and collects each exported value made by
 * it (it carries a `.spec`). Two exports with one name would make a matrix row ambiguous: refused.
 */
export async function loadUseCases(): Promise<RegisteredUseCase[]> {
  const found = new Map<string, RegisteredUseCase>();
  for (const file of sourceFiles("lib", (name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))) {
    if (file === "lib/use-case.ts" || !readSource(file).includes("defineUseCase")) continue;
    const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      if (!isUseCase(value)) continue;
      const { name } = value.spec;
      const earlier = found.get(name);
      if (earlier && earlier.useCase !== value)
        throw new Error(`Use case name "${name}" is used twice: ${earlier.module} and ${file}.`);
      found.set(name, { name, module: file, exportName, useCase: value });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Table keys against the use cases found: what lacks a row, and rows for use cases that do not exist. */
export function compareWithTable(found: readonly { name: string }[], table: Record<string, unknown>) {
  const names = new Set(found.map((useCase) => useCase.name));
  return {
    withoutRow: [...names].filter((name) => !Object.hasOwn(table, name)),
    withoutUseCase: Object.keys(table).filter((name) => !names.has(name)),
  };
}
