import fs from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { DEMO, expect, expectHeading, logIn, openDossierForm, SAMPLE_PDF, test } from "./support";
import { clock } from "../../lib/clock";
import { amsterdamDay } from "../../lib/dates";

/** The calendar day `days` before today, as a date input takes it. */
const daysAgo = (days: number) => amsterdamDay(new Date(clock.nowMs() - days * 86_400_000));

// The dossier issue's whole acceptance flow, in one advisor's afternoon.
test("an advisor turns today's visit into a Toeslagen dossier: letter, deadline, bezwaarschrift, time, closed", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const name = `E2E Toeslagen ${Date.now().toString(36)}`;
  const advisor = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await advisor.getByRole("button", { name: "Nieuwe inloop" }).click();
  await advisor.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
  await advisor.getByRole("radio", { name: "Belastingrecht" }).check();
  await advisor.getByRole("button", { name: "Inschrijven" }).click();

  // Today's visit becomes a dossier in Belastingrecht > Toeslagen.
  await advisor.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  await advisor.getByRole("link", { name: `Dossier openen: ${name}` }).click();
  await advisor
    .getByLabel("Wat is de vraag van de cliënt?")
    .fill("Zorgtoeslag 2025 wordt teruggevorderd. Wil bezwaar maken.");
  await advisor
    .getByLabel("Rechtsgebied")
    .selectOption({ label: "Belastingrecht > Toeslagen (huur-, zorg- en kinderopvangtoeslag)" });
  await advisor.getByRole("checkbox", { name: /toestemming/ }).check();
  await advisor.getByRole("button", { name: "Dossier openen" }).click();
  await expectHeading(advisor, `Dossier: ${name}`);
  await expect(advisor.getByRole("region", { name: "Samenvatting" })).toContainText("Belastingrecht > Toeslagen");

  // The client's letter.
  await openDossierForm(advisor, "Document");
  await advisor
    .getByLabel("Foto of PDF van de brief")
    .setInputFiles({ name: "Beschikking.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await advisor.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(advisor.getByRole("link", { name: /^Beschikking\.pdf/ })).toBeVisible();

  // The objection term from the decision date: sent 14 days ago, so due in four weeks.
  await openDossierForm(advisor, "Termijn");
  await advisor.getByLabel("Datum waarop het besluit is verstuurd (datum op de brief)").fill(daysAgo(14));
  await advisor.getByRole("button", { name: "Bereken en bewaar" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "Uiterste datum voor het bezwaar:" })).toBeVisible();

  // The bezwaarschrift, downloaded as a .docx.
  await advisor.getByRole("link", { name: "Brief schrijven" }).click();
  await advisor.getByLabel("Straat en huisnummer").fill("Enschedesestraat 12");
  await advisor.getByLabel("Postcode en woonplaats").fill("7551 AB Hengelo");
  await advisor.getByLabel("Naam van de instantie").fill("Belastingdienst/Toeslagen");
  await advisor.getByLabel("Adres of postbus").fill("Postbus 8000");
  await advisor.getByLabel("Postcode en plaats", { exact: true }).fill("7500 AB Enschede");
  await advisor.getByLabel("Datum van het besluit").fill(daysAgo(14));
  await advisor.getByLabel("Waar gaat het besluit over?").fill("Terugvordering zorgtoeslag 2025");
  await advisor.getByLabel(/de gronden/).fill("Mijn inkomen in 2025 was lager dan de Belastingdienst denkt.");
  await advisor.getByRole("button", { name: "Brief maken" }).click();
  await advisor.getByRole("button", { name: "Opslaan als document" }).click();
  const [file] = await Promise.all([
    advisor.waitForEvent("download"),
    advisor.getByRole("link", { name: "Downloaden (.docx)" }).click(),
  ]);
  const bytes = await fs.readFile(await file.path());
  expect(strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"])).toContain(
    "Mijn inkomen in 2025 was lager dan de Belastingdienst denkt.",
  );
  await advisor.getByRole("link", { name: "Terug naar het dossier" }).last().click();

  // Twenty minutes of work, then closed with an outcome.
  await openDossierForm(advisor, "Tijd");
  await advisor.getByLabel("Minuten", { exact: true }).fill("20");
  await advisor.getByRole("button", { name: "Tijd schrijven" }).click();
  await expect(advisor.getByText("Totaal op dit dossier: 20 minuten")).toBeVisible();
  await openDossierForm(advisor, "Sluiten");
  await advisor.getByRole("radio", { name: "Opgelost", exact: true }).check();
  await advisor.getByRole("button", { name: "Dossier sluiten" }).click();
  await expect(advisor.getByText(/Gesloten op .*: Opgelost/)).toBeVisible();
});
