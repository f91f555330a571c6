import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { addCalendarDays, amsterdamDay, amsterdamMoment } from "../../lib/dates";
import { mailsTo } from "./mail";
import { APP_ENV_FILE, SMTP_PORT } from "./servers";
import { DEMO, expect, expectHeading, logIn, rememberSecret, test, visitRow } from "./support";

const PLACE = "/spreekuur/hengelo-centrale";
const BOOKING = `${PLACE}/afspraak`;

/** The Amsterdam day of a day group of half hours: the id of its label ends in it (slot-day-choices). */
async function dayOfGroup(group: Locator): Promise<string> {
  const labelledBy = await group.getAttribute("aria-labelledby");
  const day = labelledBy?.match(/\d{4}-\d{2}-\d{2}$/)?.[0];
  expect(day, `a day group labelled by "${labelledBy}"`).toBeTruthy();
  return day!;
}

/**
 * A free half hour of the first day on offer, away from the ends other specs take at the desk. The
 * day is read from the page: late in the evening the first day on offer is tomorrow.
 */
async function chooseTime(page: Page, group: string, share = 0.7) {
  const firstDay = page.getByRole("group", { name: group }).getByRole("group").first();
  const times = firstDay.getByRole("radio");
  const count = await times.count();
  expect(count).toBeGreaterThan(0);
  const time = times.nth(Math.min(count - 1, Math.floor(count * share)));
  await time.check();
  return { time: (await time.locator("..").textContent())!.trim(), day: await dayOfGroup(firstDay) };
}

/** The Amsterdam moment of a time shown on `day`. */
function momentOn(day: string, time: string): Date {
  const [hours, minutes] = time.match(/\d\d/g)!.map(Number);
  return amsterdamMoment(day, hours * 60 + minutes);
}

/** A moment as an .ics file gives it: 20261202T123000Z. */
function icsMoment(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * The reminder job (scripts/reminders.ts) as it runs at 10:00 the day before an appointment: its own
 * process on the app's database and the run's SMTP server, with the clock injected.
 */
function runReminderJobTheDayBefore(appointment: Date) {
  const at = amsterdamMoment(addCalendarDays(amsterdamDay(appointment), -1), 10 * 60).toISOString();
  const appEnv = JSON.parse(readFileSync(APP_ENV_FILE, "utf8")) as Record<string, string>;
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/reminders.ts"], {
    env: {
      ...process.env,
      ...appEnv,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      SPREEKUUR_CLOCK_OFFSET_MS: "",
      SPREEKUUR_CLOCK: at,
    },
    stdio: "pipe",
    timeout: 60_000,
  });
}

test("a client books online in Turkish, gets the mail, moves the half hour, is reminded the day before and comes to the desk", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const suffix = Date.now().toString(36);
  const name = `Ayşe ${suffix}`;
  const email = `ayse-${suffix}@e2e.example`;
  rememberSecret(email);

  await page.goto(`${PLACE}?taal=tr`);
  await page.getByRole("link", { name: "Randevu alın" }).click();
  await expect(page).toHaveURL(`${BOOKING}?taal=tr`);
  await expectHeading(page, "Randevu alın");
  await page.getByRole("radio", { name: "Vergi" }).check();
  const { time: first, day } = await chooseTime(page, "Bir saat seçin");
  await page.getByLabel("Adınız veya adınızın baş harfleri").fill(name);
  await page.getByLabel("E-posta adresiniz").fill(email);
  await page.getByRole("checkbox", { name: "Randevuyu hatırlatmak için bir gün önce bana e-posta gönderin." }).check();
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
  // The appointment for the client's calendar, at the half hour chosen.
  const [attachment] = mail.attachments;
  expect(attachment).toMatchObject({ filename: "afspraak.ics", contentType: "text/calendar" });
  expect(attachment.text).toContain(`DTSTART:${icsMoment(momentOn(day, first))}`);
  expect(attachment.text).toContain("SUMMARY:Danışma saati randevusu");

  // The host sees the appointment at the desk like any other: the desk's session runs past midnight.
  const host = await browser.newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie");
  await expect(host.getByText(name).first()).toBeVisible();

  // Another free time the same day, so that the desk shows where it went.
  const sameDay = page.getByRole("group", { name: "Başka bir saat seçin" }).getByRole("group").first();
  expect(await dayOfGroup(sameDay)).toBe(day);
  // The middle one: walk-ins at the desk take the next half hour at any moment.
  const otherTimes = sameDay.locator("label").filter({ hasNotText: first });
  const otherTime = otherTimes.nth(Math.floor((await otherTimes.count()) / 2));
  const moved = (await otherTime.textContent())!.trim();
  await otherTime.locator("input").check();
  await page.getByRole("button", { name: "Randevumu değiştir" }).click();
  await expect(page).toHaveURL(`${link}?verzet=1&taal=tr`);
  await expect(page.getByRole("status")).toHaveText("Randevunuz değiştirildi.");
  await expect(page.getByRole("region", { name: "Ne zaman?" })).toContainText(`${moved} ile`);
  // Also without mail, the page gives the appointment for the calendar: now at its new time.
  const calendarLink = page.getByRole("link", {
    name: "Randevuyu telefonunuzun veya bilgisayarınızın takvimine ekleyin",
  });
  const calendar = await page.request.get((await calendarLink.getAttribute("href"))!);
  expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(calendar.headers()["cache-control"]).toBe("private, no-store");
  expect(await calendar.text()).toContain(`DTSTART:${icsMoment(momentOn(day, moved))}`);

  // The day before the (moved) appointment, the reminder job sends the reminder in Turkish, with a
  // link of its own to the appointment.
  runReminderJobTheDayBefore(momentOn(day, moved));
  await expect.poll(() => mailsTo(email).length, { timeout: 20_000 }).toBe(2);
  const reminder = mailsTo(email)[1];
  expect(reminder.subject).toBe(`Hatırlatma: yarınki danışma saati randevunuz, saat ${moved}`);
  expect(reminder.text).toContain(`Merhaba ${name},`);
  expect(reminder.text).toContain("Boekenplein 12, 7551 AB Hengelo");
  const reminderLink = new URL(reminder.text.match(/https?:\/\/\S+\/afspraak\/[A-Za-z0-9_-]{43}/)![0]).pathname;
  expect(reminderLink).not.toBe(link);
  await host.reload();
  await expect(visitRow(host, name)).toContainText("Herinnering verstuurd");

  // The client comes: the host checks them in, and the link no longer offers a move or a cancel.
  await host.getByRole("button", { name: `Inchecken: ${name}` }).click();
  await expect(host.getByRole("button", { name: `Inchecken: ${name}` })).toHaveCount(0);
  await page.goto(reminderLink);
  await expect(page.getByRole("region", { name: "Ne zaman?" })).toContainText(`${moved} ile`);
  await expect(page.getByRole("button", { name: "Randevumu iptal et" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Randevumu değiştir" })).toHaveCount(0);
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

test("the booking page in Dutch and Arabic passes the accessibility scan, the Arabic one right to left, and offers the other languages", async ({
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
  // The client who came in the wrong language changes it here, as on the location's page.
  await page.getByRole("navigation", { name: "اختر لغة" }).getByRole("link", { name: "Türkçe" }).click();
  await expect(page).toHaveURL(`${BOOKING}?taal=tr`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Randevu alın");
});
