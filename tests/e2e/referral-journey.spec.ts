import { DEMO, expect, expectHeading, expectRegistered, logIn, openDossierForm, test } from "./support";

const NEIGHBOURHOOD_TEAM = "Sociaal wijkteam Hengelo";
const LAWYER = "Advocatenkantoor Esrink & Wolters";

// Issue 5's whole journey across three people: in through the neighbourhood team, out to a lawyer,
// aftercare with its minutes, and the coordinator's view of the social map and feedback owed.
test("from the neighbourhood team to a lawyer: referral note, aftercare of 45 minutes, feedback owed", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const name = `E2E Reis ${Date.now().toString(36)}`;

  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  await host.getByRole("button", { name: "Nieuwe inloop" }).click();
  await host.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
  await host.getByRole("radio", { name: "Personen- en familierecht" }).check();
  await host.getByLabel("Wie stuurde de cliënt?").selectOption({ label: NEIGHBOURHOOD_TEAM });
  await host.getByRole("button", { name: "Inschrijven" }).click();
  await expectRegistered(host, name);

  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await advisor.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  await advisor.getByRole("link", { name: `Dossier openen: ${name}` }).click();
  await advisor
    .getByLabel("Wat is de vraag van de cliënt?")
    .fill("Ex-partner betaalt de alimentatie niet meer; wil naar de rechter.");
  await advisor.getByRole("checkbox", { name: /toestemming/ }).check();
  await advisor.getByRole("button", { name: "Dossier openen" }).click();
  await expectHeading(advisor, `Dossier: ${name}`);

  // The referrer the host recorded shows in the dossier; the client agrees to feedback.
  const referrals = await openDossierForm(advisor, "Verwijzing");
  await expect(referrals.getByRole("listitem").filter({ hasText: NEIGHBOURHOOD_TEAM })).toContainText(
    "Geen terugkoppeling afgesproken.",
  );
  await referrals
    .getByRole("checkbox", { name: `De cliënt vindt het goed dat wij ${NEIGHBOURHOOD_TEAM} laten weten hoe het ging.` })
    .check();
  await referrals.getByRole("button", { name: "Terugkoppeling afspreken" }).click();
  await expect(
    referrals.getByText(/Terugkoppeling afgesproken \(toestemming van .*\), nog niet gegeven\./),
  ).toBeVisible();

  // Out to a lawyer, warm, with recorded consent; the printable note.
  await referrals.getByLabel("Partner", { exact: true }).selectOption({ label: LAWYER });
  await referrals
    .getByLabel("Waarvoor gaat de cliënt naar deze partner?")
    .fill("Alimentatie: procedure bij de rechter, advocaat nodig.");
  await referrals.getByRole("radio", { name: /Warme overdracht/ }).check();
  await referrals.getByLabel(/Welke gegevens mogen we delen/).fill("De vraag en de beschikking alimentatie");
  await referrals
    .getByRole("checkbox", { name: "De cliënt geeft toestemming om deze gegevens aan de partner door te geven." })
    .check();
  await referrals.getByRole("button", { name: "Doorverwijzen" }).click();
  await expect(referrals.getByText(`${LAWYER} · Warme overdracht`)).toBeVisible();
  await referrals.getByRole("link", { name: `Verwijsbrief afdrukken voor ${LAWYER}` }).click();
  await expectHeading(advisor, "Verwijsbrief");
  await expect(advisor.getByText("Kerkstraat 21, Hengelo")).toBeVisible();
  await advisor.goBack();

  // Aftercare, done with 45 minutes.
  const aftercare = await openDossierForm(advisor, "Nazorg");
  await aftercare.getByLabel("Wat moet er gebeuren?").fill("Advocaat bellen over de toevoeging");
  await aftercare.getByRole("button", { name: "Taak toevoegen" }).click();
  await expect(aftercare.getByRole("status")).toHaveText("Taak toegevoegd: Advocaat bellen over de toevoeging.");
  await advisor.goto("/nazorg");
  const task = advisor.getByRole("listitem").filter({ has: advisor.getByRole("link", { name: `Dossier: ${name}` }) });
  await task.getByLabel(/Minuten besteed/).fill("45");
  await task.getByRole("button", { name: /Afronden/ }).click();
  await expect(advisor.getByRole("status")).toHaveText(
    "Afgerond: Advocaat bellen over de toevoeging. 45 minuten nazorg geschreven.",
  );

  // The coordinator: the lawyer on the social map, and feedback still owed to the neighbourhood team.
  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.goto("/sociale-kaart?zoek=Esrink");
  await expect(coordinator.getByText(LAWYER)).toBeVisible();
  await coordinator.goto("/terugkoppeling");
  const owed = coordinator.getByRole("row").filter({ hasText: NEIGHBOURHOOD_TEAM });
  await expect(owed).toBeVisible();
  await expect(coordinator.getByText(name)).toHaveCount(0);
});
