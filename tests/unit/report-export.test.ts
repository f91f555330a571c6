import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv, toXlsx } from "@/lib/reports/export";
import { suppressSmall } from "@/lib/reports/suppression";

describe("suppressSmall", () => {
  it("hides 1 to 4, keeps 0 and 5 and more", () => {
    expect([0, 1, 4, 5, 120].map((n) => suppressSmall(n))).toEqual([0, "<5", "<5", 5, 120]);
    expect(suppressSmall(9, 10)).toBe("<10");
    expect(() => suppressSmall(-1)).toThrow(RangeError);
  });
});

describe("exports", () => {
  const columns = [
    { key: "domain" as const, header: "Rechtsgebied" },
    { key: "count" as const, header: "Aantal" },
  ];
  const rows = [
    { domain: "Sociale zekerheid; uitkering", count: 33 },
    { domain: '=HYPERLINK("x")', count: "<5" },
  ];

  it("writes CSV for Dutch spreadsheets, quoted where needed and never as a formula", () => {
    const csv = toCsv(rows, columns);
    expect(csv.startsWith("\uFEFFRechtsgebied;Aantal\r\n")).toBe(true);
    expect(csv).toContain('"Sociale zekerheid; uitkering";33\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")";<5\r\n`);
  });

  it("writes an .xlsx that opens with the same values", async () => {
    const buffer = await toXlsx([{ name: "Rechtsgebieden", columns, rows }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Rechtsgebieden")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Rechtsgebied", "Aantal"]);
    expect(sheet.getRow(2).values).toEqual([undefined, "Sociale zekerheid; uitkering", 33]);
    expect(sheet.getRow(3).getCell(2).value).toBe("<5");
  });
});
