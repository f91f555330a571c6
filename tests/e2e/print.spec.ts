import type { Page, TestInfo } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO, expect, expectHeading, logIn, openDossierForm, test, uniquePhone } from "./support";
import { clock } from "../../lib/clock";
import { amsterdamDay } from "../../lib/dates";

/** A4 in PDF points (1/72 inch), portrait; a landscape page has them the other way round. */
const A4 = { short: 595, long: 842 };
const LAWYER = "Advocatenkantoor Esrink & Wolters";

type Printout = { pages: number; text: string; sizes: { width: number; height: number }[] };

/**
 * The page as Chromium prints it: the print stylesheet and the page's own @page size (A4, or A4
 * landscape for the hours report), read back with pdf.js (unpdf) for its pages and text.
 */
async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<Printout> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: false });
  // Kept with the test's results, to look at when a page count is off.
  await testInfo.attach(`${name}.pdf`, { body: pdf, contentType: "application/pdf" });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  const sizes = await Promise.all(
    Array.from({ length: document.numPages }, async (_, index) => {
      const [, , width, height] = (await document.getPage(index + 1)).view;
      return { width: Math.round(width), height: Math.round(height) };
    }),
  );
  return { pages: document.numPages, text: text.replace(/\s+/g, " "), sizes };
}

function expectA4(printout: Printout, orientation: "portrait" | "landscape" = "portrait") {
  const [width, height] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  // 595.28 × 841.89 pt; Chromium may round the sheet a point up.
  for (const size of printout.sizes) {
    expect(Math.abs(size.width - width)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - height)).toBeLessThanOrEqual(1);
  }
}

/** Nothing of the screen around the printout: navigation, account, buttons. */
function expectNoChrome(printout: Printout) {
  for (const text of ["Uitloggen", "Ingelogd als", "Printen", "Afdrukken", "Terug naar"])
    expect(printout.text).not.toContain(text);
}

/** From the desk: an appointment for a new client on the last bookable time (today's times stay free for walk-ins). */
async function bookAppointment(host: Page, name: string, language?: string): Promise<string> {
  await host.goto("/balie/afspraak");
  await expectHeading(host, "Afspraak maken");
  await host.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
  await host.getByText("Meer gegevens").click();
  await host.getByLabel("Telefoonnummer").fill(uniquePhone());
  if (language) await host.getByLabel("Taal van de cliënt").selectOption({ label: language });
  await host.getByRole("radio", { name: "Weet ik niet" }).check();
  const slot = host.getByLabel("Tijd", { exact: true });
  const last = slot.locator("option").last();
  const label = (await last.textContent())!;
  await slot.selectOption({ label });
  await host.getByRole("button", { name: "Afspraak maken" }).click();
  return /(\d{2}:\d{2})/.exec(label)![1];
}

test("the appointment slip prints on one A4 page with the client's time, in Dutch and in the client's Arabic", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const suffix = Date.now().toString(36);
  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);

  const time = await bookAppointment(host, `E2E Printbon ${suffix}`);
  await expectHeading(host, "Uw afspraak");
  const slip = await printToPdf(host, testInfo, "slip-nl");
  expect(slip.pages).toBe(1);
  expectA4(slip);
  expect(slip.text).toContain("Uw afspraak");
  expect(slip.text).toContain(time);
  expect(slip.text).toContain("Moeilijke woorden");
  expectNoChrome(slip);

  // A client who chose Arabic at intake gets the slip in Arabic, right to left, without asking.
  const arabicTime = await bookAppointment(host, `E2E Printbon AR ${suffix}`, "Arabisch");
  await expectHeading(host, "موعدك");
  const sheet = host.getByRole("article");
  await expect(sheet).toHaveAttribute("dir", "rtl");
  await expect(sheet).toHaveAttribute("lang", "ar");
  await expect(host.getByRole("link", { name: "العربية" })).toHaveAttribute("aria-current", "true");
  // Mirrored: the heading starts at the right edge of the sheet.
  const [sheetBox, headingBox] = await Promise.all([
    sheet.boundingBox(),
    host.getByRole("heading", { level: 1 }).boundingBox(),
  ]);
  expect(sheetBox!.x + sheetBox!.width - (headingBox!.x + headingBox!.width)).toBeLessThan(40);
  const arabic = await printToPdf(host, testInfo, "slip-ar");
  expect(arabic.pages).toBe(1);
  expectA4(arabic);
  expect(arabic.text).toContain(arabicTime);
  // pdf.js gives Arabic back in presentation forms (shaped glyphs), so look for any Arabic letter.
  expect(arabic.text).toMatch(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/);
  expectNoChrome(arabic);

  // The host can still print it in Dutch for this client.
  await host.getByRole("link", { name: "Nederlands" }).click();
  await expectHeading(host, "Uw afspraak");
});

test("the referral note prints on one A4 page with the partner's address", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  // One of the advisor's open demo dossiers, so this spec takes no walk-in time from the others.
  await advisor.goto("/dossiers?status=ACTIVE");
  await advisor.getByRole("table").getByRole("link").first().click();
  await expect(advisor.getByRole("heading", { level: 1, name: /^Dossier: / })).toBeVisible();
  const referrals = await openDossierForm(advisor, "Verwijzing");
  await referrals.getByLabel("Partner", { exact: true }).selectOption({ label: LAWYER });
  await referrals
    .getByLabel("Waarvoor gaat de cliënt naar deze partner?")
    .fill("Ontslagzaak: een advocaat met een toevoeging.");
  await referrals.getByRole("radio", { name: /Alleen informatie/ }).check();
  await referrals.getByRole("button", { name: "Doorverwijzen" }).click();
  await referrals
    .getByRole("link", { name: `Verwijsbrief afdrukken voor ${LAWYER}` })
    .last()
    .click();
  await expectHeading(advisor, "Verwijsbrief");
  // The note follows the client's language from intake; print this one in Dutch.
  await advisor.getByRole("link", { name: "Nederlands" }).click();
  await expectHeading(advisor, "Verwijsbrief");
  const address = (await advisor.getByRole("region", { name: LAWYER }).locator("dd").first().textContent())!;
  expect(address).toContain("Kerkstraat 21");

  const note = await printToPdf(advisor, testInfo, "referral-note");
  expect(note.pages).toBe(1);
  expectA4(note);
  expect(note.text).toContain(address);
  expect(note.text).toContain(LAWYER);
  expect(note.text).toContain("toevoeging");
  expectNoChrome(note);
});

test("the objection letter prints on one A4 page with the decision's reference", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/dossiers?status=ACTIVE");
  await advisor.getByRole("table").getByRole("link").first().click();
  await expect(advisor.getByRole("heading", { level: 1, name: /^Dossier: / })).toBeVisible();
  await advisor.getByRole("link", { name: "Brief schrijven" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: /^Brief schrijven: / })).toBeVisible();

  await advisor.getByLabel("Straat en huisnummer").fill("Enschedesestraat 12");
  await advisor.getByLabel("Postcode en woonplaats").fill("7551 AB Hengelo");
  await advisor.getByLabel("Naam van de instantie").fill("Belastingdienst/Toeslagen");
  await advisor.getByLabel("Adres of postbus").fill("Postbus 8000");
  await advisor.getByLabel("Postcode en plaats", { exact: true }).fill("7500 AB Enschede");
  await advisor.getByLabel("Datum van het besluit").fill(amsterdamDay(new Date(clock.nowMs() - 10 * 86_400_000)));
  await advisor.getByLabel("Kenmerk (niet verplicht)").fill("ZT-2026-04711");
  await advisor.getByLabel("Waar gaat het besluit over?").fill("Terugvordering huurtoeslag 2025");
  await advisor
    .getByLabel(/de gronden/)
    .fill("Mijn huur was in 2025 hoger dan in uw besluit staat.\n\nIk stuur de huurcontracten mee.");
  await advisor.getByRole("checkbox", { name: /hoorzitting/ }).check();
  await advisor.getByRole("button", { name: "Brief maken" }).click();
  await expect(advisor.getByRole("article", { name: "Zo ziet de brief eruit" })).toContainText("ZT-2026-04711");

  const letter = await printToPdf(advisor, testInfo, "objection-letter");
  expect(letter.pages).toBe(1);
  expectA4(letter);
  expect(letter.text).toContain("Bezwaarschrift");
  expect(letter.text).toContain("kenmerk ZT-2026-04711");
  expect(letter.text).toContain("Met vriendelijke groet");
  // The form, its hints and the page's heading stay on the screen.
  expect(letter.text).not.toContain("Brief maken");
  expect(letter.text).not.toContain("Kenmerk (niet verplicht)");
  expectNoChrome(letter);
});

test("the weekly hours report prints on A4 landscape with its week and totals, without the screen's controls", async ({
  page,
}, testInfo) => {
  await logIn(page, DEMO.coordinator);
  await page.goto("/rapportages/uren");
  await expectHeading(page, "Uren per week");
  const week = (await page.getByRole("heading", { level: 2, name: /^Week \d+ van \d{4}$/ }).textContent())!;

  const report = await printToPdf(page, testInfo, "hours-report");
  expect(report.pages).toBeGreaterThanOrEqual(1);
  expect(report.pages).toBeLessThanOrEqual(3);
  expectA4(report, "landscape");
  expect(report.text).toContain("Uren per week");
  expect(report.text).toContain(week);
  expect(report.text).toContain("Uren per persoon");
  expect(report.text).toContain("Totaal");
  expect(report.text).not.toContain("Week eerder");
  expect(report.text).not.toContain("Download CSV");
  expectNoChrome(report);
});
