import {
  DEMO,
  dossierTimeline,
  openDossierForm,
  expect,
  expectHeading,
  expectRegistered,
  logIn,
  openDossierFromNewWalkIn,
  rememberSecret,
  test,
} from "./support";

test("a client comes back about the same letter: the host sees the open dossier and its advisor, the visit joins it and the advisor lands in it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `E2E Terug ${Date.now().toString(36)}`;
  rememberSecret(name);
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, {
    name,
    category: "Sociale zekerheid",
    question: "Naheffing eigen bijdrage van het CAK, beslag op de uitkering.",
  });
  await expectHeading(advisor, `Dossier: ${name}`);
  const dossierUrl = advisor.url();

  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie");
  await host.getByRole("button", { name: "Nieuwe inloop" }).click();
  await host.getByLabel("Zoek een cliënt die eerder kwam").fill(name);
  const match = host.getByRole("list", { name: "Gevonden cliënten" }).getByRole("listitem").filter({ hasText: name });
  await expect(match).toContainText(/Open dossier bij .+, sinds \d+ \w+\.? \d{4}/);
  // The host learns with whom, never what about.
  await expect(match).not.toContainText("CAK");
  await match.getByRole("button", { name: `Kies ${name}` }).click();
  const visitFor = host.getByRole("group", { name: "Waarvoor komt de cliënt?" });
  await expect(visitFor.getByRole("radio", { name: /Open dossier bij/ })).toBeChecked();
  await expect(visitFor.getByRole("radio", { name: "Een nieuwe vraag" })).not.toBeChecked();
  await host.getByRole("radio", { name: "Sociale zekerheid" }).check();
  await host.getByRole("button", { name: "Inschrijven" }).click();
  await expectRegistered(
    host,
    name,
    new RegExp(`${name} is ingeschreven: \\d\\d:\\d\\d bij .+\\. Het bezoek hoort bij het open dossier\\.`),
  );

  await advisor.goto("/balie");
  await advisor.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  await expect(advisor).toHaveURL(dossierUrl);
  await expectHeading(advisor, `Dossier: ${name}`);
  const visits = dossierTimeline(advisor).getByRole("listitem").filter({ hasText: "Bezoek:" });
  await expect(visits).toHaveCount(2);

  // Later the client phones: recorded in the dossier, without a consultation hour.
  const contacts = await openDossierForm(advisor, "Contact");
  await expect(contacts).toHaveAccessibleName("Contact buiten het spreekuur");
  await contacts.getByRole("radio", { name: "Telefoon" }).check();
  await contacts.getByLabel("Hoeveel minuten duurde het?").fill("10");
  await contacts.getByLabel(/Wat is besproken/).fill("Aanmaning ontvangen; kopie gevraagd voor het dossier.");
  await contacts.getByRole("button", { name: "Contact vastleggen" }).click();
  await expect(dossierTimeline(advisor).getByRole("listitem").first()).toContainText(
    /Telefoon · 10 minuten.*Aanmaning ontvangen/,
  );

  // The next time the host registers the visit as a new question; the advisor sees it is the same
  // letter and adds the conversation to the open dossier instead of opening a second one.
  await host.getByLabel("Zoek een cliënt die eerder kwam").fill(name);
  await host.getByRole("button", { name: `Kies ${name}` }).click();
  await host.getByRole("radio", { name: "Een nieuwe vraag" }).check();
  await host.getByRole("radio", { name: "Sociale zekerheid" }).check();
  await host.getByRole("button", { name: "Inschrijven" }).click();
  await expectRegistered(host, name);
  await expect(host.getByRole("status")).not.toContainText("open dossier");

  await advisor.goto("/balie");
  await advisor.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  await advisor.getByRole("link", { name: `Dossier openen: ${name}` }).click();
  await expectHeading(advisor, "Dossier openen");
  await expect(advisor.getByRole("heading", { name: "Deze cliënt heeft al een open dossier" })).toBeVisible();
  await advisor.getByRole("button", { name: /^Bezoek toevoegen aan dit dossier/ }).click();
  await expect(advisor).toHaveURL(dossierUrl);
  await expect(visits).toHaveCount(3);
});

test("the desk points out a client registered before; a second record made anyway is merged from the dossier", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const name = `E2E Dubbel ${Date.now().toString(36)}`;
  rememberSecret(name);
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  const register = async (confirm: boolean) => {
    if (!(await advisor.locator("#inloop-formulier").isVisible()))
      await advisor.getByRole("button", { name: "Nieuwe inloop" }).click();
    await advisor.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(name);
    const more = advisor.locator("#inloop-formulier details").filter({ hasText: "Meer gegevens" });
    if ((await more.getAttribute("open")) === null) await more.locator("summary").click();
    await advisor.getByLabel("Geboortejaar").fill("1958");
    await advisor.getByRole("radio", { name: "Sociale zekerheid" }).check();
    if (confirm) await advisor.getByRole("checkbox", { name: /Dit is echt een andere persoon/ }).check();
    await advisor.getByRole("button", { name: "Inschrijven" }).click();
  };
  await register(false);
  await expect(advisor.getByRole("status").filter({ hasText: `${name} is ingeschreven` })).toBeVisible();

  // The same name and birth year again: probably the same person.
  await register(false);
  await expect(advisor.locator("#inloop-formulier").getByRole("alert")).toContainText(
    "Deze cliënt is misschien al eerder gekomen",
  );
  // The advisor knows better this time (in the test), and registers a second record anyway.
  await register(true);
  await expect(advisor.getByRole("status").filter({ hasText: `${name} is ingeschreven` })).toBeVisible();

  await advisor
    .getByRole("button", { name: `Start gesprek: ${name}` })
    .first()
    .click();
  await advisor.getByRole("link", { name: `Dossier openen: ${name}` }).click();
  await advisor.getByLabel("Wat is de vraag van de cliënt?").fill("Brief van de SVB over de AOW.");
  await advisor.getByRole("checkbox", { name: /toestemming/ }).check();
  await advisor.getByRole("button", { name: "Dossier openen" }).click();
  await expectHeading(advisor, `Dossier: ${name}`);

  const twice = await openDossierForm(advisor, "Dubbel ingeschreven?");
  await expect(twice).toHaveAccessibleName("Misschien dubbel ingeschreven");
  await expect(twice.getByRole("listitem")).toHaveCount(1);
  await expect(twice).toContainText(`${name}, geboren 1958, ingeschreven op`);
  const merge = twice.getByRole("form", { name: new RegExp(`^Samenvoegen met ${name}`) });
  await merge.getByLabel("Typ SAMENVOEGEN om te bevestigen").fill("samenvoegen");
  await merge.getByRole("button", { name: "Voeg samen met deze cliënt" }).click();
  await expect(advisor.getByRole("status").filter({ hasText: "samengevoegd" })).toHaveText(
    "De twee inschrijvingen zijn samengevoegd. Alle bezoeken, dossiers, toestemmingen en verwijzingen staan nu bij deze cliënt.",
  );
  await expect(twice).toHaveCount(0);
  await advisor.context().close();
});
