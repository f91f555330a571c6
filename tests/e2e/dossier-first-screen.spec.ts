import { YEAR_LONG_CLIENT } from "../../scripts/seed/year-long-dossier";
import { DEMO, dossierTimeline, expect, expectHeading, logIn, openDossierForm, test } from "./support";

// Issue 20, item 9: a dossier with a year of history reads from the top, on a laptop and on a
// tablet: its summary and the newest entries of the timeline in the first screen, no form open.
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
]) {
  test(`a dossier of a year fits its summary and latest entries in the first screen at ${viewport.width} px`, async ({
    browser,
  }) => {
    const page = await (await browser.newContext({ viewport })).newPage();
    await logIn(page, DEMO.advisor);
    await page.goto(`/dossiers?zoek=${encodeURIComponent(YEAR_LONG_CLIENT)}`);
    await page.getByRole("link", { name: YEAR_LONG_CLIENT }).first().click();
    await expectHeading(page, `Dossier: ${YEAR_LONG_CLIENT}`);

    // A year of history: more entries than the page shows at first.
    const entries = dossierTimeline(page).locator(":scope > li");
    await expect(entries).toHaveCount(15);
    await expect(page.getByRole("link", { name: /^Laat alle \d+ zien$/ })).toBeVisible();

    // No form is open until asked; the waiting toggle is a button, not a form to fill in.
    await expect(page.locator("main").locator("textarea, input:not([type=hidden]), select")).toHaveCount(0);

    const bottom = async (locator: ReturnType<typeof page.locator>) => {
      const box = await locator.boundingBox();
      expect(box, "laid out").not.toBeNull();
      return box!.y + box!.height;
    };
    const summary = page.getByRole("region", { name: "Samenvatting" });
    await expect(summary).toContainText("Nieuwe berekening van de betalingsregeling CAK");
    expect(await bottom(summary)).toBeLessThanOrEqual(viewport.height);
    // The newest entries without scrolling: the first whole, the next one begun.
    expect(await bottom(entries.first())).toBeLessThanOrEqual(viewport.height);
    expect((await entries.nth(1).boundingBox())!.y).toBeLessThan(viewport.height);

    // The whole year, and one kind of entry at a time.
    await page.getByRole("link", { name: /^Laat alle \d+ zien$/ }).click();
    await expect(entries.last()).toContainText("Dossier geopend");
    await page.getByRole("navigation", { name: "Laat zien" }).getByRole("link", { name: "Termijnen" }).click();
    await expect(entries).toHaveCount(5);
    await expect(entries.first()).toContainText("Nieuwe berekening van de betalingsregeling CAK");

    // One form at a time: opening another closes the first.
    await openDossierForm(page, "Notitie");
    await expect(page.getByLabel("Nieuwe notitie")).toBeVisible();
    await openDossierForm(page, "Actie");
    await expect(page.getByLabel("Nieuwe notitie")).toHaveCount(0);
    await expect(page.getByLabel("Wat heb je gedaan?")).toBeVisible();
    await page.getByRole("link", { name: "Formulier dichtdoen" }).click();
    await expect(page.locator("#formulier")).toHaveCount(0);
    await page.context().close();
  });
}
