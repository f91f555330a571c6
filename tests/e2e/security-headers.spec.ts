import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { DEMO, logIn } from "./support";

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

/** A page's policy: a nonce, strict-dynamic, and the scripts of the page carry exactly that nonce. */
async function expectPagePolicy(response: Response | null) {
  const headers = await expectCommonHeaders(response);
  const policy = headers["content-security-policy"];
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  for (const directive of [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toContain("unsafe-eval");
  // Every script tag the server wrote carries this request's nonce; the chunks those scripts
  // load later need none ('strict-dynamic').
  const scriptTags = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/** Collects every CSP violation the page reports, from the console and from the DOM event. */
async function watchForViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
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
  const first = await expectPagePolicy(await page.goto("/login"));
  const second = await expectPagePolicy(await page.goto("/login"));
  expect(second).not.toBe(first);
  // The login form is a client component: logging in proves React hydrated under the policy.
  await logIn(page, DEMO.advisor);
  await expect(page).toHaveURL("/dossiers");
  expect(violations).toEqual([]);
});

test("staff pages, a dossier and the report charts run without a single CSP violation", async ({ browser }) => {
  const host = await (await browser.newContext()).newPage();
  const hostViolations = await watchForViolations(host);
  await logIn(host, DEMO.host);
  await expectPagePolicy(await host.goto("/balie"));
  await expect(host.getByRole("button", { name: "Nieuwe inloop" })).toBeVisible();
  // Client code runs: the desk's registration dialog opens.
  await host.getByRole("button", { name: "Nieuwe inloop" }).click();
  await expect(host.getByLabel("Of een nieuwe cliënt: Naam of initialen")).toBeVisible();
  expect(hostViolations).toEqual([]);

  const advisor = await (await browser.newContext()).newPage();
  const advisorViolations = await watchForViolations(advisor);
  await logIn(advisor, DEMO.advisor);
  await expectPagePolicy(await advisor.goto("/dossiers"));
  const dossierLink = advisor.locator('main a[href^="/dossiers/"]:not([href="/dossiers/snel"]):not([href="/dossiers/nieuw"])').first();
  const dossierUrl = await dossierLink.getAttribute("href");
  expect(dossierUrl).toMatch(/^\/dossiers\/[^/]+$/);
  await expectPagePolicy(await advisor.goto(dossierUrl!));
  await expect(advisor.getByRole("heading", { level: 1 })).toContainText("Dossier");
  expect(advisorViolations).toEqual([]);

  const coordinator = await (await browser.newContext()).newPage();
  const coordinatorViolations = await watchForViolations(coordinator);
  await logIn(coordinator, DEMO.coordinator);
  await expectPagePolicy(await coordinator.goto("/rapportages/cijfers"));
  // recharts draws SVG with style attributes: allowed by style-src-attr, nothing else inline.
  await expect(coordinator.locator("svg.recharts-surface").first()).toBeVisible();
  expect(coordinatorViolations).toEqual([]);

  // A file download from a staff route handler keeps its own headers under the proxy's.
  const csv = await coordinator.request.get("/rapportages/cijfers/export?format=csv");
  expect(csv.status()).toBe(200);
  const csvHeaders = await expectCommonHeaders(csv);
  expect(csvHeaders["content-disposition"]).toMatch(/^attachment;/);
  expect(csvHeaders["content-security-policy"]).toContain("sandbox");
});

test("the public page and its iCal feed: headers, no violation, the download keeps its Content-Disposition", async ({ page, request }) => {
  const violations = await watchForViolations(page);
  await expectPagePolicy(await page.goto("/spreekuur/hengelo-centrale"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);

  const ics = await request.get("/spreekuur/hengelo-centrale/agenda.ics");
  expect(ics.status()).toBe(200);
  const headers = await expectCommonHeaders(ics);
  expect(headers["content-type"]).toContain("text/calendar");
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="spreekuur-hengelo-centrale\.ics"/);
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox");
});

test("a route handler (the health check) gets the data policy and every common header", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const headers = await expectCommonHeaders(response);
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
});
