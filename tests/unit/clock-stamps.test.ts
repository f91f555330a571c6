import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { CLOCK_STAMPED_FIELDS } from "@/lib/clock-stamps";

// Every column Prisma would fill from the system clock must be in the table, or a test that moves
// the app's clock would find it stamped with today's real date.
it("names every @default(now()) and @updatedAt column of the schema, and nothing else", () => {
  const schema = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const fromSchema: Record<string, { created: string[]; updated: string[] }> = {};
  let model = "";
  for (const line of schema.split("\n")) {
    const start = line.match(/^model (\w+) \{/);
    if (start) model = start[1];
    const field = line.trim().split(/\s+/)[0];
    if (/@default\(now\(\)\)/.test(line)) (fromSchema[model] ??= { created: [], updated: [] }).created.push(field);
    if (/@updatedAt\b/.test(line)) (fromSchema[model] ??= { created: [], updated: [] }).updated.push(field);
  }
  expect(Object.keys(fromSchema).length).toBeGreaterThan(20);
  expect(CLOCK_STAMPED_FIELDS).toEqual(fromSchema);
});
