import AxeBuilder from "@axe-core/playwright";
import { expect, expectHeading, expectLoginError, logIn, test } from "./support";

// A Mar en Fean account, so that the specs of the Hengelo demo users never meet a deactivated one.
const ADMIN = "beheer@mar-en-fean.example";
const ADVISOR = "vrijwilliger@mar-en-fean.example";
const ADVISOR_NAME = "Baukje Dijkstra";

test("an advisor is thrown out on the next request once the admin deactivates them, and can log in again after reactivation", async ({
  browser,
}) => {
  // Two people, four logins and three admin actions: on a loaded two-core CI machine this flow
  // ran out of the default minute while each step was still within its own wait.
  test.setTimeout(120_000);
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, ADVISOR);
  await expect(advisor).toHaveURL("/dossiers");
  await expectHeading(advisor, "Mijn dossiers");

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, ADMIN);
  await admin.goto("/beheer/gebruikers");
  await expectHeading(admin, "Gebruikers");
  // An admin cannot switch themselves off: no such button on their own row.
  await expect(admin.getByRole("button", { name: "Jelle Postma deactiveren" })).toHaveCount(0);

  // Her open dossiers, aftercare and sessions need a new owner first: the admin is asked for one.
  await admin.getByRole("button", { name: `${ADVISOR_NAME} deactiveren` }).click();
  const row = admin.getByRole("row", { name: new RegExp(ADVISOR_NAME) });
  await expect(row.getByRole("alert")).toContainText("Kies wie het werk overneemt:");
  await expect(row.getByLabel("Opvolger")).toHaveAccessibleDescription(/Kies wie het werk overneemt/);
  await row.getByLabel("Opvolger").selectOption({ label: "Sjoerd Hoekstra" });
  await admin.getByRole("button", { name: `${ADVISOR_NAME} deactiveren` }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: `${ADVISOR_NAME} is gedeactiveerd en overal uitgelogd.` }),
  ).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(ADVISOR_NAME) })).toContainText("Gedeactiveerd");

  // The advisor's very next request: the cookie is still there, but it opens nothing.
  await advisor.goto("/dossiers");
  await expect(advisor).toHaveURL("/login");
  await logIn(advisor, ADVISOR, "spreekuur-demo", { expectSuccess: false });
  await expectLoginError(advisor, "Het e-mailadres of het wachtwoord klopt niet.");

  await admin.getByRole("button", { name: `${ADVISOR_NAME} weer activeren` }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${ADVISOR_NAME} kan weer inloggen.` })).toBeVisible();
  await logIn(advisor, ADVISOR);
  await expect(advisor).toHaveURL("/dossiers");

  // "Log out everywhere" ends the new session too, without deactivating.
  await admin.getByRole("button", { name: `${ADVISOR_NAME} overal uitloggen` }).click();
  await expect(admin.getByRole("status").filter({ hasText: `${ADVISOR_NAME} is overal uitgelogd.` })).toBeVisible();
  await advisor.goto("/nazorg");
  await expect(advisor).toHaveURL("/login");
  await logIn(advisor, ADVISOR);
  await expect(advisor).toHaveURL("/dossiers");
});

test("a new password must meet the policy; the admin is told why in Dutch", async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto("/beheer/gebruikers");
  await page.getByText("Nieuw wachtwoord voor Anneke de Vries-Holwerda").click();
  const row = page.getByRole("row", { name: /Anneke de Vries-Holwerda/ });
  await row.getByLabel("Nieuw wachtwoord").fill("welkom123");
  await row.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(row.getByText("Kies een wachtwoord van minstens 12 tekens.", { exact: false }).first()).toBeVisible();
});

test("the users page has no WCAG 2.1 A/AA violations that axe can find", async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto("/beheer/gebruikers");
  await page.getByText("Nieuw wachtwoord voor Jelle Postma").click();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
});

test("only an admin opens the users page", async ({ page }) => {
  await logIn(page, "coordinator@mar-en-fean.example");
  expect((await page.goto("/beheer/gebruikers"))?.status()).toBe(403);
});
