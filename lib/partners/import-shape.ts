// What the import page and its use cases share, without the parsers: the page's scripts check the
// size before sending and read the refused lines from the answer.
import type { ImportField } from "./import-format";

/** 2 MB: a thousand partners with long notes fit; a wrong file (a photo, a database dump) does not. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * A refused row's problems travel as the refusal's field errors, one key per line and column
 * ("12|telefoon"), so they are translated where every refusal is and can be listed by line.
 */
export const problemKey = (line: number, column: string) => `${line}|${column}`;

export function problemOfKey(key: string): { line: number; column: string } | null {
  const match = /^(\d+)\|(.*)$/s.exec(key);
  return match ? { line: Number(match[1]), column: match[2] } : null;
}

/** What the preview shows: the rows that add or change a partner, how many stay as they are. */
export type ImportPreview = {
  fileName: string;
  /** The file itself (base64): the confirmation sends it again, and the import checks it all again. */
  content: string;
  added: { line: number; name: string }[];
  changed: { line: number; name: string; columns: ImportField[] }[];
  unchanged: number;
};

export type ImportOutcome = { added: number; changed: number; unchanged: number };
