import fs from "node:fs/promises";
import path from "node:path";
import type { Locale } from "./locales";

export type Messages = Record<string, Record<string, unknown>>;

const MESSAGES_DIR = path.join(process.cwd(), "messages");
/** A file's review marker ("_meta": { "machineTranslated": true, … }), not a namespace of texts. */
export const META_KEY = "_meta";
const loaded = new Map<Locale, Promise<Messages>>();

/**
 * All UI texts of a locale: one JSON file per feature in messages/<locale>/, merged. A feature
 * adds its own file, so features never edit each other's texts.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  const cached = process.env.NODE_ENV === "production" ? loaded.get(locale) : undefined;
  if (cached) return cached;
  const messages = readMessages(locale);
  loaded.set(locale, messages);
  return messages;
}

async function readMessages(locale: Locale): Promise<Messages> {
  const dir = path.join(MESSAGES_DIR, locale);
  const files = (await fs.readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const merged: Messages = {};
  for (const file of files) {
    const content = JSON.parse(await fs.readFile(path.join(dir, file), "utf8")) as Messages;
    for (const [namespace, texts] of Object.entries(content)) {
      if (namespace === META_KEY) continue;
      if (namespace in merged)
        throw new Error(`Message namespace "${namespace}" is defined twice (messages/${locale}/${file}).`);
      merged[namespace] = texts;
    }
  }
  return merged;
}

/**
 * The namespaces named, and no others. What a NextIntlClientProvider is given travels to the
 * browser inside every page it wraps, so it gets only the texts of the client components below it
 * (components/client-texts.tsx); server components read every text on the server.
 */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(
    namespaces.map((namespace) => {
      if (!Object.hasOwn(messages, namespace)) throw new Error(`There is no message namespace "${namespace}".`);
      return [namespace, messages[namespace]];
    }),
  );
}
