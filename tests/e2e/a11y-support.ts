import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { runSetup } from "./setup-support";
import { DEMO, logIn, openDossierForm, uniquePhone } from "./support";

export type Login = "anonymous" | "host" | "advisor" | "coordinator" | "admin" | "programme";
type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

const APP_DIR = path.join(process.cwd(), "app");
/** The files that make a page of their own: a route, or what the app shows instead of one. */
const PAGE_FILES = new Set(["page.tsx", "not-found.tsx", "forbidden.tsx", "error.tsx"]);

/**
 * Every page the app router can show, read from the file system: "/dossiers/[caseId]" for a page,
 * "/spreekuur/[locatie] not-found" for a special file. Route groups such as "(staff)" do not count.
 */
export function appRouterPages(dir = APP_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return appRouterPages(path.join(dir, entry.name));
    if (!PAGE_FILES.has(entry.name)) return [];
    const route = `/${path
      .relative(APP_DIR, dir)
      .split(path.sep)
      .filter((part) => part && !/^\(.*\)$/.test(part))
      .join("/")}`;
    return entry.name === "page.tsx" ? [route] : [`${route} ${path.basename(entry.name, ".tsx")}`];
  });
}

/** What the accessibility specs need that only exists after a few clicks: ids of today's records. */
export type Fixture = {
  states: Record<Exclude<Login, "anonymous">, StorageState>;
  newDossierUrl: string;
  quickContactUrl: string;
  dossierUrl: string;
  referralNoteUrl: string;
  appointmentSlipUrl: string;
  partnerUrl: string;
  storyUrl: string;
  privacyClientUrl: string;
  auditClientUrl: string;
  /** A colleague's admin page. */
  personUrl: string;
  /** A location's admin page. */
  locationUrl: string;
  /** An advisor's open dossiers, as the coordinator sees them. */
  advisorDossiersUrl: string;
  /** A first admin's unused link from `npm run setup`. */
  setPasswordUrl: string;
  /** A client's personal link to an appointment they booked online. */
  appointmentUrl: string;
  /**
   * A partner's referral link, made by the coordinator on the partner's page. Optional: a fixture
   * made without one (the request fuzz) gets an unknown link, the page that says it does not work.
   */
  partnerLinkUrl?: string;
};

const LOGINS = {
  host: DEMO.host,
  advisor: DEMO.advisor,
  coordinator: DEMO.coordinator,
  admin: DEMO.admin,
  programme: DEMO.programme,
} as const;

async function href(page: Page, name: string | RegExp) {
  const link = page.getByRole("link", { name }).first();
  await expect(link).toBeVisible();
  const url = new URL((await link.getAttribute("href"))!, page.url());
  return url.pathname + url.search;
}

/**
 * Logs each role in once (the scans reuse the cookies) and makes the records that dynamic routes
 * need: a walk-in taken into conversation, a dossier with a referral and story consent, an appointment.
 */
export async function prepareFixture(browser: Browser): Promise<Fixture> {
  const states = {} as Fixture["states"];
  for (const [login, email] of Object.entries(LOGINS) as [keyof typeof LOGINS, string][]) {
    const context = await browser.newContext();
    await logIn(await context.newPage(), email);
    states[login] = await context.storageState();
    await context.close();
  }
  const open = async (login: keyof typeof LOGINS) =>
    (await browser.newContext({ storageState: states[login] })).newPage();

  const name = `E2E Toegankelijk ${Date.now().toString(36)}`;
  const advisor = await open("advisor");
  await advisor.goto("/balie");
  await advisor.getByRole("button", { name: "Nieuwe inloop" }).click();
  await advisor.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
  await advisor.getByRole("radio", { name: "Belastingrecht" }).check();
  await advisor.getByRole("button", { name: "Inschrijven" }).click();
  await advisor.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  const quickContactUrl = await href(advisor, `Snel contact: ${name}`);
  const newDossierUrl = await href(advisor, `Dossier openen: ${name}`);
  await advisor.goto(newDossierUrl);
  await advisor
    .getByLabel("Wat is de vraag van de cliënt?")
    .fill("Een brief van de Belastingdienst over de huurtoeslag.");
  await advisor.getByRole("checkbox", { name: /toestemming/ }).check();
  await advisor.getByRole("button", { name: "Dossier openen" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: `Dossier: ${name}` })).toBeVisible();
  const dossierUrl = new URL(advisor.url()).pathname;

  const referrals = await openDossierForm(advisor, "Verwijzing");
  await referrals.getByLabel("Partner", { exact: true }).selectOption({ index: 1 });
  await referrals.getByLabel("Waarvoor gaat de cliënt naar deze partner?").fill("Hulp bij het bezwaar.");
  await referrals.getByRole("radio", { name: /Alleen informatie/ }).check();
  await referrals.getByRole("button", { name: "Doorverwijzen" }).click();
  const referralNoteUrl = await href(advisor, /^Verwijsbrief afdrukken voor /);

  const benefits = await openDossierForm(advisor, "Baten");
  await benefits
    .getByRole("checkbox", { name: "De cliënt geeft toestemming om het verhaal zonder naam te gebruiken" })
    .check();
  await benefits.getByRole("button", { name: "Toestemming opslaan" }).click();
  await expect(benefits.getByText(/^Toestemming gegeven op /)).toBeVisible();
  await advisor.context().close();

  const host = await open("host");
  await host.goto("/balie/afspraak");
  await host.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(`${name} afspraak`);
  await host.getByRole("radio", { name: "Belastingrecht" }).check();
  // Other specs book at the same time: they take the first or the last time, this one the middle.
  const slot = host.getByLabel("Tijd", { exact: true });
  const times = await slot.locator("option").allTextContents();
  await slot.selectOption({ label: times[Math.floor(times.length / 2)] });
  await host.getByRole("button", { name: "Afspraak maken" }).click();
  await expect(host).toHaveURL(/\/balie\/afspraak\/[^/?]+$/);
  const appointmentSlipUrl = new URL(host.url()).pathname;
  await host.context().close();

  const coordinator = await open("coordinator");
  await coordinator.goto("/sociale-kaart");
  const partnerUrl = await href(coordinator, /^Wijzig /);
  await coordinator.goto(partnerUrl);
  await coordinator.getByLabel("Naam van de link").fill(`Wijkteam ${name}`);
  await coordinator.getByLabel("Vestiging waar geboekt wordt").selectOption({ index: 1 });
  await coordinator.getByRole("button", { name: "Link maken" }).click();
  const partnerLinkUrl = new URL(await coordinator.getByLabel("Verwijslink (kopieer hem nu)").inputValue()).pathname;
  await coordinator.goto("/adviseurs");
  const advisorDossiersUrl = await href(coordinator, /^Open dossiers van /);
  await coordinator.context().close();

  const admin = await open("admin");
  await admin.goto(`/beheer/privacy?zoek=${encodeURIComponent(name)}`);
  const privacyClientUrl = await href(admin, name);
  await admin.goto("/beheer/gebruikers");
  const personUrl = await href(admin, /wijzigen$/);
  await admin.goto("/beheer/locaties");
  const locationUrl = await href(admin, "Bibliotheek Hengelo, centrale bibliotheek");
  await admin.context().close();

  const client = await browser.newPage();
  await client.goto("/spreekuur/hengelo-centrale/afspraak");
  const firstDay = client.getByRole("group", { name: "Kies een tijd" }).getByRole("group").first();
  const halfHours = firstDay.getByRole("radio");
  await halfHours.nth(Math.floor((await halfHours.count()) * 0.4)).check();
  await client.getByLabel("Je voornaam of je voorletters").fill(`${name} online`);
  await client.getByLabel("Je telefoonnummer").fill(uniquePhone());
  await client.getByRole("checkbox", { name: "Ik vind dat goed." }).check();
  await client.getByRole("button", { name: "Maak de afspraak" }).click();
  await expect(client).toHaveURL(/\/afspraak\/[A-Za-z0-9_-]{43}\?nieuw=1$/);
  const appointmentUrl = new URL(client.url()).pathname;
  await client.close();

  const suffix = Date.now().toString(36);
  const { linkPath: setPasswordUrl } = await runSetup({
    organisation: `Bibliotheek Toegankelijk ${suffix}`,
    municipality: "Nieuwstad",
    adminEmail: `beheer-${suffix}@toegankelijk.example`,
    adminName: "Anna de Vries",
  });

  return {
    states,
    personUrl,
    locationUrl,
    advisorDossiersUrl,
    setPasswordUrl,
    appointmentUrl,
    partnerLinkUrl,
    privacyClientUrl,
    auditClientUrl: privacyClientUrl.replace("/beheer/privacy/", "/beheer/audit/client/"),
    newDossierUrl,
    quickContactUrl,
    dossierUrl,
    referralNoteUrl,
    appointmentSlipUrl,
    partnerUrl,
    storyUrl: `/rapportages/kosten-baten/verhaal/${dossierUrl.split("/").pop()}`,
  };
}

/**
 * A route of the app router, the concrete address that shows it and who may see it; `reach` does
 * what it takes to show a page no address leads to, `redirects` marks an address that only sends on.
 */
export type PageRow = {
  route: string;
  login: Login;
  url: (fixture: Fixture) => string;
  status?: number;
  reach?: (page: Page) => Promise<void>;
  redirects?: boolean;
};

/**
 * The error boundary shows when something breaks while a page runs: here the network drops while
 * the host registers a walk-in, so the server action never answers.
 */
async function breakTheConnection(page: Page) {
  await page.route("**/balie", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.getByRole("button", { name: "Nieuwe inloop" }).click();
  await page.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill("E2E Geen verbinding");
  await page.getByRole("button", { name: "Inschrijven" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeVisible();
}

const at = (url: string) => () => url;

export const PAGE_ROWS: PageRow[] = [
  { route: "/", login: "anonymous", url: at("/"), redirects: true }, // To the login, or a logged-in role's home.
  { route: "/login", login: "anonymous", url: at("/login") },
  { route: "/wachtwoord/[linkSecret]", login: "anonymous", url: (f) => f.setPasswordUrl },
  { route: "/wachtwoord-vergeten", login: "anonymous", url: at("/wachtwoord-vergeten") },
  { route: "/spreekuur/[locatie]", login: "anonymous", url: at("/spreekuur/hengelo-centrale") },
  { route: "/spreekuur/[locatie]/afspraak", login: "anonymous", url: at("/spreekuur/hengelo-centrale/afspraak") },
  { route: "/afspraak/[linkSecret]", login: "anonymous", url: (f) => f.appointmentUrl },
  {
    route: "/verwijzen/[linkSecret]",
    login: "anonymous",
    url: (f) => f.partnerLinkUrl ?? `/verwijzen/${"x".repeat(43)}`,
  },
  { route: "/spreekuur/[locatie]/wachtlijst", login: "anonymous", url: at("/spreekuur/hengelo-centrale/wachtlijst") },
  // No offer of the fixture's: the page that says the offer cannot be used (any more).
  { route: "/aanbod/[offerSecret]", login: "anonymous", url: at(`/aanbod/${"x".repeat(43)}`) },
  { route: "/spreekuur/[locatie] not-found", login: "anonymous", url: at("/spreekuur/bestaat-niet"), status: 404 },
  { route: "/ not-found", login: "host", url: at("/bestaat-niet"), status: 404 },
  { route: "/ forbidden", login: "host", url: at("/dossiers"), status: 403 },
  { route: "/ error", login: "host", url: at("/balie"), reach: breakTheConnection },
  { route: "/balie", login: "host", url: at("/balie") },
  { route: "/balie/afspraak", login: "host", url: at("/balie/afspraak") },
  { route: "/balie/afspraak/[visitId]", login: "host", url: (f) => f.appointmentSlipUrl },
  { route: "/balie/wachtlijst", login: "host", url: at("/balie/wachtlijst") },
  { route: "/dossiers", login: "advisor", url: at("/dossiers") },
  { route: "/dossiers/nieuw", login: "advisor", url: (f) => f.newDossierUrl },
  { route: "/dossiers/snel", login: "advisor", url: (f) => f.quickContactUrl },
  { route: "/dossiers/[caseId]", login: "advisor", url: (f) => f.dossierUrl },
  { route: "/dossiers/[caseId]/brief", login: "advisor", url: (f) => `${f.dossierUrl}/brief` },
  { route: "/dossiers/[caseId]/verwijzing/[referralId]", login: "advisor", url: (f) => f.referralNoteUrl },
  { route: "/nazorg", login: "advisor", url: at("/nazorg") },
  { route: "/te-beoordelen", login: "advisor", url: at("/te-beoordelen") },
  { route: "/terugkoppeling", login: "advisor", url: at("/terugkoppeling") },
  { route: "/uren", login: "advisor", url: at("/uren") },
  { route: "/sociale-kaart", login: "host", url: at("/sociale-kaart") },
  { route: "/sociale-kaart/[partnerId]", login: "coordinator", url: (f) => f.partnerUrl },
  { route: "/sociale-kaart/importeren", login: "coordinator", url: at("/sociale-kaart/importeren") },
  { route: "/rapportages", login: "coordinator", url: at("/rapportages") },
  { route: "/rapportages/uren", login: "coordinator", url: at("/rapportages/uren") },
  { route: "/rapportages/cijfers", login: "coordinator", url: at("/rapportages/cijfers") },
  { route: "/rapportages/landelijk", login: "coordinator", url: at("/rapportages/landelijk") },
  { route: "/rapportages/kosten-baten", login: "coordinator", url: at("/rapportages/kosten-baten") },
  { route: "/rapportages/kosten-baten/verhaal/[caseId]", login: "coordinator", url: (f) => f.storyUrl },
  { route: "/rooster", login: "coordinator", url: at("/rooster") },
  { route: "/adviseurs", login: "coordinator", url: at("/adviseurs") },
  { route: "/adviseurs/[advisorId]", login: "coordinator", url: (f) => f.advisorDossiersUrl },
  { route: "/wederpartijen", login: "coordinator", url: at("/wederpartijen") },
  { route: "/signalen", login: "coordinator", url: at("/signalen") },
  { route: "/rapportages/signalen", login: "coordinator", url: at("/rapportages/signalen") },
  { route: "/beheer", login: "admin", url: at("/beheer") },
  { route: "/instellingen", login: "coordinator", url: at("/instellingen") },
  { route: "/beheer/locaties", login: "admin", url: at("/beheer/locaties") },
  { route: "/beheer/locaties/[locationId]", login: "admin", url: (f) => f.locationUrl },
  { route: "/beheer/gebruikers", login: "admin", url: at("/beheer/gebruikers") },
  { route: "/beheer/gebruikers/[userId]", login: "admin", url: (f) => f.personUrl },
  { route: "/beheer/audit", login: "admin", url: at("/beheer/audit") },
  { route: "/beheer/audit/client/[clientId]", login: "admin", url: (f) => f.auditClientUrl },
  { route: "/beheer/privacy", login: "admin", url: at("/beheer/privacy") },
  { route: "/beheer/privacy/[clientId]", login: "admin", url: (f) => f.privacyClientUrl },
  { route: "/beheer/privacy/[clientId]/inzage", login: "admin", url: (f) => `${f.privacyClientUrl}/inzage` },
  { route: "/dossiers/[caseId]/toestemming", login: "advisor", url: (f) => `${f.dossierUrl}/toestemming` },
  { route: "/beheer/programmas", login: "admin", url: at("/beheer/programmas") },
  { route: "/programma", login: "programme", url: at("/programma") },
];

/** A page of a given login, with the cookies saved by the fixture. */
export async function pageAs(browser: Browser, fixture: Fixture, login: Login, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    ...options,
    storageState: login === "anonymous" ? undefined : fixture.states[login],
  });
  return context.newPage();
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The serious and critical axe violations of the page as it is now, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => `${node.target.join(" ")} ${node.failureSummary?.split("\n").slice(1, 2).join("") ?? ""}`).join("\n    ")}`,
    );
}
