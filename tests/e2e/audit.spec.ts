import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import {
  DEMO,
  expect,
  expectHeading,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  SAMPLE_PDF,
  test,
} from "./support";

const ADVISOR_NAME = "Marloes Lansink";
const COORDINATOR_NAME = "Saskia Wolterink";
const LAWYER = "Advocatenkantoor Esrink & Wolters";

/** What the audit log must show for one page of dossier data the browser received. */
type ExpectedRead = { user: string; action: string; record: string };

/**
 * The dossier-data pages of the dossier issue's flows, and the audit event each one must cause.
 * A list page shows several dossiers at once; it is audited as one list, named by the page.
 */
function expectedReads(url: URL, user: string): ExpectedRead[] {
  const path = url.pathname;
  const read = (action: string, record: string) => ({ user, action, record });
  if (path === "/dossiers/nieuw" || path === "/dossiers/snel")
    return [read("visit.read", url.searchParams.get("bezoek") ?? "")];
  if (path === "/dossiers") return [read("case.list", "dossiers"), read("case.list", "agenda")];
  if (path === "/nazorg") return [read("case.list", "aftercare")];
  if (path === "/terugkoppeling") return [read("case.list", "feedback")];
  let match = /^\/dossiers\/([^/]+)\/documenten\/([^/]+)$/.exec(path);
  if (match) return [read("document.read", match[2])];
  match = /^\/dossiers\/[^/]+\/verwijzing\/([^/]+)$/.exec(path);
  if (match) return [read("referral.note_read", match[1])];
  match = /^\/dossiers\/([^/]+)(\/brief)?$/.exec(path);
  if (match && match[1] !== "snel") return [read("case.read", match[1])];
  match = /^\/rapportages\/kosten-baten\/verhaal\/([^/]+)$/.exec(path);
  if (match) return [read("case.story_read", match[1])];
  return [];
}

/** The pages that show dossier data; every page under them must be known to expectedReads. */
const DOSSIER_DATA_PAGES = /^\/(dossiers|nazorg|terugkoppeling|rapportages\/kosten-baten\/verhaal)(\/|$)/;

/**
 * Every successful GET of a dossier-data page in this browser context: full page loads and the
 * client-side navigations (React Server Component fetches), but not the router's prefetches,
 * which render no page data. Each one is a read the server must have written down. A dossier page
 * this test does not know yet lands in `unknown`, so a new page cannot slip past the check.
 */
function recordReads(context: BrowserContext, user: string, reads: ExpectedRead[], unknown: string[]) {
  context.on("response", (response) => {
    const request = response.request();
    const headers = request.headers();
    if (
      request.method() !== "GET" ||
      response.status() !== 200 ||
      headers["next-router-prefetch"] ||
      headers["next-router-segment-prefetch"]
    )
      return;
    const url = new URL(request.url());
    const expected = expectedReads(url, user);
    if (expected.length === 0 && DOSSIER_DATA_PAGES.test(url.pathname)) unknown.push(url.pathname);
    reads.push(...expected);
  });
}

async function noAccessibilityViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include("main")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test("every dossier read in the dossier flows is in the audit log, and the client's report says who looked", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `E2E Inzage ${Date.now().toString(36)}`;
  const reads: ExpectedRead[] = [];
  const unknown: string[] = [];

  // The advisor's flows of the dossier issue: open, document, note, letter, referral note, lists.
  const advisorContext = await browser.newContext();
  recordReads(advisorContext, ADVISOR_NAME, reads, unknown);
  const advisor = await advisorContext.newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, {
    name,
    category: "Belastingrecht",
    question: "Beslag op de zorgtoeslag; wil weten of dat mag.",
    domain: "Belastingrecht > Toeslagen (huur-, zorg- en kinderopvangtoeslag)",
  });
  const dossierUrl = new URL(advisor.url());
  const caseId = dossierUrl.pathname.split("/")[2];

  await openDossierForm(advisor, "Document");
  await advisor
    .getByLabel("Foto of PDF van de brief")
    .setInputFiles({ name: "Beslagbrief.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await advisor.getByRole("button", { name: "Toevoegen", exact: true }).click();
  const documentUrl = (await advisor.getByRole("link", { name: /^Beslagbrief\.pdf/ }).getAttribute("href"))!;
  // The download goes through the API client (a PDF would open a viewer); it counts all the same.
  expect((await advisor.request.get(documentUrl)).status()).toBe(200);
  reads.push(...expectedReads(new URL(documentUrl, dossierUrl), ADVISOR_NAME));

  await openDossierForm(advisor, "Notitie");
  await advisor.getByLabel("Nieuwe notitie").fill("Beslagvrije voet nagerekend.");
  await advisor.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(advisor.getByText("Beslagvrije voet nagerekend.")).toBeVisible();

  await advisor.getByRole("link", { name: "Brief schrijven" }).click();
  await expectHeading(advisor, "Brief schrijven");
  await advisor.goto(dossierUrl.pathname);

  const referrals = await openDossierForm(advisor, "Verwijzing");
  await referrals.getByLabel("Partner", { exact: true }).selectOption({ label: LAWYER });
  await referrals.getByLabel("Waarvoor gaat de cliënt naar deze partner?").fill("Beslag: advocaat nodig.");
  await referrals.getByRole("radio", { name: /Warme overdracht/ }).check();
  await referrals.getByLabel(/Welke gegevens mogen we delen/).fill("De vraag");
  await referrals
    .getByRole("checkbox", { name: "De cliënt geeft toestemming om deze gegevens aan de partner door te geven." })
    .check();
  await referrals.getByRole("button", { name: "Doorverwijzen" }).click();
  await referrals.getByRole("link", { name: `Verwijsbrief afdrukken voor ${LAWYER}` }).click();
  await expectHeading(advisor, "Verwijsbrief");
  await advisor.getByRole("link", { name: "English" }).click();
  await expectHeading(advisor, "Referral note");

  await advisor.goto(dossierUrl.pathname);
  const benefits = await openDossierForm(advisor, "Baten");
  await benefits
    .getByRole("checkbox", { name: "De cliënt geeft toestemming om het verhaal zonder naam te gebruiken" })
    .check();
  await benefits.getByRole("button", { name: "Toestemming opslaan" }).click();
  await expect(benefits.getByText(/^Toestemming gegeven op /)).toBeVisible();
  await advisor.reload();
  await expectHeading(advisor, `Dossier: ${name}`);
  for (const path of ["/dossiers", "/nazorg", "/terugkoppeling"]) await advisor.goto(path);

  // The coordinator reads the anonymised story of the case.
  const coordinatorContext = await browser.newContext();
  recordReads(coordinatorContext, COORDINATOR_NAME, reads, unknown);
  const coordinator = await coordinatorContext.newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.goto(`/rapportages/kosten-baten/verhaal/${caseId}`);
  await expectHeading(coordinator, "Verhaal van een casus");

  expect(unknown, "dossier-data pages without an expected audit event").toEqual([]);
  const kinds = new Set(reads.map((read) => read.action));
  for (const action of [
    "visit.read",
    "case.read",
    "document.read",
    "referral.note_read",
    "case.story_read",
    "case.list",
  ])
    expect(kinds, action).toContain(action);

  // The admin finds every one of those reads in the audit log: per record, user and action at
  // least as many READ events as the browser received pages.
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, DEMO.admin);
  await admin.goto("/beheer/audit");
  await expectHeading(admin, "Auditlog");
  await noAccessibilityViolations(admin);
  const userIds = new Map<string, string>();
  for (const user of [ADVISOR_NAME, COORDINATOR_NAME])
    userIds.set(user, (await admin.locator("#gebruiker option", { hasText: user }).getAttribute("value"))!);
  const counts = new Map<string, { read: ExpectedRead; count: number }>();
  for (const read of reads) {
    const key = `${read.user}|${read.action}|${read.record}`;
    counts.set(key, { read, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  console.log(
    `Audit coverage: ${reads.length} dossier reads in the flows, ${counts.size} (record, user, action) combinations checked in the audit view.`,
  );
  const table = admin.getByRole("table", { name: "Auditlog, nieuwste eerst" });
  for (const { read, count } of counts.values()) {
    const query = new URLSearchParams({
      gebruiker: userIds.get(read.user)!,
      actie: read.action,
      record: read.record,
      toegang: "READ",
    });
    await admin.goto(`/beheer/audit?${query}`);
    const rows = table.locator("tbody tr");
    await expect(rows.first(), `${read.action} ${read.record}`).toBeVisible();
    expect(await rows.count(), `${count} × ${read.action} of ${read.record} by ${read.user}`).toBeGreaterThanOrEqual(
      count,
    );
    // Who, in which role, and from where: the test's own browser on this machine.
    await expect(rows.first()).toContainText(read.user);
    await expect(rows.first()).toContainText(read.user === ADVISOR_NAME ? "Adviseur (Professional)" : "Coördinator");
    await expect(rows.first()).toContainText(/127\.0\.0\.1|::1/);
    await expect(rows.first()).toContainText("Chrome");
  }

  // The client's "who looked at my file": found by name, in plain words, printable.
  await admin.goto("/beheer/audit");
  await admin.getByLabel("Naam of cliëntnummer").fill(name);
  await admin.getByRole("button", { name: "Zoek cliënt" }).click();
  await admin.getByRole("link", { name: `Wie keek in het dossier van ${name}` }).click();
  await expectHeading(admin, "Wie keek in uw dossier");
  await expect(admin.getByText(`Voor: ${name}`)).toBeVisible();
  const report = admin.getByRole("table", { name: "Wie keek in uw dossier en wat deed die persoon" });
  await expect(
    report
      .getByRole("row")
      .filter({ hasText: `${ADVISOR_NAME}, adviseur` })
      .filter({ hasText: "bekeek uw dossier" })
      .first(),
  ).toBeVisible();
  await expect(report.getByRole("row").filter({ hasText: "voegde een document toe" })).toHaveCount(1);
  await expect(report.getByRole("row").filter({ hasText: "bekeek een document uit uw dossier" })).toHaveCount(1);
  await expect(report.getByRole("row").filter({ hasText: "bekeek de verwijsbrief voor u" }).first()).toBeVisible();
  await expect(
    report
      .getByRole("row")
      .filter({ hasText: `${COORDINATOR_NAME}, coördinator van het spreekuur` })
      .filter({ hasText: "bekeek uw verhaal zonder naam" }),
  ).toHaveCount(1);
  await expect(admin.getByRole("button", { name: "Printen" })).toBeVisible();
  await noAccessibilityViolations(admin);
  const reportUrl = admin.url();
  await admin.getByRole("link", { name: "English" }).click();
  await expectHeading(admin, "Who looked at your file");
  await expect(admin.getByRole("cell", { name: "looked at your file" }).first()).toBeVisible();

  // Only the admin of the same library: another library does not know the client, others may not look.
  const otherAdmin = await (await browser.newContext()).newPage();
  await logIn(otherAdmin, "beheer@venray.example");
  expect((await otherAdmin.goto(reportUrl))?.status()).toBe(404);
  expect((await advisor.goto("/beheer/audit"))?.status()).toBe(403);
  expect((await advisor.goto(reportUrl))?.status()).toBe(403);
});
