// The route handlers of app/ and how to ask each one: the one list of them, used by the
// authorisation matrix (authorisation-routes.spec.ts) and the request fuzz (request-fuzz.spec.ts).
import { readdirSync } from "node:fs";
import path from "node:path";
import { type Browser, expect } from "@playwright/test";
import { DEMO_PASSWORD, logIn, openDossierForm, openDossierFromNewWalkIn, SAMPLE_PDF } from "./support";

/**
 * Who asks, in the order of the status columns below. In Hengelo the dossier's responsible advisor
 * is the volunteer, "adviseur" supervises the volunteer, "adviseur2" is an unrelated professional.
 */
export const PEOPLE = [
  { column: "Hengelo host", email: "gastvrouw@hengelo.example" },
  { column: "Hengelo professional", email: "adviseur2@hengelo.example" },
  { column: "Hengelo volunteer", email: "vrijwilliger@hengelo.example" },
  { column: "Hengelo supervisor", email: "adviseur@hengelo.example" },
  { column: "Hengelo coordinator", email: "coordinator@hengelo.example" },
  { column: "Hengelo admin", email: "beheer@hengelo.example" },
  { column: "Venray host", email: "gastvrouw@venray.example" },
  { column: "Venray advisor", email: "adviseur@venray.example" },
  { column: "Venray volunteer", email: "vrijwilliger@venray.example" },
  { column: "Venray coordinator", email: "coordinator@venray.example" },
  { column: "Venray admin", email: "beheer@venray.example" },
  { column: "programme", email: "cijfers@programma.example" },
  { column: "anonymous", email: null },
] as const;

export type Ids = { documentUrl: string; clientExportUrl: string; deskStandUrl: string; posterUrl: string };
export type Probe = { what: string; url: (ids: Ids) => string; statuses: string };

const everyone = (status: number) =>
  `${Array(6).fill(status).join(" ")} | ${Array(5).fill(status).join(" ")} | ${status} | ${status}`;
const coordinatorOnly = "403 403 403 403 200 403 | 403 403 403 200 403 | 403 | 401";
const adminOnlyMissing = "403 403 403 403 403 404 | 403 403 403 403 404 | 403 | 401";
const programmeOnly = (status: number) => `403 403 403 403 403 403 | 403 403 403 403 403 | ${status} | 401`;
const deskOnlyMissing = "404 404 404 404 404 403 | 404 404 404 404 403 | 403 | 401";

/**
 * Expected HTTP status per person: Hengelo's six | Venray's five | the demo programme (a funder
 * Hengelo gave access to its figures, and no more) | anonymous. A scripted request without a
 * session gets 401 (a browser navigation is sent to the login page instead).
 * A route file without a row fails the test, as does a row without a route file.
 */
export const ROUTES: Record<string, Probe[]> = {
  "app/(staff)/dossiers/[caseId]/documenten/[documentId]/route.ts": [
    {
      what: "a letter in the volunteer's Hengelo dossier",
      url: (ids) => ids.documentUrl,
      statuses: "403 404 200 200 403 403 | 403 404 404 403 403 | 403 | 401",
    },
    {
      what: "a document id that does not exist",
      url: (ids) => ids.documentUrl.replace(/[^/]+$/, "bestaat-niet"),
      statuses: "403 404 404 404 403 403 | 403 404 404 403 403 | 403 | 401",
    },
    {
      what: "ids with a NUL byte",
      url: () => "/dossiers/x%00y/documenten/%00",
      statuses: "403 404 404 404 403 403 | 403 404 404 403 403 | 403 | 401",
    },
  ],
  "app/(staff)/balie/stand/route.ts": [
    {
      what: "the fingerprint of Hengelo's desk today",
      url: (ids) => ids.deskStandUrl,
      statuses: "200 200 200 200 200 403 | 404 404 404 404 403 | 403 | 401",
    },
    {
      what: "a location that does not exist",
      url: () => "/balie/stand?locatie=bestaat-niet",
      statuses: deskOnlyMissing,
    },
    { what: "a location id with a NUL byte", url: () => "/balie/stand?locatie=x%00", statuses: deskOnlyMissing },
    {
      what: "no location",
      url: () => "/balie/stand",
      statuses: "400 400 400 400 400 403 | 400 400 400 400 403 | 403 | 401",
    },
  ],
  "app/(staff)/beheer/privacy/[clientId]/export/route.ts": [
    {
      what: "a Hengelo client's subject-access export",
      url: (ids) => ids.clientExportUrl,
      statuses: "403 403 403 403 403 200 | 403 403 403 403 404 | 403 | 401",
    },
    {
      what: "a client id that does not exist",
      url: () => "/beheer/privacy/bestaat-niet/export",
      statuses: adminOnlyMissing,
    },
    { what: "a client id with a NUL byte", url: () => "/beheer/privacy/x%00/export", statuses: adminOnlyMissing },
  ],
  // The admin and the coordinator (POSTER_ROLES).
  "app/(staff)/beheer/locaties/[locationId]/poster/route.ts": [
    {
      what: "a poster of Hengelo's location in Arabic",
      url: (ids) => ids.posterUrl,
      statuses: "403 403 403 403 200 200 | 403 403 403 404 404 | 403 | 401",
    },
    {
      what: "a location id that does not exist",
      url: () => "/beheer/locaties/bestaat-niet/poster?formaat=a5&taal=nl",
      statuses: "403 403 403 403 404 404 | 403 403 403 404 404 | 403 | 401",
    },
    {
      what: "a format that does not exist",
      url: () => "/beheer/locaties/bestaat-niet/poster?formaat=%00&taal=nl",
      statuses: "403 403 403 403 400 400 | 403 403 403 400 400 | 403 | 401",
    },
  ],
  "app/(staff)/rapportages/cijfers/export/route.ts": [
    {
      what: "monitoring figures as csv",
      url: () => "/rapportages/cijfers/export?format=csv",
      statuses: coordinatorOnly,
    },
  ],
  "app/(staff)/rapportages/kosten-baten/export/route.ts": [
    {
      what: "cost-benefit as csv",
      url: () => "/rapportages/kosten-baten/export?format=csv",
      statuses: coordinatorOnly,
    },
  ],
  "app/(staff)/rapportages/landelijk/export/route.ts": [
    {
      what: "the national export as csv",
      url: () => "/rapportages/landelijk/export?format=csv",
      statuses: coordinatorOnly,
    },
  ],
  "app/(staff)/rapportages/signalen/export/route.ts": [
    {
      what: "the signal report as csv",
      url: () => "/rapportages/signalen/export?format=csv",
      statuses: coordinatorOnly,
    },
    {
      what: "the signal report as a Word document",
      url: () => "/rapportages/signalen/export?format=docx",
      statuses: coordinatorOnly,
    },
  ],
  "app/(staff)/rapportages/uren/export/route.ts": [
    { what: "the hours report as csv", url: () => "/rapportages/uren/export?format=csv", statuses: coordinatorOnly },
  ],
  "app/(staff)/sociale-kaart/export/route.ts": [
    { what: "the social map as csv", url: () => "/sociale-kaart/export?format=csv", statuses: coordinatorOnly },
    { what: "the social map as xlsx", url: () => "/sociale-kaart/export?format=xlsx", statuses: coordinatorOnly },
    {
      what: "the social map in a format that does not exist",
      url: () => "/sociale-kaart/export?format=%00",
      statuses: "403 403 403 403 400 403 | 403 403 403 400 403 | 403 | 401",
    },
  ],
  "app/(staff)/programma/export/route.ts": [
    {
      what: "the programme's figures of the last finished quarter as csv",
      url: () => "/programma/export?format=csv",
      statuses: programmeOnly(200),
    },
    {
      what: "a quarter that has not ended",
      url: () => "/programma/export?format=csv&kwartaal=2099-Q1",
      statuses: programmeOnly(400),
    },
    {
      what: "a format that does not exist",
      url: () => "/programma/export?format=%00",
      statuses: programmeOnly(400),
    },
  ],
  "app/api/auth/[...nextauth]/route.ts": [
    {
      what: "next-auth's session endpoint (public: it tells a visitor only their own session)",
      url: () => "/api/auth/session",
      statuses: everyone(200),
    },
  ],
  // The client's personal link is the key (booking.spec.ts downloads a working one).
  "app/afspraak/[linkSecret]/afspraak.ics/route.ts": [
    {
      what: "an appointment link that does not exist",
      url: () => `/afspraak/${"x".repeat(43)}/afspraak.ics`,
      statuses: everyone(404),
    },
    {
      what: "a malformed link with a NUL byte",
      url: () => "/afspraak/x%00y/afspraak.ics?taal=%00",
      statuses: everyone(404),
    },
  ],
  "app/api/health/route.ts": [{ what: "the health check (public)", url: () => "/api/health", statuses: everyone(200) }],
  "app/spreekuur/[locatie]/agenda.ics/route.ts": [
    {
      what: "a location's public calendar",
      url: () => "/spreekuur/hengelo-centrale/agenda.ics",
      statuses: everyone(200),
    },
    {
      what: "a location that does not exist",
      url: () => "/spreekuur/bestaat-niet/agenda.ics",
      statuses: everyone(404),
    },
    { what: "a location slug with a NUL byte", url: () => "/spreekuur/hengelo%00/agenda.ics", statuses: everyone(404) },
  ],
};

export function routeFiles(dir = "app"): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .sort();
}

export function parseStatuses(route: string, probe: Probe): number[] {
  const parts = probe.statuses.split("|").map((part) => part.trim().split(/\s+/).map(Number));
  const [own, other, programme, anonymous] = parts;
  if (
    parts.length !== 4 ||
    own.length !== 6 ||
    other?.length !== 5 ||
    programme?.length !== 1 ||
    anonymous?.length !== 1 ||
    parts.flat().some(Number.isNaN)
  ) {
    throw new Error(`${route} (${probe.what}): statuses need 6 | 5 | 1 | 1 numbers, got "${probe.statuses}"`);
  }
  return parts.flat();
}

/**
 * A PDF in a new dossier of Hengelo's volunteer, uploaded through the UI as an advisor would, and
 * that client's export as Hengelo's admin finds it on the privacy page.
 */
export async function volunteersDossier(browser: Browser): Promise<Ids> {
  const name = `E2E Routes ${Date.now().toString(36)}`;
  const page = await (await browser.newContext()).newPage();
  await logIn(page, "vrijwilliger@hengelo.example", DEMO_PASSWORD);
  await page.goto("/balie");
  const appointment = await page.getByRole("link", { name: "Afspraak maken" }).getAttribute("href");
  await openDossierFromNewWalkIn(page, { name, category: "Belastingrecht", question: "Brief over de huurtoeslag." });
  await openDossierForm(page, "Document");
  await page
    .getByLabel("Foto of PDF van de brief")
    .setInputFiles({ name: "Beschikking.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  const href = await page.getByRole("link", { name: /^Beschikking\.pdf/ }).getAttribute("href");
  await page.context().close();
  expect(href).toMatch(/^\/dossiers\/[^/]+\/documenten\/[^/]+$/);

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, "beheer@hengelo.example", DEMO_PASSWORD);
  await admin.goto(`/beheer/privacy?zoek=${encodeURIComponent(name)}`);
  const client = await admin.getByRole("link", { name }).getAttribute("href");
  await admin.context().close();
  expect(client).toMatch(/^\/beheer\/privacy\/[^/]+$/);
  const locationId = new URL(appointment!, "http://localhost").searchParams.get("locatie");
  expect(locationId).toBeTruthy();
  return {
    documentUrl: href!,
    clientExportUrl: `${client}/export`,
    deskStandUrl: `/balie/stand?locatie=${locationId}`,
    posterUrl: `/beheer/locaties/${locationId}/poster?formaat=a4&taal=ar`,
  };
}
