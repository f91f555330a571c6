import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/** Where the run keeps every request URL and every secret a test typed, one file per worker. */
export const REQUEST_LOG_DIR = path.resolve(import.meta.dirname, "../../test-results/request-urls");

let secretsFile: string | null = null;

/**
 * A password or a client's personal data a test types: the check at the end of the run
 * (request-urls-check.ts) fails when any request URL holds it.
 */
export function rememberSecret(value: string) {
  if (secretsFile) appendFileSync(secretsFile, `${JSON.stringify(value)}\n`);
}

/**
 * Every spec's `test`: it records the URL of every request of every browser context of the
 * worker, those of the `page` and `context` fixtures and those a test opens itself with
 * browser.newContext() or browser.newPage().
 */
export const test = base.extend<object, { requestLog: void }>({
  requestLog: [
    async ({ browser }, use, workerInfo) => {
      mkdirSync(REQUEST_LOG_DIR, { recursive: true });
      const name = `worker-${workerInfo.workerIndex}-${process.pid}`;
      const urlsFile = path.join(REQUEST_LOG_DIR, `${name}.urls`);
      secretsFile = path.join(REQUEST_LOG_DIR, `${name}.secrets`);
      const watched = new WeakSet<BrowserContext>();
      const watch = (context: BrowserContext) => {
        if (watched.has(context)) return context;
        watched.add(context);
        context.on("request", (request) => appendFileSync(urlsFile, `${request.url()}\n`));
        return context;
      };
      browser.contexts().forEach(watch);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => watch(await newContext(options));
      rememberSecret(DEMO_PASSWORD);
      await use();
      browser.newContext = newContext;
    },
    { scope: "worker", auto: true },
  ],
});

// The demo accounts of scripts/seed.ts (documented in the README).
export const DEMO_PASSWORD = "spreekuur-demo";
export const DEMO = {
  host: "gastvrouw@hengelo.example",
  advisor: "adviseur@hengelo.example",
  volunteer: "vrijwilliger@hengelo.example",
  coordinator: "coordinator@hengelo.example",
  admin: "beheer@hengelo.example",
  /** The demo funder: Hengelo and Mar en Fean let it read their figures, Venray did not. */
  programme: "cijfers@programma.example",
  otherLibraryHost: "gastvrouw@venray.example",
} as const;

/** A visit's row in the desk's table of the day. */
export const visitRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });

let phonesGiven = 0;

/**
 * A mobile number no other client of the run has: the desk takes a known number for a client come
 * back ("misschien al eerder gekomen"), so each new client a spec registers needs their own.
 */
export function uniquePhone(): string {
  phonesGiven += 1;
  const digits = (Date.now() * 31 + process.pid * 7919 + phonesGiven * 104_729) % 100_000_000;
  return `06 ${String(digits).padStart(8, "0")}`;
}

/** Fills in the login form; with `expectSuccess` (the default for demo users) waits until logged in. */
export async function logIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  { expectSuccess = password === DEMO_PASSWORD } = {},
) {
  rememberSecret(password);
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (expectSuccess) await expect(page).not.toHaveURL(/\/login$/);
}

export async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Next.js keeps an empty role="alert" route announcer on every page; ours is the one with text. */
export async function expectLoginError(page: Page, message: string) {
  await expect(page.locator("#login-error")).toHaveText(message);
  await expect(page.locator("#login-error")).toHaveAttribute("role", "alert");
}

// A real one-page PDF, so a browser that opens the link shows a letter rather than an error.
export const SAMPLE_PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj",
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj",
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj",
    "4 0 obj<</Length 41>>stream",
    "BT /F1 24 Tf 20 60 Td (Beschikking) Tj ET",
    "endstream endobj",
    "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj",
    "trailer<</Root 1 0 R>>",
    "%%EOF",
  ].join("\n"),
);

/** From the desk: a new walk-in, registered in the open session with the given topic. */
export async function registerNewWalkIn(page: Page, name: string, category: string, wait?: { timeout: number }) {
  // After a walk-in the form stays open for the next one.
  if (!(await page.locator("#inloop-formulier").isVisible()))
    await page.getByRole("button", { name: "Nieuwe inloop" }).click();
  await page.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
  await page.getByRole("radio", { name: category }).check();
  await page.getByRole("button", { name: "Inschrijven" }).click();
  await expectRegistered(page, name, undefined, wait);
}

/**
 * Waits for the desk's "… is ingeschreven" (matching `text` when given). A refusal (no free half
 * hour left, the session over) would otherwise fail as a missing status, without saying why.
 */
export async function expectRegistered(page: Page, name: string, text?: RegExp, wait?: { timeout: number }) {
  const registered = page.getByRole("status").filter({ hasText: text ?? `${name} is ingeschreven` });
  try {
    await expect(registered).toBeVisible(wait);
  } catch (error) {
    // Waited for, not raced: the alert of an earlier refusal stays until the answer comes.
    const refused = page.locator("form").getByRole("alert");
    if (await refused.count()) throw new Error(`The walk-in ${name} was refused: ${await refused.first().innerText()}`);
    throw error;
  }
}

/** The advisor's usual start: a walk-in, the conversation, and a dossier opened with consent. */
export async function openDossierFromNewWalkIn(
  page: Page,
  options: { name: string; category: string; question: string; domain?: string },
  wait?: { timeout: number },
) {
  await registerNewWalkIn(page, options.name, options.category, wait);
  await page.getByRole("button", { name: `Start gesprek: ${options.name}` }).click();
  await page.getByRole("link", { name: `Dossier openen: ${options.name}` }).click();
  await expectHeading(page, "Dossier openen");
  await page.getByLabel("Wat is de vraag van de cliënt?").fill(options.question);
  if (options.domain) await page.getByLabel("Rechtsgebied").selectOption({ label: options.domain });
  await page.getByRole("checkbox", { name: /toestemming/ }).check();
  await page.getByRole("button", { name: "Dossier openen" }).click();
  await expectHeading(page, `Dossier: ${options.name}`);
}

/**
 * Opens one form of the dossier page by its button ("Notitie", "Termijn", "Sluiten", …), as an
 * advisor does, and returns the section it opened in.
 */
export async function openDossierForm(page: Page, tool: string) {
  const link = page.getByRole("link", { name: tool, exact: true }).and(page.locator("[data-dossier-tool]"));
  // The button of the open form closes it again.
  if ((await link.getAttribute("aria-current")) !== "true") await link.click();
  await expect(link).toHaveAttribute("aria-current", "true");
  const form = page.locator("#formulier");
  await expect(form).toBeVisible();
  return form;
}

/** The dossier page's timeline: its entries, newest first, are the list's items. */
export function dossierTimeline(page: Page) {
  return page.getByRole("list", { name: /^(Tijdlijn|Timeline)$/ });
}

/** One fact of the dossier page's summary ("Tijd besteed", "Volgende termijn", …). */
export function summaryFact(page: Page, term: string) {
  return page
    .getByRole("region", { name: /^(Samenvatting|Summary)$/ })
    .locator("div")
    .filter({ has: page.locator("dt", { hasText: term }) })
    .locator("dd");
}
