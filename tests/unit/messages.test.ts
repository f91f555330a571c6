import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaf(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe("UI messages", () => {
  it("has the same message files for every staff UI language", () => {
    const files = (locale: string) => fs.readdirSync(path.join(process.cwd(), "messages", locale)).sort();
    for (const locale of LOCALES) expect(files(locale)).toEqual(files("nl"));
  });

  it("has every Dutch key in English and no English key without a Dutch one", async () => {
    const nl = await loadMessages("nl");
    const en = await loadMessages("en");
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("has no empty translation", async () => {
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      const empty = keys(messages).filter((key) => {
        const value = leaf(messages, key);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
