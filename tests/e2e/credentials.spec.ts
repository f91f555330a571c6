import { expect, expectHeading, logIn, test } from "./support";

test("the coordinator records an advisor's registration; one that ran out is flagged there and on the reports' home", async ({
  page,
}) => {
  const register = `Register Sociaal Werkers ${Date.now().toString(36)}`;
  await logIn(page, "coordinator@venray.example");
  await page.getByRole("link", { name: "Adviseurs", exact: true }).click();
  await expectHeading(page, "Adviseurs: registratie, verzekering en training");
  const form = page.getByRole("form", { name: /^Registratie, verzekering of training vastleggen voor / }).first();
  await form.getByLabel("Soort").selectOption({ label: "Registratie in beroepsregister" });
  await form.getByLabel("Welke").fill(register);
  await form.getByLabel("Geldig tot en met").fill("2020-01-31");
  await form.getByRole("button", { name: "Vastleggen" }).click();
  await expect(page.getByRole("row").filter({ hasText: register })).toContainText("Verlopen");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /verlopen of verlo/ })
      .first(),
  ).toBeVisible();

  await page.getByRole("link", { name: "Rapportages", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Let op:/ })).toContainText("verlopen");
  await page.getByRole("link", { name: "Bekijk de adviseurs" }).click();
  await page
    .getByRole("row")
    .filter({ hasText: register })
    .getByRole("button", { name: `Registratie in beroepsregister ${register} verwijderen` })
    .click();
  await expect(page.getByRole("row").filter({ hasText: register })).toHaveCount(0);
});
