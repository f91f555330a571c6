import { expect, test } from "./support";
import { appRouterPages, PAGE_ROWS, pageAs, prepareFixture, seriousViolations, type Fixture } from "./a11y-support";
import { MANAGING_TOOLS, RECORDING_TOOLS } from "../../lib/cases/dossier-tools";

/** The fixture's dossier is open and its client registered once: all forms but these show. */
const DOSSIER_FORMS = [...RECORDING_TOOLS, ...MANAGING_TOOLS].filter(
  (tool) => tool !== "heropenen" && tool !== "omzetten" && tool !== "dubbel",
);

// Issue 9: every page of the app router, scanned with axe-core for WCAG 2.1 A and AA (no rule is
// switched off), with one h1 and a title of its own. The rows run in order in one worker so the
// logins and the records made for the dynamic routes are made once.
test.describe.configure({ mode: "default" });

let fixture: Fixture;
const scanned: { route: string; login: string; url: string; title: string; redirects?: boolean }[] = [];

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  fixture = await prepareFixture(browser);
});

test("every page of the app router has a row to scan", () => {
  const routes = appRouterPages().sort();
  const rows = PAGE_ROWS.map((row) => row.route);
  expect(
    routes.filter((route) => !rows.includes(route)),
    "pages without a row in PAGE_ROWS (tests/e2e/a11y-support.ts)",
  ).toEqual([]);
  expect(
    rows.filter((route) => !routes.includes(route)),
    "rows for pages that no longer exist",
  ).toEqual([]);
});

for (const row of PAGE_ROWS) {
  test(`${row.route} (${row.login}) has no serious accessibility violations, one h1 and a title`, async ({
    browser,
  }) => {
    const page = await pageAs(browser, fixture, row.login);
    const url = row.url(fixture);
    const response = await page.goto(url);
    expect(response?.status()).toBe(row.status ?? 200);
    await row.reach?.(page);
    // A client component may still be hydrating; its markup is what axe should see. Waiting for a
    // quiet network is bounded: in one CI run the 404 page, fully loaded, never went quiet for a
    // minute (every request in its trace had been answered). The checks below still run.
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);

    await expect(page.locator("h1")).toHaveCount(1);
    const title = await page.title();
    expect(title, "a title that names the page, not only the app").toMatch(/^.+ · /);
    scanned.push({
      route: row.route,
      login: row.login,
      url: new URL(page.url()).pathname,
      title,
      redirects: row.redirects,
    });

    expect(await seriousViolations(page), `axe on ${url}`).toEqual([]);
    await page.context().close();
  });
}

// The dossier page opens one form at a time; each is scanned open, as an advisor would see it. One
// test per form: fourteen scans in one test outgrew its time on a slow CI machine.
for (const tool of DOSSIER_FORMS) {
  test(`/dossiers/[caseId]?formulier=${tool} (advisor): the opened form has no serious accessibility violations`, async ({
    browser,
  }) => {
    const page = await pageAs(browser, fixture, "advisor");
    await page.goto(`${fixture.dossierUrl}?formulier=${tool}`);
    await expect(page.locator("#formulier")).toBeVisible();
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
    expect(await seriousViolations(page), `axe on the form "${tool}"`).toEqual([]);
    await page.context().close();
  });
}

// The app has one, light theme: a browser that asks for a dark one gets the same, checked colours.
for (const [route, login, url] of [
  ["/balie", "host", "/balie"],
  ["/spreekuur/[locatie]", "anonymous", "/spreekuur/hengelo-centrale"],
] as const) {
  test(`${route} (${login}) keeps its contrast when the system asks for a dark theme`, async ({ browser }) => {
    const page = await pageAs(browser, fixture, login, { colorScheme: "dark" });
    await page.goto(url);
    await expect(page.locator("body")).toHaveCSS("background-color", "rgb(255, 255, 255)");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
}

test("each page has a title of its own; the scanned routes are listed", () => {
  console.log(
    `Scanned ${scanned.length} routes:\n${scanned.map((row) => `  ${row.route.padEnd(44)} ${row.login.padEnd(11)} ${row.url}  "${row.title}"`).join("\n")}`,
  );
  // A failed row restarts the worker, which forgets the rows scanned before it.
  expect(
    scanned.map((row) => row.route),
    "every row scanned in this worker; see the failures above",
  ).toEqual(PAGE_ROWS.map((row) => row.route));
  const pages = scanned.filter((row) => !row.redirects);
  const shared = pages.filter((row) => pages.some((other) => other !== row && other.title === row.title));
  expect(shared.map((row) => `${row.route}: ${row.title}`)).toEqual([]);
});
