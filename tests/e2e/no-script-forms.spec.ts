import type { Page } from "@playwright/test";
import {
  DEMO,
  DEMO_PASSWORD,
  expect,
  expectHeading,
  expectRegistered,
  openDossierForm,
  rememberSecret,
  test,
  uniquePhone,
} from "./support";

// Issue 15: every form works before and without its scripts and never sends its fields in an
// address. These browsers run no JavaScript at all: each form is posted by the browser itself, and
// the page that comes back shows the result. (Every request URL of the whole run is checked at its
// end as well: tests/e2e/request-urls-check.ts.)
test.use({ javaScriptEnabled: false });
// Each test walks through several full-page posts; the machines that run the suite are slow.
test.describe.configure({ timeout: 90_000 });

const suffix = Date.now().toString(36);

/** Every address the browser went to: none may hold what the forms sent. */
function addressesOf(page: Page) {
  const addresses: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest()) addresses.push(request.url());
  });
  return addresses;
}

function expectNoneHolds(addresses: string[], values: string[]) {
  expect(addresses.length).toBeGreaterThan(0);
  for (const address of addresses) {
    const readable = decodeURIComponent(address.replace(/\+/g, " "));
    for (const value of values) expect(readable, address).not.toContain(value);
    expect(new URL(address).searchParams.has("password"), address).toBe(false);
    expect(new URL(address).searchParams.has("email"), address).toBe(false);
  }
}

async function logInWithoutScripts(page: Page, email: string, path = "/login") {
  await page.goto(path);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("the login works without scripts: a refusal in Dutch, then in to the role's home", async ({ page }) => {
  const addresses = addressesOf(page);
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(DEMO.host);
  await page.getByLabel("Wachtwoord").fill("niet-het-goede-wachtwoord");
  rememberSecret("niet-het-goede-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.locator("#login-error")).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page).toHaveURL("/login");
  // The e-mail address is filled in again, the password never comes back.
  await expect(page.getByLabel("E-mailadres")).toHaveValue(DEMO.host);
  await expect(page.getByLabel("Wachtwoord")).toHaveValue("");

  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL("/balie");
  await expectHeading(page, "Balie vandaag");
  expectNoneHolds(addresses, [DEMO_PASSWORD, "niet-het-goede-wachtwoord", DEMO.host]);
});

test("logging out works without scripts", async ({ page }) => {
  await logInWithoutScripts(page, DEMO.advisor);
  await expect(page).toHaveURL("/dossiers");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL("/login");
  await page.goto("/dossiers");
  await expect(page).toHaveURL(/\/login/);
});

test("a host registers a walk-in without scripts", async ({ page }) => {
  const name = `E2E Zonder Script ${suffix}`;
  const phone = uniquePhone();
  rememberSecret(name);
  rememberSecret(phone);
  const addresses = addressesOf(page);
  await logInWithoutScripts(page, DEMO.host);
  await expectHeading(page, "Balie vandaag");

  // The button asks for the desk with the panel open.
  await page.getByRole("button", { name: "Nieuwe inloop" }).click();
  await expect(page).toHaveURL(/[?&]inloop=1/);

  // Refused without a name: the message comes back with the page, and what was typed stays.
  await page.getByText("Meer gegevens").click();
  await page.getByLabel("Telefoonnummer").fill(phone);
  await page.getByRole("button", { name: "Inschrijven" }).click();
  const nameField = page.getByLabel("Of een nieuwe cliënt: Naam of initialen");
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription("Vul een naam of initialen in.");
  await expect(page.getByLabel("Telefoonnummer")).toHaveValue(phone);

  await nameField.fill(name);
  await page.getByRole("radio", { name: "Sociale zekerheid" }).check();
  await page.getByRole("button", { name: "Inschrijven" }).click();
  await expectRegistered(page, name, new RegExp(`${name} is ingeschreven: \\d\\d:\\d\\d bij`));
  await expect(
    page.getByRole("region", { name: "Wachtrij" }).getByRole("listitem").filter({ hasText: name }),
  ).toBeVisible();
  await expect(nameField).toHaveValue("");
  expectNoneHolds(addresses, [name, phone, phone.replace(/\s/g, ""), DEMO_PASSWORD]);
});

test("an advisor opens a dossier and saves a note without scripts", async ({ page }) => {
  const name = `E2E Notitie Zonder Script ${suffix}`;
  const question = `Brief van de gemeente over bijstand ${suffix}`;
  const note = `Gebeld met de gemeente, zonder script ${suffix}`;
  rememberSecret(name);
  const addresses = addressesOf(page);
  // The login goes on to the page that was asked for.
  await logInWithoutScripts(page, DEMO.advisor, "/login?callbackUrl=%2Fbalie%3Finloop%3D1");
  await expect(page).toHaveURL("/balie?inloop=1");

  await page.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
  await page.getByRole("radio", { name: "Sociale zekerheid" }).check();
  await page.getByRole("button", { name: "Inschrijven" }).click();
  await page.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  await page.getByRole("link", { name: `Dossier openen: ${name}` }).click();
  await expectHeading(page, "Dossier openen");
  await page.getByLabel("Wat is de vraag van de cliënt?").fill(question);
  await page.getByRole("checkbox", { name: /toestemming/ }).check();
  await page.getByRole("button", { name: "Dossier openen" }).click();
  await expectHeading(page, `Dossier: ${name}`);
  // The form opens from a link: a page load of its own, no script needed.
  await openDossierForm(page, "Notitie");
  const dossier = page.url().split("#")[0];

  await page.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(page.getByText("Schrijf een notitie.")).toBeVisible();
  await page.getByLabel("Nieuwe notitie").fill(note);
  await page.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.getByLabel("Nieuwe notitie")).toHaveValue("");
  // After the post the address is the dossier's, and a reload shows the note once.
  expect(page.url().split("#")[0]).toBe(dossier);
  await page.goto(dossier);
  await expect(page.getByText(note)).toHaveCount(1);
  expectNoneHolds(addresses, [name, question, note, DEMO_PASSWORD]);
});

test("a switch says what it did without scripts, both ways: a partner off the map and back", async ({ page }) => {
  // The form posts one action whichever way it switches: after the first post the page shows the
  // other button, and the answer of the second post must still reach it.
  const name = `E2E Schakelaar ${suffix}`;
  await logInWithoutScripts(page, DEMO.coordinator);
  await page.goto("/sociale-kaart");
  await page.getByText("Partner toevoegen").click();
  const add = page.getByRole("region", { name: "Partner toevoegen" });
  await add.getByLabel("Naam").fill(name);
  await add.getByLabel("Soort partner").selectOption({ label: "Budget Alert (financiële coaching)" });
  await add.getByRole("button", { name: "Zet op de sociale kaart" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} staat op de sociale kaart.` })).toBeVisible();

  await page.goto(`/sociale-kaart?zoek=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name: `Wijzig ${name}` }).click();
  await page.getByRole("button", { name: "Zet op inactief" }).click();
  await expect(page.getByRole("status")).toHaveText("De partner staat nu op inactief.");
  await page.getByRole("button", { name: "Zet weer op actief" }).click();
  await expect(page.getByRole("status")).toHaveText("De partner staat weer op de sociale kaart.");
  await expect(page.getByRole("button", { name: "Zet op inactief" })).toBeVisible();
});
