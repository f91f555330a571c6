import "server-only";
import { getTranslations } from "@/lib/i18n/server";
import type { Answer, Result } from "@/lib/result";
import { FALLBACK_MESSAGE, type Message } from "./message-key";

type Translate = (message: Message) => string;

/**
 * The one place where lib's message keys become words, in the staff member's language (the locale
 * cookie, lib/i18n/request.ts). Zod's messages are only checked here (it takes any string): one
 * that is not a key is never shown as it is, but as the generic "not filled in correctly".
 */
async function refusalTranslator(): Promise<Translate> {
  const t = await getTranslations();
  return (message) => {
    const { key, values } = typeof message === "string" ? { key: message, values: undefined } : message;
    if (t.has(key)) return t(key, values);
    console.error(`[refusals] no text for message key "${key}"`);
    return t(FALLBACK_MESSAGE);
  };
}

export async function translateMessage(message: Message): Promise<string> {
  return (await refusalTranslator())(message);
}

export async function translateResult<T>(result: Result<T>): Promise<Answer<T>> {
  if (result.ok) return result;
  const translate = await refusalTranslator();
  const error = translate(result.error);
  if (!result.fieldErrors) return { ok: false, error };
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages.map(translate)]),
  );
  return { ok: false, error, fieldErrors };
}
