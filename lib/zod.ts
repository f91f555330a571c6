import { z } from "zod";
import { FALLBACK_MESSAGE, type MessageKey } from "@/lib/i18n/message-key";

// Schemas carry their own messages, as keys of messages/<locale>/refusals.json. Whatever a schema
// does not name gets a generic key, never zod's own text: that would reach a staff member in one
// language only. Import `z` from here, not from "zod".
z.config({ localeError: () => FALLBACK_MESSAGE });
// In the browser, zod's compiled parsers would need eval, which the Content-Security-Policy
// forbids (its feature test alone shows up as a violation): parse without compiling there.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };

/** A record's id from a form: one of ours is a cuid; longer is not one of ours, and is refused. */
export const recordId = (choose: MessageKey) => z.string({ error: choose }).trim().min(1, choose).max(40, choose);

/** An optional field left empty is null, whether the form sent "", spaces or nothing. */
export const blankAsNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

/** Form text is one line with single spaces: a name typed with a double space is the same name. */
export const singleLine = (value: string) => value.replace(/\s+/g, " ");

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a query or insert with one fails in the
 * database, which the user would see as "something went wrong". A pasted text or a forged request
 * can carry one, so it is refused as bad input, named by its field, before anything is read: by every use case
 * (lib/use-case.ts), and by the public forms' schemas through `refuseNulCharacters`.
 */
export function nulCharacterFields(value: unknown, path: readonly string[] = []): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path.join(".") || "_"] : [];
  if (
    Array.isArray(value) ||
    (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
  ) {
    return Object.entries(value).flatMap(([key, child]) => nulCharacterFields(child, [...path, key]));
  }
  return [];
}

/**
 * For an object schema's superRefine: every field with a NUL character anywhere in it is an issue
 * with `message`, so a public form answers it as bad input instead of failing in the database.
 */
export const refuseNulCharacters =
  (message: string) =>
  (value: unknown, context: z.RefinementCtx): void => {
    for (const field of nulCharacterFields(value))
      context.addIssue({ code: "custom", message, path: field === "_" ? [] : field.split(".") });
  };
