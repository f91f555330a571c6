import type { APIResponse, Page, Response } from "@playwright/test";
import { DEMO, expect, logIn, test } from "./support";

// The headers of lib/security/headers.ts, set by proxy.ts, checked on real answers of the
// production build; and a walk over the key pages proving the nonce policy blocks nothing of ours.

type AnyResponse = Response | APIResponse;

// A page response's headers() leaves out some security headers; allHeaders() has them all.
async function headersOf(response: AnyResponse | null): Promise<Record<string, string>> {
  expect(response).not.toBeNull();
  return "allHeaders" in response! ? response.allHeaders() : response!.headers();
}

async function expectCommonHeaders(response: AnyResponse | null) {
  const headers = await headersOf(response);
  expect(headers).toMatchObject({
    "strict-transport-security": "max-age=63072000; includeSubDomains",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
  return headers;
}

function nonceOf(policy: string): string {
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  for (const directive of [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toContain("unsafe-eval");
  return nonce!;
}

/**
 * Opens a page and checks its policy: a nonce, strict-dynamic and the rest. Then fetches the same
 * page once more (with the same cookies) to read its HTML: every script tag the server wrote
 * carries that answer's nonce, and the nonce differs per request. (The chunks those scripts load
 * later need none: 'strict-dynamic'.)
 */
async function openWithPagePolicy(page: Page, path: string): Promise<void> {
  const shown = await page.goto(path);
  const nonce = nonceOf((await expectCommonHeaders(shown))["content-security-policy"]);
  const fetched = await page.request.get(path);
  const again = nonceOf((await expectCommonHeaders(fetched))["content-security-policy"]);
  expect(again).not.toBe(nonce);
  const scriptTags = [...(await fetched.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${again}"`);
}

/** Collects every CSP violation the page reports, from the console and from the DOM event. */
async function watchForViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    // A typing error in a header shows up here too ("Error with Permissions-Policy header").
    if (
      /Content Security Policy|Refused to (execute|load|apply|connect|frame)|Permissions-Policy/i.test(message.text())
    )
      violations.push(message.text());
  });
  // Scripts added through the browser's debugging protocol are not subject to the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("the login page: every header, a fresh nonce per request, and the login still works", async ({ page }) => {
  const violations = await watchForViolations(page);
  await openWithPagePolicy(page, "/login");
  // The login form is a client component: logging in proves React hydrated under the policy.
  await logIn(page, DEMO.advisor);
  await expect(page).toHaveURL("/dossiers");
  expect(violations).toEqual([]);
});

test("the desk runs without a CSP violation", async ({ page }) => {
  const violations = await watchForViolations(page);
  await logIn(page, DEMO.host);
  await openWithPagePolicy(page, "/balie");
  // Client code runs: the desk's registration dialog opens.
  await page.getByRole("button", { name: "Nieuwe inloop" }).click();
  await expect(page.getByLabel("Of een nieuwe cliënt: Naam of initialen")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a dossier runs without a CSP violation", async ({ page }) => {
  const violations = await watchForViolations(page);
  await logIn(page, DEMO.advisor);
  await openWithPagePolicy(page, "/dossiers");
  const dossierUrl = await page
    .locator('main a[href^="/dossiers/"]:not([href="/dossiers/snel"]):not([href="/dossiers/nieuw"])')
    .first()
    .getAttribute("href");
  expect(dossierUrl).toMatch(/^\/dossiers\/[^/]+$/);
  await openWithPagePolicy(page, dossierUrl!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dossier");
  expect(violations).toEqual([]);
});

test("the report charts run without a CSP violation, and an export keeps its download headers", async ({ page }) => {
  const violations = await watchForViolations(page);
  await logIn(page, DEMO.coordinator);
  await openWithPagePolicy(page, "/rapportages/cijfers");
  // recharts draws SVG with style attributes: allowed by style-src-attr, nothing else inline.
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);

  const csv = await page.request.get("/rapportages/cijfers/export?format=csv");
  expect(csv.status()).toBe(200);
  const headers = await expectCommonHeaders(csv);
  expect(headers["content-disposition"]).toMatch(/^attachment;/);
  expect(headers["content-security-policy"]).toContain("sandbox");
});

test("the public page and its iCal feed: headers, no violation, the download keeps its Content-Disposition", async ({
  page,
  request,
}) => {
  const violations = await watchForViolations(page);
  await openWithPagePolicy(page, "/spreekuur/hengelo-centrale");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);

  const ics = await request.get("/spreekuur/hengelo-centrale/agenda.ics");
  expect(ics.status()).toBe(200);
  const headers = await expectCommonHeaders(ics);
  expect(headers["content-type"]).toContain("text/calendar");
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="spreekuur-hengelo-centrale\.ics"/);
  expect(headers["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
  );
});

test("a route handler (the health check) gets the data policy and every common header", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const headers = await expectCommonHeaders(response);
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
});
