import { DEMO, expect, expectHeading, logIn, openDossierForm, openDossierFromNewWalkIn, test } from "./support";
import { clock } from "../../lib/clock";

const amsterdamDay = (moment: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(moment);

test("an advisor plans aftercare in a dossier, completes it with 45 minutes, and logs and corrects own hours", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const id = Date.now().toString(36);
  const name = `E2E Nazorg ${id}`;
  const tomorrow = amsterdamDay(new Date(clock.nowMs() + 24 * 60 * 60 * 1000));
  await logIn(page, DEMO.advisor);

  // A dossier from today's conversation, as in dossier.spec.ts.
  await page.goto("/balie");
  await openDossierFromNewWalkIn(page, {
    name: name,
    category: "Sociale zekerheid",
    question: "WW-uitkering is stopgezet; cliënt begrijpt de brief van UWV niet.",
  });

  const aftercare = await openDossierForm(page, "Nazorg");
  await aftercare.getByLabel("Wat moet er gebeuren?").fill("Bellen met UWV");
  await aftercare.getByLabel("Uiterlijk op (niet verplicht)").fill(tomorrow);
  await aftercare.getByRole("button", { name: "Taak toevoegen" }).click();
  await expect(aftercare.getByRole("status")).toHaveText("Taak toegevoegd: Bellen met UWV.");
  await expect(aftercare.getByRole("listitem").filter({ hasText: "Bellen met UWV" })).toContainText("Uiterlijk");

  await page.goto("/nazorg");
  await expectHeading(page, "Mijn nazorg");
  const task = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Dossier: ${name}` }) });
  await expect(task).toContainText("Bellen met UWV");
  await task.getByLabel(/Minuten besteed/).fill("45");
  await task.getByRole("button", { name: /Afronden/ }).click();
  await expect(page.getByRole("status")).toHaveText("Afgerond: Bellen met UWV. 45 minuten nazorg geschreven.");
  await expect(task).toHaveCount(0);

  await page.goto("/uren");
  await expectHeading(page, "Mijn uren");
  await expect(page.getByRole("listitem").filter({ hasText: "Nazorg: Bellen met UWV" }).first()).toContainText(
    "45 minuten",
  );

  const description = `E2E nieuwsbrief ${id}`;
  await page.getByLabel("Soort werk", { exact: true }).selectOption({ label: "Communicatie" });
  await page.getByLabel("Minuten", { exact: true }).fill("30");
  await page.getByLabel("Omschrijving (niet verplicht)").fill(description);
  await page.getByRole("button", { name: "Uren opslaan" }).click();
  await expect(page.getByText("Opgeslagen: 30 minuten.")).toBeVisible();

  const entry = page.getByRole("listitem").filter({ hasText: description });
  await expect(entry).toContainText("Communicatie · 30 minuten");
  await entry.getByText("Corrigeren", { exact: true }).click();
  await entry.getByLabel("Juiste aantal minuten").fill("20");
  await entry.getByLabel("Reden (niet verplicht)").fill("Was korter dan gedacht");
  await entry.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(entry.getByRole("status")).toHaveText("Gecorrigeerd: van 30 naar 20 minuten.");
  await expect(entry).toContainText("Communicatie · 30 minuten");
  await expect(entry).toContainText("Correctie: -10 minuten");
  await expect(entry).toContainText("Was korter dan gedacht");
  await expect(entry).toContainText("Telt nu voor 20 minuten");
});
