type FieldErrors = Record<string, string[]>;

export type Ok<T> = { ok: true; value: T };
export type Refused = { ok: false; error: string; fieldErrors?: FieldErrors };

/** What every use case returns: the form shows `error` (Dutch by default) next to the fields. */
export type Result<T = void> = Ok<T> | Refused;

export function ok(): Ok<void>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export function refuse(error: string, fieldErrors?: FieldErrors): Refused {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

/**
 * A refusal the user can act on, thrown from anywhere in a use case's `run`: thrown inside its
 * transaction, it rolls everything back, and `defineUseCase` answers it as `refuse(message, fieldErrors)`.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "Refusal";
  }
}
