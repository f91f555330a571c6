// The file format of the social map: what the import reads and the export writes. One table, a
// header row and one partner per row, as a CSV (the separator ; or , and UTF-8 with or without a
// byte-order mark, or what Dutch Excel saves: Windows-1252) or an .xlsx workbook (its first sheet).
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type Message, message } from "@/lib/i18n/message-key";
import enPartners from "@/messages/en/partners.json";
import nlPartners from "@/messages/nl/partners.json";
import { PARTNER_TYPES } from "./schema";
import type { PartnerType } from "@/lib/generated/prisma/enums";

/** The columns in the order the export writes them: the first header is the one written, the others are accepted too. */
export const IMPORT_COLUMNS = [
  { field: "name", headers: ["naam", "name"] },
  { field: "type", headers: ["soort", "soort partner", "kind", "type"] },
  { field: "legalDomains", headers: ["rechtsgebieden", "rechtsgebied", "legal domains", "legal domain"] },
  { field: "phone", headers: ["telefoon", "telefoonnummer", "phone", "phone number"] },
  { field: "email", headers: ["e-mail", "e-mailadres", "email", "email address"] },
  { field: "website", headers: ["website", "webadres", "web address"] },
  { field: "address", headers: ["adres", "address"] },
  { field: "postcode", headers: ["postcode", "postal code", "zip code"] },
  { field: "openingHours", headers: ["openingstijden", "opening hours"] },
  { field: "inLibrary", headers: ["in de bibliotheek", "in bibliotheek", "in the library", "in library"] },
  {
    field: "handoverNotes",
    headers: ["hoe verwijzen", "hoe te verwijzen", "zo verwijs je door", "verwijzen", "how to refer", "handover notes"],
  },
  { field: "active", headers: ["actief", "active"] },
] as const;

export type ImportField = (typeof IMPORT_COLUMNS)[number]["field"];

/** A file holds at most this many partners: a library's social map is a few hundred at most. */
const MAX_IMPORT_ROWS = 1000;

/** Headers compared as people mean them: "E-mail", "email" and "E‑mailadres " are the same. */
export const looseText = (value: string) =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

const COLUMN_BY_HEADER = new Map<string, ImportField>(
  IMPORT_COLUMNS.flatMap(({ field, headers }) => headers.map((header) => [looseText(header), field] as const)),
);

/** The kind as the export writes it (the Dutch name), and every way the import reads it. */
export const TYPE_NAMES = nlPartners.partnerType;
const TYPE_BY_TEXT = new Map<string, PartnerType>(
  PARTNER_TYPES.flatMap((type) =>
    [type, TYPE_NAMES[type], enPartners.partnerType[type]].map((text) => [looseText(text), type] as const),
  ),
);

export function partnerTypeOf(text: string): PartnerType | null {
  return TYPE_BY_TEXT.get(looseText(text)) ?? null;
}

const YES = new Set(["ja", "j", "yes", "y", "x", "1", "true", "waar"]);
const NO = new Set(["nee", "n", "no", "0", "false", "onwaar", ""]);

/** "ja" or "nee" (and what a spreadsheet makes of them); null when it is neither. */
export function yesOrNo(text: string): boolean | null {
  const loose = looseText(text);
  return YES.has(loose) ? true : NO.has(loose) ? false : null;
}

export const YES_NO = { true: "ja", false: "nee" } as const;

/** One partner's row: `line` is the line (CSV) or row number (spreadsheet) the coordinator sees. */
export type ImportRow = {
  line: number;
  cells: Partial<Record<ImportField, string>>;
  /** Something was typed beside the table, under no header: it would be lost, so the row is refused. */
  outsideColumns: boolean;
};
export type ImportTable = { headers: Partial<Record<ImportField, string>>; rows: ImportRow[] };

/** A problem with the file as a whole: nothing of it can be read as partners. */
export class UnreadableFile extends Error {
  constructor(readonly refusal: Message) {
    super(typeof refusal === "string" ? refusal : refusal.key);
    this.name = "UnreadableFile";
  }
}

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Windows-1252's own characters at 0x80–0x9F (€, ’, “, …); elsewhere it is Latin-1. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * UTF-8 (a BOM is dropped by the decoder); otherwise what Excel's "CSV (gescheiden door
 * lijstscheidingsteken)" writes, Windows-1252. Decoded by hand: Node's decoder of that name
 * is Latin-1 and turns ’ and € into control characters.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return Array.from(bytes, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte),
    ).join("");
  }
}

/** The separator the header line uses most: Dutch Excel writes ;, most other programs , (a tab is accepted too). */
function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((separator) => [separator, header.split(separator).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

type RawRow = { line: number; cells: string[] };

/**
 * A row's line is its number as a spreadsheet shows the file (the header is 1, an empty line
 * counts), not the line of the text: a cell with a line break in it is still one row.
 */
function csvRows(bytes: Uint8Array): RawRow[] {
  const text = decode(bytes);
  try {
    const records = parse(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][];
    return records.map((cells, index) => ({ line: index + 1, cells }));
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new UnreadableFile(
      typeof line === "number"
        ? message("refusals.partnerImport.unreadableLine", { line })
        : "refusals.partnerImport.unreadable",
    );
  }
}

async function xlsxRows(bytes: Uint8Array): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new UnreadableFile("refusals.partnerImport.unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    // .text is the cell as Excel shows it: a number, a date, a link's text or a formula's result.
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cell.text ?? ""));
    rows.push({ line: row.number, cells: Array.from(cells, (cell) => cell ?? "") });
  });
  return rows;
}

/**
 * The export guards a cell that starts with = + - or @ with an apostrophe, so a spreadsheet does
 * not run it as a formula ("+31 74 …"); reading it back, the apostrophe goes again.
 */
const unguarded = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/**
 * The file as a table of partners, keyed by column. A file that cannot be read as one (not a CSV
 * or .xlsx, no header, an unknown or missing column, too many rows) is refused as a whole.
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportTable> {
  const raw = isXlsx(bytes) ? await xlsxRows(bytes) : csvRows(bytes);
  const rows = raw.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const [header, ...data] = rows;
  if (!header) throw new UnreadableFile("refusals.partnerImport.empty");

  const headers: Partial<Record<ImportField, string>> = {};
  const positions: (ImportField | null)[] = [];
  for (const text of header.cells.map((cell) => cell.trim())) {
    if (text === "") {
      positions.push(null);
      continue;
    }
    const field = COLUMN_BY_HEADER.get(looseText(text));
    // A header is quoted back as typed, shortened: a wrong file's first line can be anything.
    const column = text.slice(0, 40);
    if (!field) throw new UnreadableFile(message("refusals.partnerImport.unknownColumn", { column }));
    if (headers[field]) throw new UnreadableFile(message("refusals.partnerImport.columnTwice", { column }));
    headers[field] = text;
    positions.push(field);
  }
  if (!headers.name || !headers.type) throw new UnreadableFile("refusals.partnerImport.nameAndTypeColumns");
  if (data.length === 0) throw new UnreadableFile("refusals.partnerImport.noRows");
  if (data.length > MAX_IMPORT_ROWS)
    throw new UnreadableFile(message("refusals.partnerImport.tooManyRows", { max: MAX_IMPORT_ROWS }));

  return {
    headers,
    rows: data.map(({ line, cells }) => ({
      line,
      cells: Object.fromEntries(
        cells.flatMap((cell, index) => {
          const field = positions[index];
          return field ? [[field, unguarded(cell)]] : [];
        }),
      ),
      outsideColumns: cells.some((cell, index) => !positions[index] && cell.trim() !== ""),
    })),
  };
}
