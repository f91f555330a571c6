import { expect, expectHeading, logIn, test } from "./support";

// Venray's admin: the other specs work in Hengelo and Mar en Fean, whose desks a new place would join.
const ADMIN = "beheer@venray.example";

test("an admin creates a location with its public texts and a room, sees it on the public page, then archives it", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const name = `Wijkpunt De Brug ${suffix}`;
  const slug = `de-brug-${suffix}`;
  await logIn(page, ADMIN);
  await page.getByRole("link", { name: "Locaties", exact: true }).click();
  await expectHeading(page, "Locaties");

  const form = page.getByRole("region", { name: "Nieuwe locatie" });
  await form.getByLabel("Naam", { exact: true }).fill(name);
  await form.getByLabel("Webadres van de openbare pagina").fill(slug);
  await form.getByLabel("Straat en huisnummer").fill("Brugstraat 7");
  await form.getByLabel("Postcode").fill("5801ab");
  await form.getByLabel("Plaats").fill("Venray");
  await form.getByLabel("Toegankelijkheid", { exact: true }).fill("Ingang zonder drempel, met een ringleiding.");
  await form.getByText("Teksten in het English").click();
  await form.getByLabel("Toegankelijkheid (English)").fill("Step-free entrance, with a hearing loop.");
  await form.getByRole("button", { name: "Locatie aanmaken" }).click();

  await expectHeading(page, name);
  await expect(page.getByRole("status")).toHaveText("De locatie is aangemaakt. Voeg nu de ruimtes toe.");
  await expect(page.getByLabel("Postcode")).toHaveValue("5801 AB");

  await page.getByLabel("Naam van de ruimte").last().fill("Spreekkamer A");
  await page.getByRole("button", { name: "Ruimte toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ruimte Spreekkamer A is toegevoegd." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Ruimte Spreekkamer A" })).toBeVisible();

  const visitor = await (await page.context().browser()!.newContext()).newPage();
  await visitor.goto(`/spreekuur/${slug}?taal=en`);
  await expect(visitor.getByText("Step-free entrance, with a hearing loop.")).toBeVisible();
  await visitor.goto(`/spreekuur/${slug}`);
  await expect(visitor.getByText("Ingang zonder drempel, met een ringleiding.")).toBeVisible();

  await page.getByRole("button", { name: "Locatie archiveren" }).click();
  await expect(page.getByRole("button", { name: "Terughalen uit het archief" })).toBeVisible();
  const gone = await visitor.goto(`/spreekuur/${slug}`);
  expect(gone?.status()).toBe(404);
  await page.goto("/beheer/locaties");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Gearchiveerd");
});

test("a coordinator cannot open the locations", async ({ page }) => {
  await logIn(page, "coordinator@venray.example");
  const answer = await page.goto("/beheer/locaties");
  expect(answer?.status()).toBe(403);
});
