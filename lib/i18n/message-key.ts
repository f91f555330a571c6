import type dutch from "@/messages/nl/refusals.json";

type Leaves<Tree, Prefix extends string> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}.${Key}` : Leaves<Tree[Key], `${Prefix}.${Key}`>;
}[keyof Tree & string];

/**
 * A refusal or validation message of lib/, as a key of messages/<locale>/refusals.json: lib speaks
 * keys, the action or route that answers the staff member translates them (lib/i18n/translate-refusal.ts).
 * Derived from the Dutch file, so a mistyped key does not compile.
 */
export type MessageKey = Leaves<(typeof dutch)["refusals"], "refusals">;

/** The ICU arguments of a message: a name, a number, a moment (formatted in the reader's language). */
export type MessageValues = Record<string, string | number | Date>;

export type Message = MessageKey | { key: MessageKey; values: MessageValues };

/** Said of any input a schema does not name itself, and of a key without a text. */
export const FALLBACK_MESSAGE: MessageKey = "refusals.common.invalidField";

export function message(key: MessageKey, values: MessageValues): Message {
  return { key, values };
}

/**
 * A zod issue's message: a key of ours, or the fallback key that lib/zod.ts sets (zod takes only
 * strings, so it is checked when translated). A custom issue passes its ICU arguments as `params`.
 */
export function zodMessage(issue: { message: string; params?: Record<string, unknown> }): Message {
  const key = issue.message as MessageKey;
  return issue.params ? { key, values: issue.params as MessageValues } : key;
}

/** A message as the fields of a zod issue that a schema adds itself (`ctx.addIssue`). */
export function zodIssue(refusal: Message): { message: string; params?: MessageValues } {
  return typeof refusal === "string" ? { message: refusal } : { message: refusal.key, params: refusal.values };
}
