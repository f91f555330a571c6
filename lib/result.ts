/** What every use case returns: the form shows `error` (Dutch by default) next to the fields. */
export type Result<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { value: T }))
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };
