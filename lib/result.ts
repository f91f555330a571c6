/** What every use case returns: the form shows `error` (Dutch by default) next to the fields. */
export type Result<T = void> = { ok: true; value: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };
