import { expect, expectHeading, test } from "./support";

const PAGE = "/spreekuur/hengelo-centrale";

test.describe("the public page in the clients' languages", () => {
  test("is in Turkish, Polish and Ukrainian with ?taal=, and in Arabic right to left", async ({ page }) => {
    const headings = {
      tr: "Danışma saati: mektuplar ve kurallar için ücretsiz yardım",
      pl: "Dyżur porad: bezpłatna pomoc w sprawie listów i przepisów",
      uk: "Консультації: безкоштовна допомога з листами та правилами",
    };
    for (const [code, heading] of Object.entries(headings)) {
      await page.goto(`${PAGE}?taal=${code}`);
      await expectHeading(page, heading);
      await expect(page.locator("main#inhoud > div")).toHaveAttribute("lang", code);
      await expect(page.locator("main#inhoud > div")).toHaveAttribute("dir", "ltr");
    }

    await page.goto(PAGE);
    await page.getByRole("navigation", { name: "Kies een taal" }).getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(`${PAGE}?taal=ar`);
    await expectHeading(page, "مكتب الاستشارة: مساعدة مجانية في الرسائل والقوانين");
    const content = page.locator("main#inhoud > div");
    await expect(content).toHaveAttribute("lang", "ar");
    await expect(content).toHaveAttribute("dir", "rtl");
    // Mirrored: the weekly hours hang from a bar on the right, the lists indent from the right.
    const hour = page.getByRole("region", { name: "متى؟" }).getByRole("listitem").first();
    await expect(hour).toHaveCSS("border-right-width", "4px");
    await expect(hour).toHaveCSS("border-left-width", "0px");
    await expect(hour).toContainText("كل يوم الثلاثاء، من الساعة 10:00 إلى الساعة 13:00");
  });
});

test.describe("legal words on the public page", () => {
  test("explain themselves to keyboard users: Enter opens, Escape closes, no hover needed", async ({ page }) => {
    await page.goto(PAGE);
    const term = page.getByRole("button", { name: "bezwaar (uitleg)" });
    await expect(term).toHaveAttribute("aria-expanded", "false");
    const explanation = page.locator(`[id="${await term.getAttribute("aria-controls")}"]`);
    await expect(explanation).toBeHidden();

    await term.focus();
    await page.keyboard.press("Enter");
    await expect(term).toHaveAttribute("aria-expanded", "true");
    await expect(explanation).toBeVisible();
    await expect(explanation).toHaveText(/Niet eens met een besluit van de overheid\?/);
    await page.keyboard.press("Escape");
    await expect(term).toHaveAttribute("aria-expanded", "false");
    await expect(explanation).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press("Space");
    await expect(explanation).toBeVisible();
  });

  test("explain themselves in the page's language", async ({ page }) => {
    await page.goto(`${PAGE}?taal=pl`);
    const term = page.getByRole("button", { name: "komornika (deurwaarder) (wyjaśnienie)" });
    await term.click();
    await expect(page.getByRole("note").filter({ hasText: "Osoba, która ściąga dług" })).toBeVisible();
  });
});
