import ExcelJS from "exceljs";

export type Column<T> = { key: keyof T & string; header: string; width?: number };
export type Sheet<T> = { name: string; columns: Column<T>[]; rows: T[] };

const CSV_SEPARATOR = ";";

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  // Quote when needed; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d+([.,]\d+)?$/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV as Dutch spreadsheets open it: semicolons between fields (the comma is the decimal sign),
 * CRLF line ends and a byte-order mark so Excel reads UTF-8 (ë, €) correctly.
 */
export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(CSV_SEPARATOR)];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key])).join(CSV_SEPARATOR));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** An .xlsx workbook (exceljs) with one sheet per table, numbers as numbers, a bold header. */
export async function toXlsx(sheets: Sheet<Record<string, unknown>>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Spreekuur";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width ?? Math.max(12, column.header.length + 2),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows)
      worksheet.addRow(Object.fromEntries(sheet.columns.map((column) => [column.key, row[column.key] ?? null])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file download from a route handler: never cached, never sniffed. */
export function downloadResponse(body: string | Uint8Array, fileName: string, contentType: string): Response {
  const ascii = fileName.replace(/[^\w.-]+/g, "-");
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
