import { expect, expectHeading, logIn, test } from "./support";

test("the admin keeps the partnership's details in the settings; the coordinator finds the hours plan and rates there", async ({
  page,
  browser,
}) => {
  const provider = `SJD Noord-Limburg ${Date.now().toString(36)}`;
  await logIn(page, "beheer@venray.example");
  await page.getByRole("link", { name: "Instellingen", exact: true }).click();
  await expectHeading(page, "Instellingen");
  const partnership = page.getByRole("region", { name: "Samenwerkingsverband" });
  await partnership.getByLabel("SJD-aanbieder").fill(provider);
  await partnership.getByRole("button", { name: "Opslaan" }).click();
  await expect(partnership.getByRole("status")).toHaveText("De gegevens zijn opgeslagen.");
  await page.reload();
  await expect(page.getByLabel("SJD-aanbieder")).toHaveValue(provider);
  await expect(page.getByRole("region", { name: "Bewaartermijn" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tarieven" })).toHaveCount(0);

  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, "coordinator@venray.example");
  await coordinator.getByRole("link", { name: "Instellingen", exact: true }).click();
  await expect(coordinator.getByRole("region", { name: "Planning van de bibliotheek" })).toBeVisible();
  await expect(coordinator.getByRole("region", { name: "Tarieven" })).toBeVisible();
  await expect(coordinator.getByRole("region", { name: "Samenwerkingsverband" })).toHaveCount(0);
  // Volunteers' letters are reviewed by default; switching it off is saved and shown after a reload.
  const review = coordinator.getByRole("region", { name: "Brieven van vrijwilligers" });
  const reviewed = review.getByRole("checkbox", { name: "Brieven van vrijwilligers laten beoordelen" });
  await expect(reviewed).toBeChecked();
  await reviewed.uncheck();
  await review.getByRole("button", { name: "Opslaan" }).click();
  await expect(review.getByRole("status")).toHaveText("De instelling is opgeslagen.");
  await coordinator.reload();
  await expect(reviewed).not.toBeChecked();
  await reviewed.check();
  await review.getByRole("button", { name: "Opslaan" }).click();
  await expect(review.getByRole("status")).toHaveText("De instelling is opgeslagen.");
  await expect(page.getByRole("region", { name: "Brieven van vrijwilligers" })).toHaveCount(0);
});

test("a host has no settings", async ({ page }) => {
  await logIn(page, "gastvrouw@venray.example");
  expect((await page.goto("/instellingen"))?.status()).toBe(403);
});
