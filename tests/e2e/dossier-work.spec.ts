import { DEMO, expect, expectHeading, logIn, openDossierFromNewWalkIn, test } from "./support";

test("an advisor records a mediation and a payment arrangement with their minutes, puts one right and removes it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `E2E Werk ${Date.now().toString(36)}`;
  await logIn(page, DEMO.advisor);
  await page.goto("/balie");
  await openDossierFromNewWalkIn(page, {
    name,
    category: "Consumentenzaken",
    question: "Beslag op de uitkering door de deurwaarder.",
  });
  await expectHeading(page, `Dossier: ${name}`);

  const work = page.getByRole("region", { name: "Acties" });
  const newAction = work.locator("details").filter({ hasText: "Nieuwe actie vastleggen" });
  const record = async (kind: string, minutes: string) => {
    if (!(await newAction.getByLabel("Wat heb je gedaan?").isVisible()))
      await newAction.getByText("Nieuwe actie vastleggen").click();
    await newAction.getByLabel("Wat heb je gedaan?").selectOption({ label: kind });
    await newAction.getByLabel("Hoeveel minuten kostte het?").fill(minutes);
    await newAction.getByRole("button", { name: "Actie vastleggen" }).click();
    await expect(work.getByRole("listitem").filter({ hasText: `${kind} · ${minutes} minuten` })).toBeVisible();
  };
  await record("Bemiddeling", "20");
  await record("Betalingsregeling", "15");
  await expect(page.getByText("Totaal op dit dossier: 35 minuten")).toBeVisible();

  const arrangement = work.getByRole("listitem").filter({ hasText: "Betalingsregeling · 15 minuten" });
  await arrangement.getByText("Wijzigen").click();
  await arrangement.getByLabel("Hoeveel minuten kostte het?").fill("25");
  await arrangement.getByRole("button", { name: /^Wijziging opslaan/ }).click();
  await expect(work.getByRole("listitem").filter({ hasText: "Betalingsregeling · 25 minuten" })).toBeVisible();
  await expect(page.getByText("Totaal op dit dossier: 45 minuten")).toBeVisible();

  const mediation = work.getByRole("listitem").filter({ hasText: "Bemiddeling · 20 minuten" });
  await mediation.getByText("Wijzigen").click();
  await mediation.getByRole("button", { name: /^Verwijderen/ }).click();
  // The other action's change form lists "Bemiddeling" as a choice: look for the action itself.
  await expect(work.getByRole("listitem").filter({ hasText: "Bemiddeling · 20 minuten" })).toHaveCount(0);
  await expect(page.getByText("Totaal op dit dossier: 25 minuten")).toBeVisible();
});

test("a question about more than one field of law: the advisor adds a second legal domain and takes it off again", async ({
  page,
}) => {
  const name = `E2E Domeinen ${Date.now().toString(36)}`;
  await logIn(page, DEMO.advisor);
  await page.goto("/balie");
  await openDossierFromNewWalkIn(page, {
    name,
    category: "Belastingrecht",
    question: "Toeslag teruggevorderd; nu beslag op het loon.",
  });
  const question = page.getByRole("region", { name: "Vraag" });
  await expect(question.getByRole("listitem")).toHaveText([/^Belastingrecht.*\(hoofdrechtsgebied\)$/]);
  await question.getByText("Rechtsgebied toevoegen").first().click();
  const add = question.getByRole("form", { name: "Rechtsgebied toevoegen" });
  await add.getByLabel("Rechtsgebied").selectOption({ label: "Schulden > Beslagvrije voet" });
  await add.getByRole("button", { name: "Rechtsgebied toevoegen" }).click();
  await expect(question.getByRole("listitem")).toHaveCount(2);
  await expect(question.getByRole("listitem").nth(1)).toContainText("Schulden > Beslagvrije voet");
  // The primary domain cannot be taken off; the other can.
  await expect(question.getByRole("button", { name: /Belastingrecht/ })).toHaveCount(0);
  await question.getByRole("button", { name: /^Weghalen\s*: Schulden > Beslagvrije voet$/ }).click();
  await expect(question.getByRole("listitem")).toHaveCount(1);
});
