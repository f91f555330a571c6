// A form and its server action speak in FormData and FormState, so that a form works before and
// without its scripts: the browser posts the fields itself (never as GET, never in an address),
// the action runs, and the page renders again with the answer (useActionState). With scripts the
// same action answers the same state, shown in place. No Node or server module is imported here:
// components import the types.
import type { Answer } from "@/lib/result";

/** The hidden field that carries a create-form's key (lib/submissions.ts). */
export const SUBMISSION_FIELD = "submissionId";

/** The text fields as they were sent, for filling them in again after a refusal. */
type SentValues = Record<string, string>;

/**
 * What a form's action answers, kept by useActionState. `submissionId` is the key the next submit
 * carries: the same after a refusal (nothing was written), a new one after a success.
 */
export type FormState<T = unknown> =
  | { status: "idle"; submissionId?: string }
  | { status: "ok"; value: T; sent: SentValues; submissionId?: string }
  | {
      status: "refused";
      error: string;
      fieldErrors: Record<string, string[]>;
      sent: SentValues;
      /** Every value of a field sent more than once (a group of ticked checkboxes). */
      sentLists?: Record<string, string[]>;
      submissionId?: string;
    };

/** A fresh key for one filled-in create-form: the page makes the first, the action each next one. */
export function newSubmissionId(): string {
  return crypto.randomUUID();
}

/**
 * React's own fields in a server-action form that the browser posted itself ($ACTION_REF_1,
 * $ACTION_KEY, …): how the server finds the action, not input.
 */
const isFrameworkField = (name: string) => name.startsWith("$ACTION");

export type FormShape = {
  /** Checkboxes: "on" (or "true") when ticked, absent when not; the use case reads a boolean. */
  booleans?: readonly string[];
  /** Checkbox groups and multiple choices: every value, [] when none. Names ending in "Ids" always are. */
  lists?: readonly string[];
  /** Choices whose empty option means "none" (null), such as "came on their own". */
  blankAsNull?: readonly string[];
};

/**
 * A posted form as the plain object a use case parses with zod. Single fields stay strings (zod
 * trims, coerces numbers and gives the message key); only what a browser cannot say in a form
 * is translated here: a ticked box, a list, an empty "none".
 */
export function formInput(form: FormData, shape: FormShape = {}): Record<string, unknown> {
  // An action is a public endpoint: a forged call may send anything instead of a form.
  if (!(form instanceof FormData)) return {};
  const isList = (name: string) => name.endsWith("Ids") || !!shape.lists?.includes(name);
  // fromEntries defines own properties, so a field named "__proto__" stays a plain field.
  const input: Record<string, unknown> = Object.fromEntries(
    [...new Set(form.keys())]
      .filter((name) => !isFrameworkField(name))
      .map((name) => [name, isList(name) ? form.getAll(name) : form.get(name)]),
  );
  for (const name of shape.lists ?? []) input[name] ??= [];
  for (const name of shape.booleans ?? []) input[name] = form.get(name) === "on" || form.get(name) === "true";
  for (const name of shape.blankAsNull ?? []) if (input[name] === "" || input[name] === undefined) input[name] = null;
  return input;
}

/** Passwords never travel back to the page, not even after a refusal. */
const isSecret = (name: string) => /password/i.test(name);

function sentValues(form: FormData): SentValues {
  if (!(form instanceof FormData)) return {};
  const texts = [...form.entries()].filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === "string" &&
      !isFrameworkField(entry[0]) &&
      !isSecret(entry[0]) &&
      entry[0] !== SUBMISSION_FIELD,
  );
  return Object.fromEntries(texts);
}

function listsSent(form: FormData): { sentLists?: Record<string, string[]> } {
  if (!(form instanceof FormData)) return {};
  const lists = [...new Set(form.keys())]
    .filter((name) => !isFrameworkField(name) && !isSecret(name))
    .map((name) => [name, form.getAll(name).filter((value) => typeof value === "string")] as const)
    .filter(([, values]) => values.length > 1);
  return lists.length ? { sentLists: Object.fromEntries(lists) } : {};
}

/** The use case's result, translated, as the form's next state. */
export function answer<T>(result: Answer<T>, form: FormData): FormState<T> {
  const key = form instanceof FormData ? form.get(SUBMISSION_FIELD) : null;
  const sentKey = typeof key === "string" && key !== "" ? key : undefined;
  if (result.ok)
    return { status: "ok", value: result.value, sent: sentValues(form), submissionId: sentKey && newSubmissionId() };
  return {
    status: "refused",
    error: result.error,
    fieldErrors: result.fieldErrors ?? {},
    sent: sentValues(form),
    ...listsSent(form),
    submissionId: sentKey,
  };
}
