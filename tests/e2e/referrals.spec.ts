import { DEMO, expect, expectHeading, logIn, openDossierForm, openDossierFromNewWalkIn, test } from "./support";

const LAWYER = "Advocatenkantoor Esrink & Wolters";

test("an advisor refers a client to a lawyer with a warm handover, prints the referral note and follows it up; a host cannot open the note", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = `E2E Verwijzing ${Date.now().toString(36)}`;
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");

  await openDossierFromNewWalkIn(advisor, {
    name: name,
    category: "Belastingrecht",
    question: "Ontslag op staande voet na ziekmelding; wil in beroep.",
    domain: "Belastingrecht > Toeslagen (huur-, zorg- en kinderopvangtoeslag)",
  });
  const dossierUrl = advisor.url();

  const referrals = await openDossierForm(advisor, "Verwijzing");
  await expect(referrals.getByText("Nog niet doorverwezen.")).toBeVisible();
  await referrals.getByLabel("Partner", { exact: true }).selectOption({ label: LAWYER });
  await referrals
    .getByLabel("Waarvoor gaat de cliënt naar deze partner?")
    .fill("Ontslagzaak: advocaat met toevoeging nodig.");
  await referrals.getByRole("radio", { name: /Warme overdracht/ }).check();
  await referrals.getByLabel(/Welke gegevens mogen we delen/).fill("De vraag en de ontslagbrief");
  await referrals.getByRole("button", { name: "Doorverwijzen" }).click();
  await expect(advisor.locator("#refer-out-error")).toHaveText(
    "Zonder toestemming van de cliënt geven we geen gegevens door. Kies 'alleen informatie' of vraag toestemming.",
  );

  await referrals
    .getByRole("checkbox", { name: "De cliënt geeft toestemming om deze gegevens aan de partner door te geven." })
    .check();
  await referrals.getByRole("button", { name: "Doorverwijzen" }).click();
  await expect(referrals.getByText(`${LAWYER} · Warme overdracht`)).toBeVisible();
  await expect(referrals.getByText("Status: Verstuurd")).toBeVisible();
  await expect(
    referrals.getByText(
      /Toestemming om te delen \(.*\): Delen met Advocatenkantoor Esrink & Wolters: De vraag en de ontslagbrief/,
    ),
  ).toBeVisible();
  await expect(
    referrals.getByText("Er loopt een verwijzing. Sluit je dit dossier, kies dan ‘Doorverwezen’."),
  ).toBeVisible();

  await referrals.getByRole("link", { name: `Verwijsbrief afdrukken voor ${LAWYER}` }).click();
  await expectHeading(advisor, "Verwijsbrief");
  const noteUrl = advisor.url();
  await expect(advisor.getByText(`Voor: ${name}`)).toBeVisible();
  await expect(advisor.getByText("Kerkstraat 21, Hengelo")).toBeVisible();
  await expect(advisor.getByRole("heading", { name: "Neem dit mee" })).toBeVisible();
  await expect(advisor.getByText("Deze verwijsbrief")).toBeVisible();
  await expect(advisor.getByText(`Wij hebben ${LAWYER} al over u verteld. Dat mocht van u.`)).toBeVisible();
  await advisor.getByRole("link", { name: "English" }).click();
  await expectHeading(advisor, "Referral note");
  await expect(advisor.getByRole("heading", { name: "Please bring" })).toBeVisible();
  await expect(advisor.getByText("Kerkstraat 21, Hengelo")).toBeVisible();

  await advisor.goto(dossierUrl);
  await openDossierForm(advisor, "Verwijzing");
  await referrals.getByRole("button", { name: "Zet op: Aangenomen" }).click();
  await expect(referrals.getByText("Status: Aangenomen")).toBeVisible();
  await expect(referrals.getByRole("button", { name: "Zet op: Afgerond" })).toBeVisible();

  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  expect((await host.goto(noteUrl))?.status()).toBe(403);
});

test("feedback owed to referrers: the advisor sees their clients, the coordinator only counts per partner", async ({
  browser,
}) => {
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/terugkoppeling");
  await expectHeading(advisor, "Terugkoppeling aan verwijzers");
  const nothingOwed = (page: typeof advisor) => page.getByText("Er staat geen terugkoppeling open.");
  await expect(advisor.getByRole("columnheader", { name: "Cliënt" }).or(nothingOwed(advisor))).toBeVisible();

  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.goto("/terugkoppeling");
  await expectHeading(coordinator, "Terugkoppeling aan verwijzers");
  await expect(coordinator.getByRole("columnheader", { name: "Aantal" }).or(nothingOwed(coordinator))).toBeVisible();
  await expect(coordinator.getByRole("columnheader", { name: "Cliënt" })).toHaveCount(0);
  await expect(coordinator.locator('main a[href^="/dossiers/"]')).toHaveCount(0);

  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  expect((await host.goto("/terugkoppeling"))?.status()).toBe(403);
});
