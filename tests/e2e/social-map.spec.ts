import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectHeading, logIn, test } from "./support";

// Other specs share the demo database: these tests only read the seeded partners and change only
// the partner they add themselves, under a name no one else uses.

async function openSocialMap(page: Page, email: string, home: string) {
  await logIn(page, email);
  await expect(page).toHaveURL(home);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Sociale kaart" }).click();
  await expectHeading(page, "Sociale kaart");
}

async function search(page: Page, words: string) {
  const form = page.getByRole("search", { name: "Zoeken op de sociale kaart" });
  await form.getByLabel("Zoek op naam of notitie").fill(words);
  await form.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(new RegExp(`zoek=${encodeURIComponent(words).replace(/%20/g, "\\+")}`));
}

const partner = (page: Page, name: string) => page.getByRole("article", { name, exact: true });

test("a host finds the neighbourhood team and can call it, but cannot change the map", async ({ page }) => {
  await openSocialMap(page, DEMO.host, "/balie");
  await search(page, "wijkteam");
  await expect(page.getByText("1 partner gevonden.")).toBeVisible();
  const team = partner(page, "Sociaal wijkteam Hengelo");
  await expect(team).toContainText("Sociaal wijkteam");
  await expect(team.getByRole("link", { name: "074-000 1444" })).toHaveAttribute("href", "tel:0740001444");
  await expect(team).toContainText("Verwijst veel cliënten door");

  await expect(page.getByText("Partner toevoegen")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Wijzig / })).toHaveCount(0);
  await expect(page.getByLabel("Toon ook inactieve partners")).toHaveCount(0);
  expect((await page.goto("/sociale-kaart/any-partner"))?.status()).toBe(403);
});

test("a host filters on what sits in the library", async ({ page }) => {
  await openSocialMap(page, DEMO.host, "/balie");
  const form = page.getByRole("search", { name: "Zoeken op de sociale kaart" });
  await form.getByLabel("Alleen partners in de bibliotheek").check();
  await form.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(/bibliotheek=ja/);
  await expect(partner(page, "Brievenhulp")).toContainText("In de bibliotheek");
  await expect(partner(page, "Sociaal wijkteam Hengelo")).toHaveCount(0);
});

test("a coordinator adds a lawyer, finds it, refuses its name twice and changes its opening hours", async ({
  page,
}) => {
  const name = `E2E Advocatenkantoor ${randomBytes(3).toString("hex")}`;
  await openSocialMap(page, DEMO.coordinator, "/rapportages");

  await page.getByText("Partner toevoegen").click();
  const add = page.getByRole("region", { name: "Partner toevoegen" });
  const fill = async () => {
    await add.getByLabel("Naam").fill(name);
    await add.getByLabel("Soort partner").selectOption({ label: "Advocaat" });
    await add
      .getByRole("group", { name: "Personen- en familierecht" })
      .getByRole("checkbox", { name: "Het hele rechtsgebied" })
      .check();
  };
  await fill();
  await add.getByLabel("Telefoonnummer").fill("bel maar");
  await add.getByRole("button", { name: "Zet op de sociale kaart" }).click();
  await expect(add.getByRole("alert")).toHaveText("Niet alles is goed ingevuld. Kijk de velden na.");
  await expect(add.getByLabel("Telefoonnummer")).toHaveAttribute("aria-invalid", "true");

  await add.getByLabel("Telefoonnummer").fill("074-000 9999");
  await add.getByLabel("Website").fill("www.example.nl/e2e");
  await add.getByRole("button", { name: "Zet op de sociale kaart" }).click();
  await expect(add.getByRole("status")).toHaveText(`${name} staat op de sociale kaart.`);
  await expect(add.getByLabel("Naam")).toHaveValue("");

  await fill();
  await add.getByRole("button", { name: "Zet op de sociale kaart" }).click();
  await expect(add.getByRole("alert")).toHaveText(
    `Er staat al een partner met de naam ‘${name}’ op de sociale kaart. Kies een andere naam, of wijzig de partner die er al staat.`,
  );

  await search(page, name);
  const card = partner(page, name);
  await expect(card).toContainText("Advocaat");
  await expect(card).toContainText("Personen- en familierecht (alles)");
  await expect(card.getByRole("link", { name: "074-000 9999" })).toHaveAttribute("href", "tel:0740009999");
  await expect(card.getByRole("link", { name: "www.example.nl/e2e" })).toHaveAttribute(
    "href",
    "https://www.example.nl/e2e",
  );

  await card.getByRole("link", { name: `Wijzig ${name}` }).click();
  await expectHeading(page, `${name} wijzigen`);
  await page.getByLabel("Openingstijden").fill("Di 9:00-12:00, op afspraak");
  await page.getByRole("button", { name: "Bewaar de wijzigingen" }).click();
  await expect(page.getByRole("status")).toHaveText("De wijzigingen zijn bewaard.");

  await page.getByRole("link", { name: "Terug naar de sociale kaart" }).click();
  await search(page, name);
  await expect(partner(page, name)).toContainText("Di 9:00-12:00, op afspraak");
});

test("a coordinator takes a partner off the map and brings it back", async ({ page }) => {
  const name = `E2E Budgetcoach ${randomBytes(3).toString("hex")}`;
  await openSocialMap(page, DEMO.coordinator, "/rapportages");
  await page.getByText("Partner toevoegen").click();
  const add = page.getByRole("region", { name: "Partner toevoegen" });
  await add.getByLabel("Naam").fill(name);
  await add.getByLabel("Soort partner").selectOption({ label: "Budget Alert (financiële coaching)" });
  await add.getByRole("button", { name: "Zet op de sociale kaart" }).click();
  await expect(add.getByRole("status")).toHaveText(`${name} staat op de sociale kaart.`);

  await search(page, name);
  await partner(page, name)
    .getByRole("link", { name: `Wijzig ${name}` })
    .click();
  await page.getByRole("button", { name: "Zet op inactief" }).click();
  await expect(page.getByRole("status")).toHaveText("De partner staat nu op inactief.");
  await expect(page.getByRole("button", { name: "Zet weer op actief" })).toBeVisible();

  await page.getByRole("link", { name: "Terug naar de sociale kaart" }).click();
  await search(page, name);
  await expect(partner(page, name)).toHaveCount(0);
  const form = page.getByRole("search", { name: "Zoeken op de sociale kaart" });
  await form.getByLabel("Toon ook inactieve partners").check();
  await form.getByRole("button", { name: "Zoek" }).click();
  await expect(partner(page, name)).toContainText("Inactief");

  await partner(page, name)
    .getByRole("link", { name: `Wijzig ${name}` })
    .click();
  await page.getByRole("button", { name: "Zet weer op actief" }).click();
  await expect(page.getByRole("status")).toHaveText("De partner staat weer op de sociale kaart.");
  await page.goto(`/sociale-kaart?zoek=${encodeURIComponent(name)}`);
  await expect(partner(page, name)).not.toContainText("Inactief");
});

test("a host of another library sees only their own library's partners", async ({ page }) => {
  await openSocialMap(page, DEMO.otherLibraryHost, "/balie");
  await expect(partner(page, "Sociaal wijkteam Venray")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: "Hengelo" })).toHaveCount(0);

  await search(page, "wijkteam");
  await expect(partner(page, "Sociaal wijkteam Venray")).toBeVisible();
  await expect(partner(page, "Sociaal wijkteam Hengelo")).toHaveCount(0);

  await search(page, "Hengelo");
  await expect(page.getByText("Geen partners gevonden.", { exact: false })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
});
