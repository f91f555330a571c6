import {
  DEMO,
  expect,
  expectHeading,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  rememberSecret,
  summaryFact,
  test,
} from "./support";

test("the coordinator keeps the other parties; the advisor chooses one on a dossier and the letter is addressed to it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const corporation = `Woonstichting E2E ${suffix}`;
  const client = `E2E Wederpartij ${suffix}`;
  rememberSecret(client);

  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.getByRole("link", { name: "Wederpartijen" }).click();
  await expectHeading(coordinator, "Wederpartijen");
  // The demo library has the national bodies already: adding them again adds nothing.
  await coordinator.getByRole("button", { name: "Landelijke instanties toevoegen" }).click();
  await expect(coordinator.getByRole("status")).toHaveText("Ze stonden er al allemaal op.");

  const newEntry = coordinator.getByRole("form", { name: "Toevoegen" });
  await newEntry.getByLabel("Naam", { exact: true }).fill("cak");
  await newEntry.getByLabel("Soort").selectOption({ label: "CAK" });
  await newEntry.getByRole("button", { name: "Toevoegen" }).click();
  await expect(newEntry.getByRole("alert")).toContainText("‘CAK’ staat al op de lijst.");

  await newEntry.getByLabel("Naam", { exact: true }).fill(corporation);
  await newEntry.getByLabel("Soort").selectOption({ label: "Woningcorporatie of verhuurder" });
  await newEntry.getByLabel("Afdeling (als de instantie dat vraagt)").fill("afdeling Huurincasso");
  await newEntry.getByLabel("Postadres").fill("Postbus 12");
  await newEntry.getByLabel("Postcode en plaats").fill("7550aa  Hengelo");
  await newEntry.getByRole("button", { name: "Toevoegen" }).click();
  const row = coordinator.getByRole("table", { name: "Op de lijst" }).getByRole("row").filter({ hasText: corporation });
  await expect(row).toContainText("afdeling Huurincasso, Postbus 12, 7550 AA Hengelo");
  await expect(newEntry.getByLabel("Naam", { exact: true })).toHaveValue("");

  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, {
    name: client,
    category: "Huur en wonen",
    question: "Drie maanden huurachterstand; de verhuurder dreigt met ontruiming.",
  });
  await expect(summaryFact(advisor, "Wederpartij")).toHaveText("Nog niet gekozen");
  const otherParty = await openDossierForm(advisor, "Wederpartij");
  await expect(otherParty).toContainText("Nog niet vastgelegd.");
  await otherParty.getByLabel("Met wie is het probleem?").selectOption({ label: corporation });
  await otherParty.getByRole("button", { name: "Opslaan" }).click();
  await expect(otherParty.getByText("afdeling Huurincasso, Postbus 12, 7550 AA Hengelo")).toBeVisible();

  await advisor.getByRole("link", { name: "Brief schrijven" }).click();
  const addressee = advisor.getByRole("group", { name: "Aan: de instantie" });
  await expect(addressee.getByText(/Ingevuld met de wederpartij van het dossier/)).toBeVisible();
  await expect(addressee.getByLabel(/^Naam van de instantie/)).toHaveValue(corporation);
  await expect(addressee.getByLabel("Afdeling (niet verplicht)")).toHaveValue("afdeling Huurincasso");
  await expect(addressee.getByLabel("Adres of postbus")).toHaveValue("Postbus 12");
  await expect(addressee.getByLabel("Postcode en plaats", { exact: true })).toHaveValue("7550 AA Hengelo");

  // Not on the list: typed in, and the letter takes the name alone.
  await advisor.getByRole("link", { name: "Terug naar het dossier" }).click();
  await openDossierForm(advisor, "Wederpartij");
  await otherParty
    .getByLabel("Met wie is het probleem?")
    .selectOption({ label: "Staat niet op de lijst (vul de naam in)" });
  await otherParty.getByLabel("Naam, als die niet op de lijst staat").fill("Verhuurder Jansen");
  await otherParty.getByRole("button", { name: "Opslaan" }).click();
  await expect(otherParty.getByText("Verhuurder Jansen", { exact: true })).toBeVisible();
  await expect(summaryFact(advisor, "Wederpartij")).toHaveText("Verhuurder Jansen");

  // The coordinator counts per kind, never per typed name.
  await coordinator.goto("/rapportages/cijfers");
  const figure = coordinator.getByRole("region", { name: "Wederpartijen" }).first();
  await expect(figure.getByRole("table")).toContainText("Zelf ingevuld");
  await expect(figure).not.toContainText("Verhuurder Jansen");
});

test("a host never reaches the other parties: not the list, not the dossier's", async ({ page }) => {
  await logIn(page, DEMO.host);
  const response = await page.goto("/wederpartijen");
  expect(response?.status()).toBe(403);
  await expectHeading(page, "Geen toegang");
  await page.goto("/balie");
  await expect(page.getByRole("link", { name: "Wederpartijen" })).toHaveCount(0);
});
