// The route handlers' part of the authorisation matrix (issue 7, part 1): every app/**/route.ts,
// found on disk, asked over HTTP by every demo login of Hengelo and of another library (Venray)
// and by nobody. The server actions and use cases are covered by tests/integration/authorisation-
// matrix.test.ts; route handlers run outside them, so they are asked here, against the real server.
import { DEMO_PASSWORD, expect, logIn, test } from "./support";
import { parseStatuses, PEOPLE, ROUTES, routeFiles, volunteersDossier } from "./route-table";

test("every route handler answers every demo login, of the own and another library, and nobody, as the table says", async ({
  browser,
}) => {
  // 48 s on an idle machine; 4 min on a CI run whose vitest still ran beside it.
  test.setTimeout(480_000);
  const files = routeFiles();
  expect(
    files.filter((file) => !Object.hasOwn(ROUTES, file)),
    "route files without a row in ROUTES",
  ).toEqual([]);
  expect(
    Object.keys(ROUTES).filter((file) => !files.includes(file)),
    "ROUTES rows without a route file",
  ).toEqual([]);

  const ids = await volunteersDossier(browser);
  const probes = Object.entries(ROUTES).flatMap(([route, list]) =>
    list.map((probe) => ({ route, probe, statuses: parseStatuses(route, probe) })),
  );
  const failures: string[] = [];
  let cells = 0;
  for (const [index, person] of PEOPLE.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (person.email) await logIn(page, person.email, DEMO_PASSWORD);
    for (const { route, probe, statuses } of probes) {
      const url = probe.url(ids);
      const status = (await context.request.get(url, { maxRedirects: 0 })).status();
      cells++;
      if (status !== statuses[index])
        failures.push(
          `${person.column} GET ${url} (${route}: ${probe.what}): expected ${statuses[index]}, got ${status}`,
        );
    }
    await context.close();
  }
  console.log(
    `authorisation routes: ${cells} cells checked (${files.length} route files, ${probes.length} requests × ${PEOPLE.length} people)`,
  );
  expect(failures).toEqual([]);
});

test("pages answer an address with a NUL byte as not found or unfiltered, never with a 500", async ({ browser }) => {
  test.setTimeout(90_000);
  const probes = {
    "adviseur@hengelo.example": [
      "/dossiers/x%00",
      "/dossiers/x%00/brief",
      "/dossiers/x%00/verwijzing/y%00",
      "/sociale-kaart?zoek=%00",
      "/uren?week=%00",
    ],
    "coordinator@hengelo.example": [
      "/rapportages/kosten-baten/verhaal/x%00",
      "/sociale-kaart/x%00",
      "/sociale-kaart?zoek=%00&rechtsgebied=%00",
      "/rooster?locatie=%00",
      "/rapportages/cijfers?van=%00",
    ],
    "gastvrouw@hengelo.example": ["/balie/afspraak/x%00", "/spreekuur/x%00"],
    "beheer@hengelo.example": [
      "/beheer/audit?gebruiker=%00",
      "/beheer/audit?client=x%00&record=%00",
      "/beheer/audit?zoek=ab%00",
      "/beheer/audit?na=1.99999999999999999999",
      "/beheer/privacy?zoek=ab%00",
    ],
  };
  const crashed: string[] = [];
  for (const [email, urls] of Object.entries(probes)) {
    const context = await browser.newContext();
    await logIn(await context.newPage(), email, DEMO_PASSWORD);
    for (const url of urls) {
      const status = (await context.request.get(url, { maxRedirects: 0 })).status();
      if (status >= 500) crashed.push(`${email} GET ${url}: ${status}`);
    }
    await context.close();
  }
  expect(crashed).toEqual([]);
});
