import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { mailsTo } from "./mail";
import { DEMO, expect, expectHeading, logIn, rememberSecret, test } from "./support";

const PLACE = "/spreekuur/hengelo-centrale";
const BOOKING = `${PLACE}/afspraak`;

/** A free half hour of the first day on offer, away from the ends other specs take at the desk. */
async function chooseTime(page: Page, group: string, share = 0.7) {
  const firstDay = page.getByRole("group", { name: group }).getByRole("group").first();
  const times = firstDay.getByRole("radio");
  const count = await times.count();
  expect(count).toBeGreaterThan(0);
  const time = times.nth(Math.min(count - 1, Math.floor(count * share)));
  await time.check();
  return (await time.locator("..").textContent())!.trim();
}

test("a client books online in Turkish, gets the mail, moves the half hour and cancels through the link", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  const name = `Ayşe ${suffix}`;
  const email = `ayse-${suffix}@e2e.example`;
  rememberSecret(email);

  await page.goto(`${PLACE}?taal=tr`);
  await page.getByRole("link", { name: "Randevu alın" }).click();
  await expect(page).toHaveURL(`${BOOKING}?taal=tr`);
  await expectHeading(page, "Randevu alın");
  await page.getByRole("radio", { name: "Vergi" }).check();
  const first = await chooseTime(page, "Bir saat seçin");
  await page.getByLabel("Adınız veya adınızın baş harfleri").fill(name);
  await page.getByLabel("E-posta adresiniz").fill(email);
  await page.getByRole("checkbox", { name: "Kabul ediyorum." }).check();
  await page.getByRole("button", { name: "Randevuyu alın" }).click();

  await expect(page).toHaveURL(/\/afspraak\/[A-Za-z0-9_-]{43}\?nieuw=1&gemaild=1$/);
  await expectHeading(page, "Randevunuz alındı");
  const link = new URL(page.url()).pathname;
  await expect(page.getByRole("region", { name: "Ne zaman?" })).toContainText(`${first} ile`);

  await expect.poll(() => mailsTo(email).length, { timeout: 20_000 }).toBe(1);
  const mail = mailsTo(email)[0];
  expect(mail.subject).toMatch(/^Danışma saatindeki randevunuz: .+, saat \d\d:\d\d$/);
  expect(mail.text).toContain(`Merhaba ${name},`);
  expect(mail.text).toContain(`Ne zaman: `);
  expect(mail.text).toContain("Boekenplein 12, 7551 AB Hengelo");
  expect(mail.text).toContain(link);

  // The host sees the appointment at today's desk like any other.
  const host = await browser.newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie");
  await expect(host.getByText(name).first()).toBeVisible();

  // Another free time the same day, so that the desk shows where it went.
  const sameDay = page.getByRole("group", { name: "Başka bir saat seçin" }).getByRole("group").first();
  // The middle one: walk-ins at the desk take the next half hour at any moment.
  const otherTimes = sameDay.locator("label").filter({ hasNotText: first });
  const otherTime = otherTimes.nth(Math.floor((await otherTimes.count()) / 2));
  const moved = (await otherTime.textContent())!.trim();
  await otherTime.locator("input").check();
  await page.getByRole("button", { name: "Randevumu değiştir" }).click();
  await expect(page).toHaveURL(`${link}?verzet=1&taal=tr`);
  await expect(page.getByRole("status")).toHaveText("Randevunuz değiştirildi.");
  await expect(page.getByRole("region", { name: "Ne zaman?" })).toContainText(`${moved} ile`);

  // The desk shows the moved appointment until the client cancels it.
  await host.reload();
  await expect(host.getByText(name).first()).toBeVisible();
  await page.getByRole("button", { name: "Randevumu iptal et" }).click();
  await expect(page).toHaveURL(`${link}?afgezegd=1&taal=tr`);
  await expect(page.getByRole("status")).toHaveText(
    "Randevunuz iptal edildi. Her zaman yeni bir randevu alabilirsiniz.",
  );
  await expect(page.getByText("Bu randevu iptal edildi.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Randevumu iptal et" })).toHaveCount(0);
  await host.reload();
  await expect(host.getByText(name)).toHaveCount(0);
  await host.close();

  await page.goto("/afspraak/" + "x".repeat(43));
  await expectHeading(page, "Deze link werkt niet meer");
});

test("without scripts: a refusal in the client's language keeps what was typed, and nothing lands in the address", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BOOKING}?taal=en`);
  await chooseTime(page, "Choose a time", 0.2);
  await page.getByLabel("Your first name or your initials").fill("Sam");
  await page.getByLabel("Your phone number").fill("06 1234 5678");
  await page.getByRole("button", { name: "Make the appointment" }).click();
  await expect(page.getByRole("alert").first()).toHaveText(
    "Tick the box if you agree that we keep your details. Otherwise we cannot make the appointment.",
  );
  await expect(page).toHaveURL(`${BOOKING}?taal=en`);
  await expect(page.getByLabel("Your first name or your initials")).toHaveValue("Sam");
  await expect(page.getByLabel("Your phone number")).toHaveValue("06 1234 5678");
  await context.close();
});

test("the booking page in Dutch and Arabic passes the accessibility scan, the Arabic one right to left", async ({
  page,
}) => {
  for (const language of ["", "?taal=ar"]) {
    await page.goto(`${BOOKING}${language}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual(
      [],
    );
  }
  await expect(page.locator("main#inhoud > div")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("احجز موعدًا");
});
