import type { Page } from "@playwright/test";
import {
  DEMO,
  dossierTimeline,
  expect,
  expectHeading,
  expectRegistered,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  test,
} from "./support";

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
const visitRows = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });

async function fillNewWalkIn(page: Page, name: string) {
  // The intake form stays open after a registration, ready for the next one.
  const nameField = page.getByLabel("Of een nieuwe cliënt: Naam of initialen");
  if (!(await nameField.isVisible())) await page.getByRole("button", { name: "Nieuwe inloop" }).click();
  await nameField.fill(name);
  await page.getByRole("radio", { name: "Sociale zekerheid" }).check();
}

test("a double-clicked or twice-sent 'register walk-in' makes one visit", async ({ page }) => {
  await logIn(page, DEMO.host);
  await page.goto("/balie");

  const doubleClicked = `E2E Dubbelklik ${suffix()}`;
  await fillNewWalkIn(page, doubleClicked);
  await page.getByRole("button", { name: "Inschrijven" }).dblclick();
  await expectRegistered(page, doubleClicked);

  // Past the disabled button: the form submitted twice in the same instant, as a browser that
  // resends does. The server gets both, with the same submission key.
  const sentTwice = `E2E Tweemaal ${suffix()}`;
  await fillNewWalkIn(page, sentTwice);
  await page.getByRole("button", { name: "Inschrijven" }).evaluate((button) => {
    const form = (button as HTMLButtonElement).form!;
    form.requestSubmit();
    form.requestSubmit();
  });
  await expectRegistered(page, sentTwice);

  await page.reload();
  await expect(visitRows(page, doubleClicked)).toHaveCount(1);
  await expect(visitRows(page, sentTwice)).toHaveCount(1);
});

test("two advisors edit the same note, then the question: the second sees the current text and overwrites nothing", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `E2E Notitie ${suffix()}`;
  const volunteer = await (await browser.newContext()).newPage();
  await logIn(volunteer, DEMO.volunteer);
  await volunteer.goto("/balie");
  await openDossierFromNewWalkIn(volunteer, {
    name,
    category: "Belastingrecht",
    question: "Huurtoeslag 2025 stopgezet.",
  });
  await openDossierForm(volunteer, "Notitie");
  await volunteer.getByLabel("Nieuwe notitie").fill("Brief van de Belastingdienst gelezen.");
  await volunteer.getByRole("button", { name: "Notitie opslaan" }).click();
  const note = (page: Page) =>
    dossierTimeline(page)
      .getByRole("listitem")
      .filter({ has: page.getByText("Notitie", { exact: true }) })
      .first();
  await expect(note(volunteer)).toContainText("Brief van de Belastingdienst gelezen.");

  // The professional who supervises the volunteer opens the same dossier in another browser.
  const professional = await (await browser.newContext()).newPage();
  await logIn(professional, DEMO.advisor);
  await professional.goto(volunteer.url());
  await expectHeading(professional, `Dossier: ${name}`);

  // Both start editing the same version.
  await note(volunteer).getByRole("button", { name: "Notitie wijzigen" }).click();
  await note(professional).getByRole("button", { name: "Notitie wijzigen" }).click();
  await note(volunteer)
    .getByRole("textbox", { name: "Notitie wijzigen" })
    .fill("Brief van de Belastingdienst gelezen; bezwaar voor 1 maart.");
  await note(professional).getByRole("textbox", { name: "Notitie wijzigen" }).fill("Beschikking huurtoeslag gelezen.");

  await note(volunteer).getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(note(volunteer).locator("p.whitespace-pre-wrap").first()).toHaveText(
    "Brief van de Belastingdienst gelezen; bezwaar voor 1 maart.",
  );

  await note(professional).getByRole("button", { name: "Wijziging opslaan" }).click();
  const alert = note(professional).getByRole("alert");
  await expect(alert).toContainText("heeft deze notitie om");
  await expect(alert).toContainText("Je wijziging is niet opgeslagen en er is niets overschreven.");
  await expect(note(professional).getByTestId("current-text")).toHaveText(
    "Brief van de Belastingdienst gelezen; bezwaar voor 1 maart.",
  );
  // The professional's own text is still there to work from.
  await expect(note(professional).getByRole("textbox", { name: "Notitie wijzigen" })).toHaveValue(
    "Beschikking huurtoeslag gelezen.",
  );

  // Nothing was overwritten: a fresh look shows the volunteer's text.
  await volunteer.reload();
  await expect(note(volunteer)).toContainText("Brief van de Belastingdienst gelezen; bezwaar voor 1 maart.");
  await expect(note(volunteer)).not.toContainText("Beschikking huurtoeslag gelezen.");

  // Having seen the current text, the professional saves deliberately on top of it; both earlier texts stay in the history.
  await note(professional)
    .getByRole("textbox", { name: "Notitie wijzigen" })
    .fill("Brief gelezen; bezwaar voor 1 maart. Beschikking huurtoeslag ook gelezen.");
  await note(professional).getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(note(professional).getByRole("textbox", { name: "Notitie wijzigen" })).toHaveCount(0);
  await professional.reload();
  await expect(note(professional)).toContainText(
    "Brief gelezen; bezwaar voor 1 maart. Beschikking huurtoeslag ook gelezen.",
  );
  await note(professional).getByText("Eerdere versies (2)").click();
  await expect(note(professional)).toContainText("Brief van de Belastingdienst gelezen.");

  // The dossier's question has the same lock.
  const question = (page: Page) => page.getByRole("region", { name: "Vraag" });
  await volunteer.reload();
  for (const page of [volunteer, professional]) {
    await openDossierForm(page, "Vraag en rechtsgebied");
    await question(page).getByRole("button", { name: "Vraag wijzigen" }).click();
  }
  await question(volunteer)
    .getByRole("textbox", { name: "Vraag wijzigen" })
    .fill("Huurtoeslag 2025 stopgezet; wil bezwaar maken.");
  await question(professional).getByRole("textbox", { name: "Vraag wijzigen" }).fill("Huurtoeslag stopgezet.");
  await question(volunteer).getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(question(volunteer).locator("p.whitespace-pre-wrap").first()).toHaveText(
    "Huurtoeslag 2025 stopgezet; wil bezwaar maken.",
  );
  await question(professional).getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(question(professional).getByRole("alert")).toContainText(
    "Je wijziging is niet opgeslagen en er is niets overschreven.",
  );
  await expect(question(professional).getByTestId("current-text")).toHaveText(
    "Huurtoeslag 2025 stopgezet; wil bezwaar maken.",
  );
});
