import fs from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { DEMO, expect, expectHeading, logIn, openDossierFromNewWalkIn, test } from "./support";
import { clock } from "../../lib/clock";
import { amsterdamDay } from "../../lib/dates";

/** The calendar day `days` before today, as a date input takes it. */
function daysAgo(days: number): string {
  return amsterdamDay(new Date(clock.nowMs() - days * 86_400_000));
}

test("an advisor writes a bezwaarschrift from the dossier, edits, prints and downloads it; a host cannot open the letter page", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = `E2E Brief ${Date.now().toString(36)}`;
  const advisor = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");

  // A dossier from today's conversation, as in dossier.spec.ts.
  await openDossierFromNewWalkIn(advisor, {
    name: name,
    category: "Belastingrecht",
    question: "Zorgtoeslag 2025 wordt teruggevorderd (€ 1.240). Wil bezwaar maken.",
    domain: "Belastingrecht > Toeslagen (huur-, zorg- en kinderopvangtoeslag)",
  });
  const dossierUrl = advisor.url();

  await advisor.getByRole("link", { name: "Brief schrijven" }).click();
  await expectHeading(advisor, `Brief schrijven: ${name}`);
  await expect(advisor.getByText("Zorgtoeslag 2025 wordt teruggevorderd (€ 1.240). Wil bezwaar maken.")).toBeVisible();
  await expect(advisor.getByLabel("Naam", { exact: true })).toHaveValue(name);
  await expect(advisor.getByLabel("Plaats", { exact: true })).toHaveValue("Hengelo");

  await advisor.getByRole("button", { name: "Brief maken" }).click();
  await expect(advisor.getByText("Vul de straat en het huisnummer van de cliënt in.")).toBeVisible();
  await expect(advisor.getByText("Vul de datum van het besluit in.")).toBeVisible();
  await expect(advisor.getByText("Schrijf op waarom de cliënt het er niet mee eens is.")).toBeVisible();

  await advisor.getByLabel("Straat en huisnummer").fill("Enschedesestraat 12");
  await advisor.getByLabel("Postcode en woonplaats").fill("7551ab Hengelo");
  await advisor.getByLabel("Naam van de instantie").fill("Belastingdienst/Toeslagen");
  await advisor.getByLabel("Adres of postbus").fill("Postbus 8000");
  await advisor.getByLabel("Postcode en plaats", { exact: true }).fill("7500 AB Enschede");
  await advisor.getByLabel("Datum van het besluit").fill(daysAgo(14));
  await advisor.getByLabel("Kenmerk (niet verplicht)").fill("ZT-2025-00123");
  await advisor.getByLabel("Waar gaat het besluit over?").fill("Terugvordering zorgtoeslag 2025");
  await advisor.getByLabel(/de gronden/).fill("Mijn inkomen in 2025 was lager dan de Belastingdienst denkt.");
  await advisor.getByRole("checkbox", { name: /hoorzitting/ }).check();
  await advisor.getByRole("button", { name: "Brief maken" }).click();

  const letterText = advisor.getByLabel("Tekst van de brief: pas aan wat nodig is");
  await expect(letterText).toHaveValue(/Betreft: bezwaar tegen uw besluit van .* 20\d\d, kenmerk ZT-2025-00123/);
  await expect(letterText).toHaveValue(/\n7551 AB Hengelo\n/);
  await expect(advisor.getByText(/De bezwaartermijn loopt tot en met/)).toBeVisible();
  await letterText.fill((await letterText.inputValue()).replace("was lager", "was veel lager"));
  const sheet = advisor.getByRole("article", { name: "Zo ziet de brief eruit" });
  await expect(sheet).toContainText("Mijn inkomen in 2025 was veel lager dan de Belastingdienst denkt.");

  // Printed, the page is the letter alone.
  await advisor.emulateMedia({ media: "print" });
  await expect(sheet).toBeVisible();
  await expect(advisor.getByRole("button", { name: "Brief maken" })).toBeHidden();
  await expect(letterText).toBeHidden();
  await expect(advisor.getByRole("heading", { level: 1 })).toBeHidden();
  await advisor.emulateMedia({ media: "screen" });

  await advisor.getByRole("button", { name: "Opslaan als document" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "De brief is opgeslagen in het dossier." })).toBeVisible();

  const download = advisor.getByRole("link", { name: "Downloaden (.docx)" });
  const [file] = await Promise.all([advisor.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^Bezwaarschrift Belastingdienst Toeslagen \d{4}-\d{2}-\d{2}\.docx$/);
  const bytes = await fs.readFile(await file.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const documentXml = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]);
  expect(documentXml).toContain("Mijn inkomen in 2025 was veel lager dan de Belastingdienst denkt.");
  const documentUrl = new URL((await download.getAttribute("href"))!, advisor.url()).toString();
  const response = await advisor.request.get(documentUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );

  await advisor.getByRole("link", { name: "Terug naar het dossier" }).last().click();
  await expectHeading(advisor, `Dossier: ${name}`);
  await expect(advisor.getByRole("link", { name: /^Bezwaarschrift Belastingdienst Toeslagen .*\.docx/ })).toBeVisible();
  await expect(advisor.getByText(/Bezwaarschrift aan Belastingdienst\/Toeslagen tegen het besluit van/)).toBeVisible();

  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  expect((await host.goto(`${dossierUrl}/brief`))?.status()).toBe(403);
  expect((await host.request.get(documentUrl)).status()).toBe(403);
  const otherAdvisor = await (await browser.newContext()).newPage();
  await logIn(otherAdvisor, "adviseur@venray.example");
  expect((await otherAdvisor.goto(`${dossierUrl}/brief`))?.status()).toBe(404);
  expect((await otherAdvisor.request.get(documentUrl)).status()).toBe(404);
});

/**
 * Chooses a kind of letter: its fields follow the choice once React has hydrated the form. A click
 * before that (a loaded CI machine) changes nothing, so the choice is made again until they follow.
 */
async function chooseKind(page: Page, kind: RegExp, shown: Locator) {
  await expect(async () => {
    await page.getByRole("radio", { name: /^Bezwaarschrift/ }).check();
    await page.getByRole("radio", { name: kind }).check();
    await expect(shown).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test("the letter form shows each kind's own questions: a pro-forma objection needs no grounds, a payment arrangement an amount", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `E2E Brieven ${Date.now().toString(36)}`;
  await logIn(page, DEMO.advisor);
  await page.goto("/balie");
  await openDossierFromNewWalkIn(page, {
    name,
    category: "Schulden",
    question: "Achterstand bij de energieleverancier en een naheffing van het CAK.",
  });
  await page.getByRole("link", { name: "Brief schrijven" }).click();
  await page.getByLabel("Straat en huisnummer").fill("Enschedesestraat 12");
  await page.getByLabel("Postcode en woonplaats").fill("7551ab Hengelo");
  await page.getByLabel("Naam van de instantie").fill("CAK");
  await page.getByLabel("Adres of postbus").fill("Postbus 84030");
  await page.getByLabel("Postcode en plaats", { exact: true }).fill("2508 AA Den Haag");

  await chooseKind(page, /^Pro-formabezwaar/, page.getByText(/De instantie moet dan een termijn geven/));
  await expect(page.getByLabel(/de gronden/)).toHaveCount(0);
  await page.getByLabel("Datum van het besluit").fill(daysAgo(40));
  await page.getByLabel("Waar gaat het besluit over?").fill("Naheffing eigen bijdrage Wmo");
  await page.getByRole("button", { name: "Brief maken" }).click();
  const letterText = page.getByLabel("Tekst van de brief: pas aan wat nodig is");
  await expect(letterText).toHaveValue(/artikel 6:6 van de Algemene wet bestuursrecht/);
  await expect(page.getByText(/De bezwaartermijn loopt tot en met/)).toBeVisible();

  await chooseKind(page, /^Betalingsregeling vragen/, page.getByLabel("Waar gaat de schuld over?"));
  await page.getByLabel("Naam van de instantie").fill("Energie Oost");
  await page.getByLabel("Waar gaat de schuld over?").fill("De energierekening van 2025");
  await page.getByLabel("Waarom kan de cliënt niet in één keer betalen?").fill("Mijn uitkering is te laag.");
  await page.getByRole("button", { name: "Brief maken" }).click();
  await expect(page.getByText("Vul in hoeveel de cliënt per maand kan betalen.")).toBeVisible();
  await page.getByLabel("Bedrag per maand dat de cliënt kan betalen (€)").fill("40");
  await page.getByRole("checkbox", { name: /incasso stil te zetten/ }).check();
  await page.getByRole("button", { name: "Brief maken" }).click();
  await expect(letterText).toHaveValue(/Betreft: verzoek om een betalingsregeling/);
  await expect(letterText).toHaveValue(/in delen van €\s40,00 per maand/);
  await page.getByRole("button", { name: "Opslaan als document" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De brief is opgeslagen in het dossier." })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar het dossier" }).last().click();
  await expect(page.getByText("Verzoek betalingsregeling aan Energie Oost")).toBeVisible();
});
