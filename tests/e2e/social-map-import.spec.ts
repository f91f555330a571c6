import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectHeading, logIn, test } from "./support";

// Issue 16, item 6. Other specs share the demo database: the files add partners under names no
// one else uses, and nothing else on Hengelo's map changes.

const HEADER = "naam;soort;telefoon;postcode;hoe verwijzen";

/** A small file as Dutch Excel saves it: semicolons, a byte-order mark, a bad phone on line 3 when asked. */
function partnerFile(tag: string, { badPhone = false } = {}) {
  const lines = [
    HEADER,
    `E2E Inlees ${tag} Taalcafé;Taalhuis;074-555 0101;7551 AB;Loop even mee naar de eerste verdieping.`,
    `E2E Inlees ${tag} Formulierenhulp;Anders;${badPhone ? "bel maar" : "074-555 0102"};;`,
  ];
  return { name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`) };
}

async function openImport(page: Page) {
  await logIn(page, DEMO.coordinator);
  await page.goto("/sociale-kaart");
  await page.getByRole("link", { name: "Sociale kaart inlezen of downloaden" }).click();
  await expectHeading(page, "Sociale kaart inlezen");
}

async function checkFile(page: Page, file: ReturnType<typeof partnerFile>) {
  await page.getByLabel("Bestand met partners").setInputFiles(file);
  await page.getByRole("button", { name: "Bekijk wat er verandert" }).click();
}

test("a coordinator reads in a file: the bad line named, then a preview, then the partners on the map", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  await openImport(page);

  await checkFile(page, partnerFile(tag, { badPhone: true }));
  await expect(
    page.getByRole("alert").filter({ hasText: "1 regel is niet goed. Er is niets opgeslagen." }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Dit moet je verbeteren" })).toContainText(
    "Regel 3, kolom telefoon: Een telefoonnummer bestaat uit cijfers",
  );

  await checkFile(page, partnerFile(tag));
  const preview = page.getByRole("region", { name: "Wat er verandert" });
  await expect(preview).toContainText("2 nieuwe partners:");
  await expect(preview).toContainText(`Regel 2: E2E Inlees ${tag} Taalcafé`);
  await expect(preview).toContainText("Er is nog niets opgeslagen.");
  await preview.getByRole("button", { name: "Zet het op de sociale kaart" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "2 partners toegevoegd, geen gewijzigd, geen ongewijzigd." }),
  ).toBeVisible();

  // The same file again changes nothing, and says so before anything is sent.
  await checkFile(page, partnerFile(tag));
  await expect(page.getByRole("region", { name: "Wat er verandert" })).toContainText(
    "Alles in dit bestand staat al zo op de sociale kaart.",
  );

  await page.goto(`/sociale-kaart?zoek=${encodeURIComponent(`E2E Inlees ${tag}`)}`);
  const added = page.getByRole("article", { name: `E2E Inlees ${tag} Taalcafé`, exact: true });
  await expect(added).toContainText("Taalhuis");
  await expect(added).toContainText("7551 AB");
  await expect(added).toContainText("Loop even mee naar de eerste verdieping.");
  await expect(page.getByText("2 partners gevonden.")).toBeVisible();
});

test("the export downloads the map in the import's format", async ({ page }) => {
  await openImport(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sociale-kaart-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await (await file.createReadStream()).toArray()).join("");
  expect(text.split("\r\n")[0]).toBe(
    "\uFEFFnaam;soort;rechtsgebieden;telefoon;e-mail;website;adres;postcode;openingstijden;in de bibliotheek;hoe verwijzen;actief",
  );
  expect(text).toContain("Sociaal wijkteam Hengelo;Sociaal wijkteam;");
});

test("a host cannot open the import page or download the map", async ({ page }) => {
  await logIn(page, DEMO.host);
  await page.goto("/sociale-kaart");
  await expect(page.getByRole("link", { name: "Sociale kaart inlezen of downloaden" })).toHaveCount(0);
  expect((await page.goto("/sociale-kaart/importeren"))?.status()).toBe(403);
  expect((await page.request.get("/sociale-kaart/export?format=csv")).status()).toBe(403);
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 90_000 });

  test("the upload, the preview and the confirmation are plain form posts", async ({ page }) => {
    const tag = randomBytes(3).toString("hex");
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(DEMO.coordinator);
    await page.getByLabel("Wachtwoord").fill("spreekuur-demo");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL("/rapportages");
    await page.goto("/sociale-kaart/importeren");

    await checkFile(page, partnerFile(tag));
    const preview = page.getByRole("region", { name: "Wat er verandert" });
    await expect(preview).toContainText("2 nieuwe partners:");
    await preview.getByRole("button", { name: "Zet het op de sociale kaart" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 partners toegevoegd" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Wat er verandert" })).toHaveCount(0);
  });
});
