import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_LOCALE_CODES, CLIENT_MESSAGE_FILES } from "@/lib/i18n/client-locales";
import { loadMessages, META_KEY } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";

const MESSAGES_DIR = path.join(process.cwd(), "messages");

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    key === META_KEY && prefix === ""
      ? []
      : typeof value === "object" && value !== null
        ? keys(value, `${prefix}${key}.`)
        : [`${prefix}${key}`],
  );
}

function leaf(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

function readFile(locale: string, file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR, locale, file), "utf8")) as Record<string, unknown>;
}

/**
 * The ICU argument names of a message: `{name}`, `{count, plural, one {…} other {…}}`. The text of
 * plural and select branches differs per language (Polish has "few" and "many"), their arguments
 * do not.
 */
function icuArguments(text: string): Set<string> {
  const found = new Set<string>();
  let depth = 0;
  let index = 0;
  const scan = (stop: number) => {
    while (index < text.length) {
      const char = text[index];
      // As in ICU: an apostrophe quotes only before a syntax character ("UWV'den" is plain text).
      if (char === "'" && "{}#'".includes(text[index + 1] ?? "")) {
        const close = text.indexOf("'", index + 1);
        index = close === -1 ? text.length : close + 1;
      } else if (char === "{") {
        const match = /^\{\s*(\w+)\s*(,\s*(\w+)\s*)?/.exec(text.slice(index));
        if (!match) throw new Error(`Not an ICU argument at ${index}: ${text}`);
        found.add(match[1]);
        index += match[0].length;
        if (match[3] === "plural" || match[3] === "select" || match[3] === "selectordinal") {
          index = text.indexOf(",", index) + 1;
          // Branches: `key {message}` until the argument's closing brace.
          while (text[index] !== "}") {
            if (text[index] === "{") {
              depth += 1;
              index += 1;
              scan(depth);
            } else index += 1;
          }
        } else while (text[index] !== "}") index += 1;
        index += 1;
      } else if (char === "}" && depth === stop && stop > 0) {
        depth -= 1;
        index += 1;
        return;
      } else index += 1;
    }
  };
  scan(0);
  return found;
}

/** The ICU arguments ({name}) and rich-text tags (<bezwaar>) of a text, which a translation must keep. */
function slots(text: string): string[] {
  const tags = new Set([...text.matchAll(/<(\w+)>/g)].map((match) => `<${match[1]}>`));
  return [...[...icuArguments(text)].map((name) => `{${name}}`), ...tags].sort();
}

const CLIENT_ONLY_LOCALES = CLIENT_LOCALE_CODES.filter((locale) => !(LOCALES as readonly string[]).includes(locale));

describe("staff UI messages (nl, en)", () => {
  it("has the same message files for every staff UI language", () => {
    const files = (locale: string) => fs.readdirSync(path.join(MESSAGES_DIR, locale)).sort();
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

  it("keeps the same {arguments} and <tags> in English as in Dutch", async () => {
    const nl = await loadMessages("nl");
    const en = await loadMessages("en");
    const differing = keys(nl).filter(
      (key) => JSON.stringify(slots(String(leaf(en, key)))) !== JSON.stringify(slots(String(leaf(nl, key)))),
    );
    expect(differing).toEqual([]);
  });

  it("ignores a review marker when merging the files", async () => {
    expect(Object.keys(await loadMessages("nl"))).not.toContain(META_KEY);
  });
});

describe("client messages (nl, en, ar, tr, pl, uk)", () => {
  it("offers the client languages of issue 9", () => {
    expect(CLIENT_LOCALE_CODES).toEqual(["nl", "en", "ar", "tr", "pl", "uk"]);
  });

  it("has exactly the client message files in every client-only language", () => {
    for (const locale of CLIENT_ONLY_LOCALES) {
      const files = fs.readdirSync(path.join(MESSAGES_DIR, locale)).filter((file) => file.endsWith(".json"));
      expect(files.sort(), locale).toEqual([...CLIENT_MESSAGE_FILES].sort());
    }
  });

  for (const file of CLIENT_MESSAGE_FILES) {
    describe(file, () => {
      const dutch = readFile("nl", file);
      const dutchKeys = keys(dutch).sort();

      it.each(CLIENT_LOCALE_CODES)("has every Dutch key and no other in %s", (locale) => {
        expect(keys(readFile(locale, file)).sort()).toEqual(dutchKeys);
      });

      it.each(CLIENT_LOCALE_CODES)("has no empty text in %s", (locale) => {
        const messages = readFile(locale, file);
        expect(
          dutchKeys.filter(
            (key) => typeof leaf(messages, key) !== "string" || String(leaf(messages, key)).trim() === "",
          ),
        ).toEqual([]);
      });

      it.each(CLIENT_LOCALE_CODES)("keeps the Dutch {arguments} and <glossary tags> in %s", (locale) => {
        const messages = readFile(locale, file);
        const differing = dutchKeys.filter(
          (key) =>
            JSON.stringify(slots(String(leaf(messages, key)))) !== JSON.stringify(slots(String(leaf(dutch, key)))),
        );
        expect(differing).toEqual([]);
      });
    });
  }

  it("marks every machine-made translation for review, in the file itself", () => {
    for (const locale of CLIENT_ONLY_LOCALES) {
      for (const file of CLIENT_MESSAGE_FILES) {
        const meta = readFile(locale, file)[META_KEY] as
          { machineTranslated?: unknown; reviewNeeded?: unknown } | undefined;
        expect(meta?.machineTranslated, `${locale}/${file}`).toBe(true);
        expect(typeof meta?.reviewNeeded === "string" && meta.reviewNeeded.length > 0, `${locale}/${file}`).toBe(true);
      }
    }
  });

  it("only tags words the glossary explains", () => {
    const terms = Object.keys((readFile("nl", "glossary.json").glossary as { terms: object }).terms);
    for (const file of CLIENT_MESSAGE_FILES) {
      const messages = readFile("nl", file);
      const tags = keys(messages).flatMap((key) =>
        [...String(leaf(messages, key)).matchAll(/<(\w+)>/g)].map((match) => match[1]),
      );
      expect(
        tags.filter((tag) => !terms.includes(tag)),
        file,
      ).toEqual([]);
    }
  });
});
