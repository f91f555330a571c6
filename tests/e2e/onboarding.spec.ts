import type { Page } from "@playwright/test";
import { mailsTo } from "./mail";
import { expect, expectHeading, logIn, rememberSecret, test } from "./support";
import { runSetup } from "./setup-support";

const PASSWORD = "koffie bij de leestafel om tien";

test("npm run setup, then the first admin opens the link, chooses a password and logs in; the link then no longer works", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const adminEmail = `beheer-${suffix}@nieuw.example`;
  const { linkPath } = await runSetup({
    organisation: `Bibliotheek Nieuwstad ${suffix}`,
    municipality: "Nieuwstad",
    adminEmail,
    adminName: "Anna de Vries",
  });
  rememberSecret(PASSWORD);

  await page.goto(linkPath);
  await expectHeading(page, "Welkom, Anna de Vries");
  await expect(page.getByText(adminEmail)).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(`${PASSWORD}!`);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByLabel("Typ het wachtwoord nog een keer")).toHaveAccessibleDescription(
    /De twee wachtwoorden zijn niet hetzelfde/,
  );
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/login\?wachtwoord=ingesteld$/);
  await expect(page.getByRole("status")).toHaveText("Je wachtwoord is opgeslagen. Log nu in.");

  await logIn(page, adminEmail, PASSWORD, { expectSuccess: true });
  await expectHeading(page, "Beheer");

  await page.goto(linkPath);
  await expectHeading(page, "Deze link werkt niet meer");
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("the link's form posts, refuses a short password in place and then stores the password", async ({ page }) => {
    const suffix = Date.now().toString(36);
    const { linkPath } = await runSetup({
      organisation: `Bibliotheek Zonderscript ${suffix}`,
      municipality: "Nieuwstad",
      adminEmail: `beheer-${suffix}@zonderscript.example`,
      adminName: "Bram Jansen",
    });
    rememberSecret(PASSWORD);
    await page.goto(linkPath);
    await page.getByLabel("Nieuw wachtwoord").fill("kort");
    await page.getByLabel("Typ het wachtwoord nog een keer").fill("kort");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByLabel("Nieuw wachtwoord")).toHaveAccessibleDescription(/minstens 12 tekens/);
    await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
    await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("Je wachtwoord is opgeslagen. Log nu in.");
  });
});

/** Fills the invite form on the users page; answers the link the page shows to copy. */
async function invite(
  admin: Page,
  person: { name: string; email: string; roles: RegExp[]; kind?: string; supervisor?: string; home?: string },
) {
  const form = admin.getByRole("region", { name: "Iemand uitnodigen" });
  await form.getByLabel("Naam", { exact: true }).fill(person.name);
  await form.getByLabel("E-mailadres").fill(person.email);
  for (const role of person.roles) await form.getByRole("checkbox", { name: role }).check();
  if (person.kind) await form.getByLabel("Soort adviseur").selectOption({ label: person.kind });
  if (person.supervisor) await form.getByLabel("Begeleider").selectOption({ label: person.supervisor });
  if (person.home) await form.getByLabel("Vaste locatie").selectOption({ label: person.home });
  await form.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(form.getByRole("status")).toContainText(`${person.name} is uitgenodigd.`);
  await expect(form.getByRole("status")).toContainText(`De link is ook per e-mail naar ${person.email} gestuurd.`);
  return form.getByLabel("Uitnodigingslink").inputValue();
}

/** The invited person opens the mailed link on their own device and chooses a password. */
async function acceptInvitation(page: Page, email: string, shownLink: string) {
  await expect.poll(() => mailsTo(email).length).toBe(1);
  const mailed = /https?:\/\/\S+\/wachtwoord\/[A-Za-z0-9_-]{43}/.exec(mailsTo(email)[0].text)?.[0];
  expect(mailed).toBe(shownLink);
  await page.goto(new URL(mailed!).pathname);
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Je wachtwoord is opgeslagen. Log nu in.");
  await logIn(page, email, PASSWORD, { expectSuccess: true });
}

test("a new library: setup, its first location and room, and four invited colleagues who each log in", async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const adminEmail = `beheer-${suffix}@start.example`;
  const { linkPath } = await runSetup({
    organisation: `Bibliotheek Startstad ${suffix}`,
    municipality: "Startstad",
    adminEmail,
    adminName: "Anna de Vries",
  });
  rememberSecret(PASSWORD);
  await admin.goto(linkPath);
  await admin.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await admin.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await admin.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await logIn(admin, adminEmail, PASSWORD, { expectSuccess: true });

  const location = `Bibliotheek Startstad ${suffix}`;
  await admin.getByRole("link", { name: "Locaties", exact: true }).click();
  await expect(admin.getByText("Er zijn nog geen locaties.")).toBeVisible();
  const form = admin.getByRole("region", { name: "Nieuwe locatie" });
  await form.getByLabel("Naam", { exact: true }).fill(location);
  await form.getByLabel("Webadres van de openbare pagina").fill(`startstad-${suffix}`);
  await form.getByLabel("Straat en huisnummer").fill("Stationsplein 1");
  await form.getByLabel("Postcode").fill("1234 AB");
  await form.getByLabel("Plaats").fill("Startstad");
  await form.getByRole("button", { name: "Locatie aanmaken" }).click();
  await expectHeading(admin, location);
  await admin.getByLabel("Naam van de ruimte").last().fill("Spreekkamer 1");
  await admin.getByRole("button", { name: "Ruimte toevoegen" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Ruimte Spreekkamer 1 is toegevoegd." })).toBeVisible();

  await admin.getByRole("link", { name: "Gebruikers", exact: true }).click();
  const people = {
    host: { name: "Henk Gastheer", email: `gastheer-${suffix}@start.example`, roles: [/^Gastvrouw of gastheer/] },
    professional: {
      name: "Petra Professional",
      email: `petra-${suffix}@start.example`,
      roles: [/^Adviseur/],
      kind: "Professional",
    },
  };
  const hostLink = await invite(admin, { ...people.host, home: location });
  const professionalLink = await invite(admin, people.professional);
  // The professional is in the supervisor list once the page is read again.
  await admin.reload();
  const volunteer = {
    name: "Vera Vrijwilliger",
    email: `vera-${suffix}@start.example`,
    roles: [/^Adviseur/],
    kind: "Vrijwilliger",
    supervisor: "Petra Professional",
  };
  const volunteerLink = await invite(admin, volunteer);
  // In a small place one person advises and coordinates: two roles, chosen together.
  const advisingCoordinator = {
    name: "Cor Combinatie",
    email: `cor-${suffix}@start.example`,
    roles: [/^Adviseur/, /^Coördinator/],
    kind: "Professional",
  };
  const advisingCoordinatorLink = await invite(admin, advisingCoordinator);
  await expect(
    admin.getByRole("row").filter({ has: admin.getByRole("link", { name: "Cor Combinatie wijzigen" }) }),
  ).toContainText("Adviseur (Professional) en Coördinator");
  // By her own link: other rows name her too, in their successor choice.
  const veraRow = () =>
    admin.getByRole("row").filter({ has: admin.getByRole("link", { name: "Vera Vrijwilliger wijzigen" }) });
  await expect(veraRow()).toContainText("Uitgenodigd, nog geen wachtwoord");

  for (const [email, link, home] of [
    [people.host.email, hostLink, "Balie vandaag"],
    [people.professional.email, professionalLink, "Mijn dossiers"],
    [volunteer.email, volunteerLink, "Mijn dossiers"],
  ] as const) {
    const page = await (await browser.newContext()).newPage();
    await acceptInvitation(page, email, link);
    await expectHeading(page, home);
    await page.context().close();
  }

  // The advisor who coordinates lands on her dossiers, has the coordinator's pages beside them,
  // and plans the library's first consultation hour with its advisors.
  const cor = await (await browser.newContext()).newPage();
  await acceptInvitation(cor, advisingCoordinator.email, advisingCoordinatorLink);
  await expectHeading(cor, "Mijn dossiers");
  const menu = cor.getByRole("navigation", { name: "Hoofdmenu" });
  for (const item of ["Mijn dossiers", "Mijn nazorg", "Rapportages", "Rooster", "Adviseurs"])
    await expect(menu.getByRole("link", { name: item, exact: true })).toBeVisible();
  await menu.getByRole("link", { name: "Rooster", exact: true }).click();
  await cor.getByText("Nieuw vast spreekuur").click();
  const newHour = cor.locator("details").filter({ hasText: "Nieuw vast spreekuur" });
  await newHour.getByLabel("Adviseurs tegelijk").fill("2");
  await newHour.getByRole("checkbox", { name: "Petra Professional" }).check();
  await newHour.getByRole("checkbox", { name: "Cor Combinatie" }).check();
  await newHour.getByRole("button", { name: "Voeg het vaste spreekuur toe" }).click();
  await expect(cor.getByRole("status").filter({ hasText: "Het vaste spreekuur is toegevoegd." })).toBeVisible();
  const planning = cor.getByRole("region", { name: "Spreekuren vooruit plannen" });
  await planning.getByLabel("Aantal weken (1 tot 52)").fill("2");
  await planning.getByRole("button", { name: "Plan de spreekuren" }).click();
  await expect(planning.getByRole("status")).toHaveText(
    /^Klaar\. Er zijn [1-9]\d* spreekuren en [1-9]\d* tijden bijgekomen\.$/,
  );
  await menu.getByRole("link", { name: "Rapportages", exact: true }).click();
  await expectHeading(cor, "Rapportages");
  await cor.context().close();

  // The host's first task: a client on the phone gets the library's first half hour.
  const host = await (await browser.newContext()).newPage();
  await logIn(host, people.host.email, PASSWORD, { expectSuccess: true });
  await expectHeading(host, "Balie vandaag");
  await host.getByRole("link", { name: "Afspraak maken" }).click();
  await expectHeading(host, "Afspraak maken");
  await host.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill("F. de Eerste");
  await host.getByRole("radio", { name: "Weet ik niet" }).check();
  const times = host.getByLabel("Tijd", { exact: true });
  const offered = await times.locator("option").allTextContents();
  expect(offered.length).toBeGreaterThan(0);
  await times.selectOption({ label: offered[0] });
  await host.getByRole("button", { name: "Afspraak maken" }).click();
  await expectHeading(host, "Uw afspraak");
  await expect(host.getByText(location).first()).toBeVisible();
  await host.context().close();

  await admin.reload();
  await expect(veraRow()).not.toContainText("Uitgenodigd");
});
