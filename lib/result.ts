import type { Message } from "@/lib/i18n/message-key";

type FieldErrors = Record<string, Message[]>;

export type Ok<T> = { ok: true; value: T };
export type Refused = { ok: false; error: Message; fieldErrors?: FieldErrors };

/** What every use case returns: a refusal as message keys, which the answering action translates. */
export type Result<T = void> = Ok<T> | Refused;

/** A result in the staff member's language: what an action answers the page (lib/i18n/translate-refusal.ts). */
export type Answer<T = void> = Ok<T> | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function ok(): Ok<void>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export function refuse(error: Message, fieldErrors?: FieldErrors): Refused {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

/**
 * A refusal the user can act on, thrown from anywhere in a use case's `run`: thrown inside its
 * transaction, it rolls everything back, and `defineUseCase` answers it as `refuse(refusal, fieldErrors)`.
 */
export class Refusal extends Error {
  constructor(
    readonly refusal: Message,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(typeof refusal === "string" ? refusal : refusal.key);
    this.name = "Refusal";
  }
}
