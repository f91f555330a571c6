import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO, expect, expectHeading, logIn, test } from "./support";

/** "1.234,5", "+1,5", "-0,3" → a number; the page writes Dutch numbers, a difference with its sign. */
const dutchNumber = (text: string) => Number(text.trim().replaceAll(".", "").replace(",", "."));

async function rowCells(row: Locator) {
  return (await row.getByRole("cell").allTextContents()).map(dutchNumber);
}

async function download(page: Page, link: string): Promise<Buffer> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  return readFile((await file.path())!);
}

test("a coordinator opens the weekly hours, goes a week back and downloads the same numbers as CSV and Excel", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await logIn(page, DEMO.coordinator);
  await page.goto("/rapportages");
  await page.getByRole("link", { name: /^Uren per week/ }).click();
  await expectHeading(page, "Uren per week");
  const thisWeek = await page.getByRole("heading", { level: 2, name: /^Week \d+ van \d{4}$/ }).textContent();

  await page.getByRole("link", { name: "Week eerder" }).click();
  await expect(page).toHaveURL(/\/rapportages\/uren\?van=\d{4}-W\d{2}&tot=\d{4}-W\d{2}$/);
  const [, from, to] = /van=(\d{4}-W\d{2})&tot=(\d{4}-W\d{2})/.exec(page.url())!;
  expect(from).toBe(to);
  const [year, week] = [Number(from.slice(0, 4)), Number(from.slice(6))];
  const heading = page.getByRole("heading", { level: 2, name: `Week ${week} van ${year}` });
  await expect(heading).toBeVisible();
  expect(await heading.textContent()).not.toBe(thisWeek);

  const perPerson = page.getByRole("table", { name: /^Uren per persoon/ });
  await expect(perPerson.getByRole("columnheader")).toHaveText([
    "Naam",
    "Spreekuur",
    "Nazorg",
    "Coördinatie",
    "Communicatie",
    "Management",
    "Totaal",
    "Planning",
    "Verschil",
  ]);
  // The demo coordinator books the guide's hours every week: 3 h, 1 h and 0.3 h, just the plan.
  const coordinator = perPerson.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Coördinator/ }) });
  await expect(coordinator.getByRole("cell")).toHaveText(["0,0", "0,0", "3,0", "1,0", "0,3", "4,3", "4,3", "0,0"]);
  const totalRow = perPerson.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Totaal" }) });
  const pageTotals = await rowCells(totalRow);
  expect(pageTotals).toHaveLength(8);
  expect(pageTotals[0]).toBeGreaterThan(0);
  // Five kinds add up to the total (each rounded on its own, so within a few tenths).
  expect(Math.abs(pageTotals.slice(0, 5).reduce((sum, hours) => sum + hours, 0) - pageTotals[5])).toBeLessThan(0.3);
  // Spreekuur is presence at held sessions; the conversations lie within it.
  const spreekuur = page.getByRole("table", { name: /^Spreekuur: aanwezig en in gesprek/ });
  const spreekuurTotals = await rowCells(
    spreekuur.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Totaal" }) }),
  );
  expect(spreekuurTotals[0]).toBeGreaterThan(0);
  expect(spreekuurTotals[5]).toBeGreaterThan(0);
  expect(spreekuurTotals[5]).toBeLessThanOrEqual(spreekuurTotals[0] + spreekuurTotals[1]);
  expect(spreekuurTotals[4]).toBe(pageTotals[0]);
  // The summary above the tables shows the same total.
  await expect(page.getByRole("definition").first()).toHaveText(
    (await totalRow.getByRole("cell").nth(5).textContent())!,
  );

  // On paper only the report: no menu, no week links, no form, no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(perPerson).toBeVisible();
  for (const control of [
    page.getByRole("banner"),
    page.getByRole("navigation", { name: "Andere week" }),
    page.getByRole("button", { name: "Toon" }),
    page.getByRole("link", { name: "Download CSV" }),
  ]) {
    await expect(control).toBeHidden();
  }
  await page.emulateMedia({ media: "screen" });

  const csv = (await download(page, "Download CSV")).toString("utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines).toContain(`Weken;${from}`);
  const csvTotals = lines
    .find((line) => line.startsWith("Totaal;;"))!
    .split(";")
    .slice(2, 10)
    .map(dutchNumber);
  expect(csvTotals).toEqual(pageTotals);

  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load((await download(page, "Download Excel")) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Uren per persoon")!;
  const last = sheet.getRow(sheet.rowCount);
  expect(last.getCell(1).value).toBe("Totaal");
  expect(Array.from({ length: 8 }, (_, i) => last.getCell(i + 3).value)).toEqual(pageTotals);
});

test("a host gets no hours report: not the page, not the download", async ({ page, request }) => {
  await logIn(page, DEMO.host);
  const response = await page.goto("/rapportages/uren");
  expect(response?.status()).toBe(403);
  const file = await page.request.get("/rapportages/uren/export?format=csv");
  expect(file.status()).toBe(403);
  expect(await file.text()).toBe("Je hebt geen toegang tot deze gegevens.\n");

  const anonymous = await request.get("/rapportages/uren/export?format=xlsx", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
});
