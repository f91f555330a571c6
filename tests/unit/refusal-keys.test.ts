// Issue 15, part 4: lib/ writes its refusal and validation messages as keys of
// messages/<locale>/refusals.json, translated where an action or route answers. A key that lib
// writes and a language lacks would reach that reader as the generic fallback, so every key in
// lib/ must have a text in Dutch and in English. Zod messages are plain strings that tsc cannot
// check; this test reads them from the source.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

const LIB_DIR = path.join(process.cwd(), "lib");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") || entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** `"refusals.desk.slotTaken"`, and the fixed part of a template such as `refusals.schedule.day.${field}.format`. */
function keysInLib(): { keys: Set<string>; templates: Set<string> } {
  const keys = new Set<string>();
  const templates = new Set<string>();
  for (const file of sourceFiles(LIB_DIR)) {
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/["'`](refusals\.[A-Za-z0-9_.]+)(\$\{)?/g)) {
      if (match[2]) templates.add(match[1]);
      else keys.add(match[1]);
    }
  }
  return { keys, templates };
}

function has(messages: object, key: string): boolean {
  const leaf = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof leaf === "string" && leaf.trim() !== "";
}

function hasBelow(messages: object, prefix: string): boolean {
  const node = prefix
    .replace(/\.$/, "")
    .split(".")
    .reduce<unknown>((found, part) => (found as Record<string, unknown> | undefined)?.[part], messages);
  return typeof node === "object" && node !== null;
}

describe("refusal and validation message keys of lib/", () => {
  const { keys, templates } = keysInLib();

  it("finds the keys that lib writes", () => {
    expect(keys.size).toBeGreaterThan(100);
    expect(keys).toContain("refusals.desk.slotTaken");
  });

  it.each(LOCALES)("has a text for every key of lib/ in %s", async (locale) => {
    const messages = await loadMessages(locale);
    expect([...keys].filter((key) => !has(messages, key))).toEqual([]);
    expect([...templates].filter((prefix) => !hasBelow(messages, prefix))).toEqual([]);
  });
});
