import { strFromU8, unzipSync } from "fflate";
import type { Locator } from "@playwright/test";
import {
  DEMO,
  dossierTimeline,
  expect,
  expectHeading,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  rememberSecret,
  test,
} from "./support";
import { clock } from "../../lib/clock";
import { amsterdamDay } from "../../lib/dates";

/** The headers of the .docx a link leads to: where the CONCEPT mark of a draft sits. */
async function docxHeaders(link: Locator): Promise<string> {
  const page = link.page();
  const response = await page.request.get(new URL((await link.getAttribute("href"))!, page.url()).toString());
  expect(response.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await response.body()));
  return Object.entries(files)
    .filter(([name]) => name.startsWith("word/header"))
    .map(([, bytes]) => strFromU8(bytes))
    .join("");
}

test("a volunteer's objection to the CAK is a draft until the supervisor returns it once and then approves it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const name = `E2E Concept ${Date.now().toString(36)}`;
  rememberSecret(name);

  const volunteer = await (await browser.newContext()).newPage();
  await logIn(volunteer, DEMO.volunteer);
  await volunteer.goto("/balie");
  await openDossierFromNewWalkIn(volunteer, {
    name,
    category: "Sociale zekerheid",
    question: "Naheffing eigen bijdrage Wmo van het CAK; cliënt had toen geen huishoudelijke hulp.",
  });
  const dossierUrl = volunteer.url();
  const otherParty = await openDossierForm(volunteer, "Wederpartij");
  await otherParty.getByLabel("Met wie is het probleem?").selectOption({ label: "CAK" });
  await otherParty.getByRole("button", { name: "Opslaan" }).click();
  await expect(otherParty.getByText("Postbus 84030, 2508 AA Den Haag")).toBeVisible();

  await volunteer.getByRole("link", { name: "Brief schrijven" }).click();
  await expect(volunteer.getByText(/Jouw brief is een concept tot je begeleider hem goedkeurt/)).toBeVisible();
  await volunteer.getByLabel("Straat en huisnummer").fill("Enschedesestraat 12");
  await volunteer.getByLabel("Postcode en woonplaats").fill("7551ab Hengelo");
  await volunteer.getByLabel("Datum van het besluit").fill(amsterdamDay(new Date(clock.nowMs() - 10 * 86_400_000)));
  await volunteer.getByLabel("Waar gaat het besluit over?").fill("Eigen bijdrage Wmo");
  await volunteer.getByLabel(/de gronden/).fill("Ik had in die maanden geen huishoudelijke hulp.");
  await volunteer.getByRole("button", { name: "Brief maken" }).click();
  const letterText = volunteer.getByLabel("Tekst van de brief: pas aan wat nodig is");
  await expect(letterText).toHaveValue(/CAK\nPostbus 84030\n2508 AA Den Haag/);
  const sheet = volunteer.getByRole("article", { name: "Zo ziet de brief eruit" });
  await expect(sheet).toContainText("CONCEPT – nog niet goedgekeurd, niet versturen");
  await volunteer.getByRole("button", { name: "Opslaan als document" }).click();
  await expect(volunteer.getByRole("status").filter({ hasText: "Opgeslagen als concept" })).toBeVisible();
  expect(await docxHeaders(volunteer.getByRole("link", { name: "Downloaden (.docx)" }))).toContain("CONCEPT");

  // The supervising professional is told on their dossiers page, and returns the letter once.
  const supervisor = await (await browser.newContext()).newPage();
  await logIn(supervisor, DEMO.advisor);
  await supervisor.goto("/dossiers");
  await supervisor.getByRole("link", { name: /wacht(en)? op jouw beoordeling/ }).click();
  await expectHeading(supervisor, "Te beoordelen");
  const letter = supervisor.getByRole("article", { name: `Bezwaarschrift – ${name}` });
  await expect(letter).toContainText("Ik had in die maanden geen huishoudelijke hulp.");
  await letter.getByLabel("Wat moet er anders?").fill("Voeg de beschikking van de gemeente toe als bijlage.");
  await letter.getByRole("button", { name: "Teruggeven" }).click();
  await expect(letter).toHaveCount(0);

  await volunteer.goto("/te-beoordelen");
  const mine = volunteer.getByRole("article", { name: `Bezwaarschrift – ${name}` });
  await expect(mine).toContainText("Teruggegeven: pas de brief aan en stuur hem opnieuw");
  await expect(mine).toContainText("Voeg de beschikking van de gemeente toe als bijlage.");
  const revised = mine.getByLabel("De brief, aangepast");
  await revised.fill(`${await revised.inputValue()}\n\nBijlage: beschikking Wmo van de gemeente`);
  await mine.getByRole("button", { name: "Opnieuw ter beoordeling sturen" }).click();
  await expect(mine).toContainText("Wacht op beoordeling");

  await supervisor.reload();
  await expect(letter).toContainText("Bijlage: beschikking Wmo van de gemeente");
  await letter.getByRole("button", { name: /^Goedkeuren/ }).click();
  await expect(supervisor.getByText("Er wachten geen brieven op jouw beoordeling.")).toBeVisible();

  // Approved: the dossier no longer calls it a draft, and the download has no CONCEPT mark.
  await volunteer.goto(dossierUrl);
  const documents = dossierTimeline(volunteer).getByRole("listitem").filter({ hasText: "Bezwaarschrift CAK" });
  await expect(documents).toContainText("Bezwaarschrift CAK");
  await expect(documents).not.toContainText("CONCEPT");
  expect(await docxHeaders(documents.getByRole("link", { name: /Bezwaarschrift CAK/ }))).toBe("");
});
