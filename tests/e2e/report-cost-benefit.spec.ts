import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO, expect, expectHeading, logIn, openDossierForm, openDossierFromNewWalkIn, test } from "./support";

/** "€ 1.340,00" (or "€ -360,00") as the decimal text a Dutch CSV holds: "1340,00". */
const asCsvAmount = (text: string) => text.replace(/[^\d,-]/g, "");

/** The value next to a term of the summary's definition list. */
const figure = (page: Page, term: string) =>
  page
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: term }) })
    .locator("dd");

test("an advisor records what a dossier brought; the coordinator sees it in the cost-benefit overview and downloads it; a host cannot", async ({
  browser,
}) => {
  // Three people, a walk-in, a dossier, three downloads: on a loaded CI machine over two minutes.
  test.setTimeout(180_000);
  const name = `E2E Baten ${Date.now().toString(36)}`;

  // The advisor opens a dossier from today's conversation, as in dossier.spec.ts.
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, {
    name: name,
    category: "Belastingrecht",
    question: "Toeslagen worden elke maand verrekend; wil dat dit stopt.",
    domain: "Belastingrecht > Toeslagen (huur-, zorg- en kinderopvangtoeslag)",
  });

  await openDossierForm(advisor, "Tijd");
  await advisor.getByLabel("Minuten", { exact: true }).fill("30");
  await advisor.getByRole("button", { name: "Tijd schrijven" }).click();
  await expect(advisor.getByText("Totaal op dit dossier: 30 minuten")).toBeVisible();

  // A client benefit: choosing the category suggests the client as beneficiary.
  const benefits = await openDossierForm(advisor, "Baten");
  await benefits.getByLabel("Wat leverde het op?").selectOption({ label: "Inkomensverbetering (dit jaar)" });
  await expect(benefits.getByLabel("Voor wie is het bedrag?")).toHaveValue("CLIENT");
  await benefits.getByLabel("Bedrag in euro’s").fill("600");
  await benefits.getByLabel("Korte uitleg (zonder namen)").fill("€ 50 per maand niet meer verrekend");
  await benefits.getByRole("button", { name: "Opbrengst vastleggen" }).click();
  await expect(benefits.getByText("Inkomensverbetering (dit jaar): € 600,00 · Cliënt")).toBeVisible();

  // An amount needs a beneficiary.
  await benefits
    .getByLabel("Wat leverde het op?")
    .selectOption({ label: "Vermeden toevoeging (gesubsidieerde rechtsbijstand)" });
  await benefits.getByLabel("Bedrag in euro’s").fill("800");
  await benefits.getByLabel("Voor wie is het bedrag?").selectOption({ label: "Niemand: effect zonder bedrag" });
  await benefits.getByRole("button", { name: "Opbrengst vastleggen" }).click();
  await expect(benefits.getByText("Kies voor wie het bedrag is: de cliënt of de overheid.")).toBeVisible();
  await benefits.getByLabel("Voor wie is het bedrag?").selectOption({ label: "Overheid" });
  await benefits.getByRole("button", { name: "Opbrengst vastleggen" }).click();
  await expect(
    benefits.getByText("Vermeden toevoeging (gesubsidieerde rechtsbijstand): € 800,00 · Overheid"),
  ).toBeVisible();

  await benefits.getByLabel("Wat leverde het op?").selectOption({ label: "Verhoogd welzijn" });
  await benefits.getByRole("button", { name: "Opbrengst vastleggen" }).click();
  await expect(benefits.getByText("Verhoogd welzijn (telt niet mee in geld)")).toBeVisible();
  // 30 minutes at € 120 an hour is € 60; € 1.400 benefits make € 1.340 net.
  await expect(benefits.getByText(/Tijd: 30 minuten\. Kosten: €\s60,00 .*Netto: €\s1\.340,00\./)).toBeVisible();

  await benefits
    .getByRole("checkbox", { name: "De cliënt geeft toestemming om het verhaal zonder naam te gebruiken" })
    .check();
  await benefits.getByRole("button", { name: "Toestemming opslaan" }).click();
  await expect(benefits.getByText(/^Toestemming gegeven op /)).toBeVisible();

  await openDossierForm(advisor, "Sluiten");
  await advisor.getByRole("radio", { name: "Opgelost", exact: true }).check();
  await advisor.getByRole("button", { name: "Dossier sluiten" }).click();
  await expect(advisor.getByText(/Gesloten op .*: Opgelost/)).toBeVisible();

  // The coordinator opens the overview from the reports hub.
  const coordinator = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.goto("/rapportages");
  await coordinator.getByRole("link", { name: /Kosten en baten/ }).click();
  await expectHeading(coordinator, "Kosten en baten");
  const net = (await figure(coordinator, "Netto (baten min kosten)").textContent()) ?? "";
  const average = (await figure(coordinator, "Gemiddeld netto per casus").textContent()) ?? "";
  expect(net).toMatch(/^€\s-?[\d.]+,\d\d$/);
  await expect(coordinator.getByText(/Van het netto resultaat is \d+% direct voor cliënten/)).toBeVisible();
  await expect(
    coordinator.getByText(/Die rechtsgebieden hebben samen \d+% van de \d+ vragen in deze periode/),
  ).toBeVisible();

  // Today's case closed last, so it is the last case before the total; it carries no name.
  const table = coordinator.getByRole("table", { name: "Per casus" });
  const rows = table.getByRole("row");
  const ours = rows.nth((await rows.count()) - 2);
  await expect(ours).toContainText("Belastingrecht");
  await expect(ours).toContainText("€ 60,00");
  await expect(ours).toContainText("€ 1.340,00");
  await expect(table).not.toContainText(name);
  const total = rows.last();
  await expect(total).toContainText("Totaal");
  await expect(total.getByRole("cell").nth(7)).toHaveText(net);
  const costs = (await total.getByRole("cell").nth(4).textContent()) ?? "";

  // The story of the case, anonymised: the client consented.
  await ours.getByRole("link", { name: /^Verhaal casus \d+$/ }).click();
  await expectHeading(coordinator, "Verhaal van een casus");
  await expect(coordinator.getByText("Belastingrecht > Toeslagen")).toBeVisible();
  await expect(coordinator.getByText("Netto € 1.340,00: baten cliënt € 600,00 en overheid € 740,00.")).toBeVisible();
  await expect(coordinator.locator("main")).not.toContainText(name);
  await expect(coordinator.locator("main")).not.toContainText("verrekend");
  await coordinator.goBack();

  // CSV: the cases with their total row, then the summary.
  const [csvDownload] = await Promise.all([
    coordinator.waitForEvent("download"),
    coordinator.getByRole("link", { name: "Download als CSV" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^kosten-baten-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
  const csv = (await readFile((await csvDownload.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n").map((line) => line.split(";"));
  const header = lines[0];
  const csvTotal = lines.find((line) => line[0] === "Totaal")!;
  expect(csvTotal[header.indexOf("Netto (€)")]).toBe(asCsvAmount(net));
  expect(csvTotal[header.indexOf("Kosten (€)")]).toBe(asCsvAmount(costs));
  expect(lines.find((line) => line[0] === "Gemiddeld netto per casus (€)")?.[1]).toBe(asCsvAmount(average));
  expect(csv).not.toContain(name);

  // .xlsx: the same totals, as numbers.
  const [xlsxDownload] = await Promise.all([
    coordinator.waitForEvent("download"),
    coordinator.getByRole("link", { name: "Download als Excel (.xlsx)" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const cases = workbook.getWorksheet("Casussen")!;
  const headers = (cases.getRow(1).values as unknown[]).map(String);
  const last = cases.getRow(cases.rowCount);
  expect(last.getCell(1).value).toBe("Totaal");
  expect(
    Number(last.getCell(headers.indexOf("Netto (€)")).value)
      .toFixed(2)
      .replace(".", ","),
  ).toBe(asCsvAmount(net));
  const summary = workbook.getWorksheet("Samenvatting")!;
  const averageRow = summary
    .getRows(1, summary.rowCount)!
    .find((row) => row.getCell(1).value === "Gemiddeld netto per casus (€)")!;
  expect(Number(averageRow.getCell(2).value).toFixed(2).replace(".", ",")).toBe(asCsvAmount(average));

  // A host sees neither the page nor the export.
  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  expect((await host.goto("/rapportages/kosten-baten"))?.status()).toBe(403);
  const refused = await host.request.get("/rapportages/kosten-baten/export?format=csv");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Je hebt geen toegang tot deze gegevens.");
});
