import { mailsTo } from "./mail";
import { expect, expectHeading, test } from "./support";

// Someone who forgot their password asks a link from the login page; the app mails it to the
// runner's SMTP server (mail-setup.ts). Asking a link changes no password, so the demo account
// stays usable for the other specs.
const KNOWN = "coordinator@venray.example";
const SENT = "Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een e-mail met een link.";

test("the login links to the forgotten-password form, which mails a link to a known address", async ({
  page,
  baseURL,
}) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page).toHaveURL("/wachtwoord-vergeten");
  await expectHeading(page, "Wachtwoord vergeten");

  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText("Vul je e-mailadres in.")).toBeVisible();
  await page.getByLabel("E-mailadres").fill("geen adres");
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible();

  await page.getByLabel("E-mailadres").fill(KNOWN);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByRole("status").filter({ hasText: SENT })).toBeVisible();

  await expect.poll(() => mailsTo(KNOWN).length, { timeout: 20_000 }).toBe(1);
  const [mail] = mailsTo(KNOWN);
  expect(mail.subject).toBe("Een nieuw wachtwoord voor Spreekuur");
  expect(mail.text).toMatch(new RegExp(`${baseURL}/wachtwoord/[A-Za-z0-9_-]{43}\\s`));
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown address gets the same answer, and no mail", async ({ page }) => {
    const unknown = "niemand-e2e@venray.example";
    await page.goto("/wachtwoord-vergeten");
    await page.getByLabel("E-mailadres").fill(unknown);
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    await expect(page.getByRole("status").filter({ hasText: SENT })).toBeVisible();
    expect(mailsTo(unknown)).toEqual([]);
  });
});
