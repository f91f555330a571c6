import { expect, expectHeading, logIn, rememberSecret, test } from "./support";
import { runSetup } from "./setup-support";

const PASSWORD = "koffie bij de leestafel om tien";

test("npm run setup, then the first admin opens the link, chooses a password and logs in; the link then no longer works", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const adminEmail = `beheer-${suffix}@nieuw.example`;
  const { linkPath } = await runSetup({
    organisation: `Bibliotheek Nieuwstad ${suffix}`,
    municipality: "Nieuwstad",
    adminEmail,
    adminName: "Anna de Vries",
  });
  rememberSecret(PASSWORD);

  await page.goto(linkPath);
  await expectHeading(page, "Welkom, Anna de Vries");
  await expect(page.getByText(adminEmail)).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(`${PASSWORD}!`);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByLabel("Typ het wachtwoord nog een keer")).toHaveAccessibleDescription(
    /De twee wachtwoorden zijn niet hetzelfde/,
  );
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/login\?wachtwoord=ingesteld$/);
  await expect(page.getByRole("status")).toHaveText("Je wachtwoord is opgeslagen. Log nu in.");

  await logIn(page, adminEmail, PASSWORD, { expectSuccess: true });
  await expectHeading(page, "Beheer");

  await page.goto(linkPath);
  await expectHeading(page, "Deze link werkt niet meer");
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("the link's form posts, refuses a short password in place and then stores the password", async ({ page }) => {
    const suffix = Date.now().toString(36);
    const { linkPath } = await runSetup({
      organisation: `Bibliotheek Zonderscript ${suffix}`,
      municipality: "Nieuwstad",
      adminEmail: `beheer-${suffix}@zonderscript.example`,
      adminName: "Bram Jansen",
    });
    rememberSecret(PASSWORD);
    await page.goto(linkPath);
    await page.getByLabel("Nieuw wachtwoord").fill("kort");
    await page.getByLabel("Typ het wachtwoord nog een keer").fill("kort");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByLabel("Nieuw wachtwoord")).toHaveAccessibleDescription(/minstens 12 tekens/);
    await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
    await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("Je wachtwoord is opgeslagen. Log nu in.");
  });
});
