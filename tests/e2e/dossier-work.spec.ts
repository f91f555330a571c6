import {
  DEMO,
  dossierTimeline,
  expect,
  expectHeading,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  summaryFact,
  test,
} from "./support";

test("an advisor records two kinds of work with their minutes, puts one right and removes the other", async ({
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

  const work = dossierTimeline(page);
  const record = async (kind: string, minutes: string) => {
    const form = await openDossierForm(page, "Actie");
    await form.getByLabel("Wat heb je gedaan?").selectOption({ label: kind });
    await form.getByLabel("Hoeveel minuten kostte het?").fill(minutes);
    await form.getByRole("button", { name: "Actie vastleggen" }).click();
    await expect(work.getByRole("listitem").filter({ hasText: `${kind} · ${minutes} minuten` })).toBeVisible();
  };
  await record("Beslagvrije voet herberekend", "20");
  await record("Brief aan deurwaarder", "15");
  const spent = summaryFact(page, "Tijd besteed");
  await expect(spent).toHaveText("35 minuten");

  const letter = work.getByRole("listitem").filter({ hasText: "Brief aan deurwaarder · 15 minuten" });
  await letter.getByText("Wijzigen").click();
  await letter.getByLabel("Hoeveel minuten kostte het?").fill("25");
  await letter.getByRole("button", { name: /^Wijziging opslaan/ }).click();
  await expect(work.getByRole("listitem").filter({ hasText: "Brief aan deurwaarder · 25 minuten" })).toBeVisible();
  await expect(spent).toHaveText("45 minuten");

  const recalculation = work.getByRole("listitem").filter({ hasText: "Beslagvrije voet herberekend · 20 minuten" });
  await recalculation.getByText("Wijzigen").click();
  await recalculation.getByRole("button", { name: /^Verwijderen/ }).click();
  // The other action's change form lists this kind as a choice: look for the action itself.
  await expect(work.getByRole("listitem").filter({ hasText: "Beslagvrije voet herberekend · 20 minuten" })).toHaveCount(
    0,
  );
  await expect(spent).toHaveText("25 minuten");
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
  const question = await openDossierForm(page, "Vraag en rechtsgebied");
  await expect(question.getByRole("listitem")).toHaveText([/^Belastingrecht.*\(hoofdrechtsgebied\)$/]);
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
