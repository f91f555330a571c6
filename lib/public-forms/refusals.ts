import { answer, type FormState } from "@/lib/form-state";
import type { z } from "@/lib/zod";

/**
 * A public form refused, as codes of the form's own list: the overall refusal (the first field's)
 * and one per field. The page's language turns them into text (publicFormRefusal).
 */
export type PublicFormRefused<R extends string> = { ok: false; refusal: R; fields?: Partial<Record<string, R>> };

/**
 * Parses what a public form sent (the online booking, the waiting list, a partner's referral).
 * A refused field is named with its code, a message that is not one of the form's as
 * "notAccepted". A filled-in trap field (lib/public-forms/fields.ts) says a script sent the form:
 * one neutral answer for all of it, with no detail of any field.
 */
export function parsePublicForm<T, R extends string>(
  schema: z.ZodType<T>,
  raw: unknown,
  isRefusal: (value: unknown) => value is R,
): { ok: true; data: T } | PublicFormRefused<R | "notAccepted"> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Partial<Record<string, R | "notAccepted">> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    fields[field] ??= isRefusal(issue.message) ? issue.message : "notAccepted";
  }
  if (fields.website) return { ok: false, refusal: "notAccepted" };
  return { ok: false, refusal: Object.values(fields)[0] ?? "notAccepted", fields };
}

/**
 * A refused public form as the form's answer (lib/form-state.ts): the overall message and one per
 * field, each code in the words `text` gives it (the client's language, or the partner's Dutch).
 */
export function publicFormRefusal<R extends string>(
  refused: { refusal: R; fields?: Partial<Record<string, R>> },
  text: (refusal: R) => string,
  form: FormData,
): FormState<never> {
  const fieldErrors = Object.fromEntries(
    Object.entries(refused.fields ?? {}).map(([field, refusal]) => [field, [text(refusal!)]]),
  );
  return answer<never>({ ok: false, error: text(refused.refusal), fieldErrors }, form);
}
