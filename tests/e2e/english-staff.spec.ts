import type { Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { DEMO_ORGANISATIONS, demoEmail } from "../../scripts/seed/organisations";
import { demoPartners } from "../../scripts/seed/partners";
import { IN_REASONS, OUT_REASONS } from "../../scripts/seed/history";
import { QUESTION_BANK } from "../../scripts/seed/questions";
import { YEAR_LONG_QUESTION, YEAR_LONG_STEPS } from "../../scripts/seed/year-long-dossier";
import { expect, logIn, test } from "./support";

// Issue 15, part 4: a staff member who chose English reads no Dutch, on the main pages nor in a
// refusal. The detector: frequent Dutch function words and staff words, as whole words, in the
// visible text of <main>, line by line. What is Dutch by nature is data, not a staff text, and is
// taken out first: every text of the demo seed (names of libraries, locations, rooms and
// partners; the clients' questions, the advisors' notes, actions and aftercare tasks) and the
// names of people ("Anneke de Vries-Holwerda" has a "de" that is no word of ours). "Dossier" is
// not on the list: the English UI says "dossier" too.

// The walk reads the pages of a library no other spec writes to (Mar en Fean): in Hengelo the
// specs running beside it add Dutch questions, deadlines and notes, which are data too, but not
// the seed's, and would make the result depend on the order the specs run in. It writes nothing.
const STAFF = {
  host: demoEmail("gastvrouw", "mar-en-fean"),
  advisor: demoEmail("adviseur", "mar-en-fean"),
  coordinator: demoEmail("coordinator", "mar-en-fean"),
  admin: demoEmail("beheer", "mar-en-fean"),
};

const DUTCH_WORDS = [
  "de",
  "het",
  "een",
  "niet",
  "je",
  "jouw",
  "voor",
  "zijn",
  "van",
  "en",
  "met",
  "ingeschreven",
  "kies",
  "vul",
  "spreekuur",
  "bezoek",
  "adviseur",
  "gesprek",
];
const DUTCH = new RegExp(`(^|[\\s(‘"])(${DUTCH_WORDS.join("|")})(?=[\\s.,:;!?)’"]|$)`, "i");

function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(textsOf);
  return [];
}

/** The seed's texts, cut at their placeholders ("{bedrag}"), longest first. */
const SEED_TEXTS = textsOf([
  DEMO_ORGANISATIONS,
  DEMO_ORGANISATIONS.map(demoPartners),
  QUESTION_BANK,
  IN_REASONS,
  OUT_REASONS,
  YEAR_LONG_QUESTION,
  YEAR_LONG_STEPS,
])
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((text) => text.trim())
  .filter((text) => text.length >= 3)
  .sort((a, b) => b.length - a.length);

const PERSON_NAME = /\b[A-Z][a-zé]+ (de|van|van der|van den|ter|ten) [A-Z][\w-]+/g;

async function dutchIn(page: Page): Promise<string[]> {
  const lines = (await page.locator("main").innerText()).split("\n").map((line) => line.trim());
  return lines.filter((line) => {
    if (line === "" || SEED_TEXTS.some((text) => text.includes(line))) return false;
    const staffText = SEED_TEXTS.reduce((rest, text) => rest.replaceAll(text, " "), line.replace(PERSON_NAME, " "));
    return DUTCH.test(staffText);
  });
}

async function inEnglish(page: Page) {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: new URL("/", page.url()).href }]);
}

test.describe("the staff UI in English", () => {
  test("the detector finds the Dutch of the same pages in Dutch", async ({ page }) => {
    await logIn(page, STAFF.host);
    await page.goto("/balie");
    expect(await dutchIn(page)).not.toEqual([]);
  });

  test("the desk, and its refusal of an empty walk-in", async ({ page }) => {
    await logIn(page, STAFF.host);
    await inEnglish(page);
    await page.goto("/balie");
    expect(await dutchIn(page)).toEqual([]);
    await page.getByRole("button", { name: "New walk-in" }).click();
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Not everything is filled in correctly. Please check the fields." }),
    ).toBeVisible();
    expect(await dutchIn(page)).toEqual([]);
  });

  test("the schedule, and its refusal of an extra session that ends before it starts", async ({ page }) => {
    await logIn(page, STAFF.coordinator);
    await inEnglish(page);
    await page.goto("/rooster");
    expect(await dutchIn(page)).toEqual([]);
    const extra = page.getByRole("region", { name: "Add an extra session" });
    await extra.getByLabel("Date").fill("2099-01-06");
    await extra.getByLabel("Start time").fill("13:00");
    await extra.getByLabel("End time").fill("10:00");
    await extra.getByLabel("Advisors at the same time").fill("1");
    await extra.getByRole("button", { name: "Add the session" }).click();
    await expect(extra.getByText("The end time must be later than the start time.")).toBeVisible();
    expect(await dutchIn(page)).toEqual([]);
  });

  test("user management, and its refusal of a weak password", async ({ page }) => {
    await logIn(page, STAFF.admin);
    await inEnglish(page);
    await page.goto("/beheer/gebruikers");
    expect(await dutchIn(page)).toEqual([]);
    await page.getByText("New password for Baukje Dijkstra").click();
    const row = page.getByRole("row", { name: /Baukje Dijkstra/ });
    await row.getByLabel("New password").fill("welkom123");
    await row.getByRole("button", { name: "Set password" }).click();
    await expect(row.getByText("Choose a password of at least 12 characters.", { exact: false }).first()).toBeVisible();
    expect(await dutchIn(page)).toEqual([]);
  });

  for (const [who, paths] of [
    ["advisor", ["/dossiers", "/nazorg"]],
    ["coordinator", ["/rapportages"]],
    ["admin", ["/beheer"]],
  ] as const) {
    test(`the ${who}'s pages: ${paths.join(", ")}`, async ({ page }) => {
      await logIn(page, STAFF[who]);
      await inEnglish(page);
      for (const path of paths) {
        await page.goto(path);
        expect(await dutchIn(page), path).toEqual([]);
      }
    });
  }

  test("a dossier", async ({ page }) => {
    await logIn(page, STAFF.advisor);
    await inEnglish(page);
    await page.goto("/dossiers");
    await page.locator("main table a[href^='/dossiers/']").first().click();
    await expect(page).toHaveURL(/\/dossiers\/[^/]+$/);
    expect(await dutchIn(page)).toEqual([]);
  });
});
