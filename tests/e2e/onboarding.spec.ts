import type { Browser, Page } from "@playwright/test";
import { clock } from "../../lib/clock";
import { addCalendarDays, amsterdamDay, formatLongDate, formatTime } from "../../lib/dates";
import { mailsTo } from "./mail";
import {
  DEMO,
  expect,
  expectHeading,
  expectLoginError,
  logIn,
  registerNewWalkIn,
  rememberSecret,
  test,
} from "./support";
import { runSetup, startFreshInstall } from "./setup-support";

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

test("a new library on an empty database: npm start, setup, its first location and room, and four invited colleagues who each do a first task", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const install = await startFreshInstall();
  try {
    await startALibrary(install, browser);
  } finally {
    await install.stop();
  }
});

async function startALibrary(install: Awaited<ReturnType<typeof startFreshInstall>>, browser: Browser) {
  const inTheLibrary = () => browser.newContext({ baseURL: install.baseURL });
  // npm start on the library's own database loaded no demo data: the demo's host is nobody here.
  const before = await (await inTheLibrary()).newPage();
  await logIn(before, DEMO.host, undefined, { expectSuccess: false });
  await expectLoginError(before, "Het e-mailadres of het wachtwoord klopt niet.");
  await before.context().close();

  const suffix = Date.now().toString(36);
  const adminEmail = `beheer-${suffix}@start.example`;
  const { linkPath } = await runSetup(
    {
      organisation: `Bibliotheek Startstad ${suffix}`,
      municipality: "Startstad",
      adminEmail,
      adminName: "Anna de Vries",
    },
    install,
  );
  const admin = await (await inTheLibrary()).newPage();
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

  const signedIn: Record<"host" | "professional" | "volunteer", Page> = {} as never;
  for (const [who, email, link, home] of [
    ["host", people.host.email, hostLink, "Balie vandaag"],
    ["professional", people.professional.email, professionalLink, "Mijn dossiers"],
    ["volunteer", volunteer.email, volunteerLink, "Mijn dossiers"],
  ] as const) {
    const page = await (await inTheLibrary()).newPage();
    await acceptInvitation(page, email, link);
    await expectHeading(page, home);
    signedIn[who] = page;
  }

  // The advisor who coordinates lands on her dossiers, has the coordinator's pages beside them,
  // and plans the library's regular consultation hour (from tomorrow's weekday on, so it never
  // meets the hour of today below) with its advisors.
  const cor = await (await inTheLibrary()).newPage();
  await acceptInvitation(cor, advisingCoordinator.email, advisingCoordinatorLink);
  await expectHeading(cor, "Mijn dossiers");
  const menu = cor.getByRole("navigation", { name: "Hoofdmenu" });
  for (const item of ["Mijn dossiers", "Mijn nazorg", "Rapportages", "Rooster", "Adviseurs"])
    await expect(menu.getByRole("link", { name: item, exact: true })).toBeVisible();
  await menu.getByRole("link", { name: "Rooster", exact: true }).click();
  await cor.getByText("Nieuw vast spreekuur").click();
  const newHour = cor.locator("details").filter({ hasText: "Nieuw vast spreekuur" });
  const opening = clock.now();
  const today = amsterdamDay(opening);
  const tomorrowsWeekday = new Date(`${addCalendarDays(today, 1)}T12:00:00Z`).getUTCDay() || 7;
  await newHour.getByLabel("Dag", { exact: true }).selectOption(String(tomorrowsWeekday));
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

  // The library opens today: an hour that has already begun (whatever the suite's clock says,
  // up to midnight), with the professional and the volunteer on it.
  const now = formatTime(opening);
  const start = `${now.slice(0, 3)}${now.slice(3) < "30" ? "00" : "30"}`;
  const endMinute = Number(start.slice(0, 2)) * 60 + Number(start.slice(3)) + 60;
  const end =
    endMinute >= 24 * 60
      ? "00:00"
      : `${String(Math.floor(endMinute / 60)).padStart(2, "0")}:${String(endMinute % 60).padStart(2, "0")}`;
  const extra = cor.getByRole("region", { name: "Extra spreekuur toevoegen" });
  await extra.getByLabel("Datum").fill(today);
  await extra.getByLabel("Begintijd").fill(start);
  await extra.getByLabel("Eindtijd").fill(end);
  await extra.getByLabel("Adviseurs tegelijk").fill("2");
  await extra.getByRole("button", { name: "Voeg het spreekuur toe" }).click();
  await expect(extra.getByRole("status")).toHaveText("Het extra spreekuur staat in het rooster.");
  await cor.reload();
  // By its day too: the weekly hour above starts at 10:00 tomorrow, and so may today's.
  const todaysHour = cor.getByRole("article", { name: new RegExp(`^${formatLongDate(opening)}, ${start}–`) });
  for (const [count, advisor] of ["Petra Professional (Professional)", "Vera Vrijwilliger (Vrijwilliger)"].entries()) {
    const choice = todaysHour.getByLabel("Adviseur", { exact: true });
    // The form stays open after the first advisor is added.
    if (!(await choice.isVisible())) await todaysHour.getByText("Adviseur erbij zetten of vervanger inzetten").click();
    await choice.selectOption({ label: advisor });
    await todaysHour.getByRole("button", { name: "Zet op het spreekuur" }).click();
    await expect(todaysHour).toContainText(`${count + 1} van 2 adviseurs`);
  }
  await expect(todaysHour.getByRole("listitem")).toHaveText([/^Petra Professional/, /^Vera Vrijwilliger/]);

  // The host's first task: two walk-ins, one for each advisor.
  const { host, professional, volunteer: vera } = signedIn;
  const clients = { professional: `F. de Eerste ${suffix}`, volunteer: `G. de Tweede ${suffix}` };
  await host.reload();
  await registerNewWalkIn(host, clients.professional, "Belastingrecht");
  await expect(host.getByRole("status").filter({ hasText: clients.professional })).toContainText(
    "bij Petra Professional",
  );
  await registerNewWalkIn(host, clients.volunteer, "Sociale zekerheid");
  await expect(host.getByRole("status").filter({ hasText: clients.volunteer })).toContainText("bij Vera Vrijwilliger");

  // Each advisor's first task: the conversation, and a dossier opened with the client's consent.
  for (const [advisor, client, question] of [
    [professional, clients.professional, "Aanslag inkomstenbelasting klopt niet."],
    [vera, clients.volunteer, "Brief van de gemeente over bijstand niet begrepen."],
  ] as const) {
    await advisor.goto("/balie");
    await advisor.getByRole("button", { name: `Start gesprek: ${client}` }).click();
    await advisor.getByRole("link", { name: `Dossier openen: ${client}` }).click();
    await expectHeading(advisor, "Dossier openen");
    await advisor.getByLabel("Wat is de vraag van de cliënt?").fill(question);
    await advisor.getByRole("checkbox", { name: /toestemming/ }).check();
    await advisor.getByRole("button", { name: "Dossier openen" }).click();
    await expectHeading(advisor, `Dossier: ${client}`);
  }

  // The coordinator's first task: today's figures, which count both dossiers (small numbers as
  // "<5", so no client can be recognised in them).
  await menu.getByRole("link", { name: "Rapportages", exact: true }).click();
  await expectHeading(cor, "Rapportages");
  await cor.getByRole("link", { name: /Monitoringcijfers/ }).click();
  await cor.getByLabel("Van", { exact: true }).fill(today);
  await cor.getByLabel("Tot en met", { exact: true }).fill(today);
  await cor.getByRole("button", { name: "Toon de cijfers" }).click();
  const domains = cor.getByRole("table", { name: "Rechtsgebieden", exact: true });
  for (const domain of ["Belastingrecht", "Sociale zekerheid", "Totaal"])
    await expect(
      domains
        .getByRole("row", { name: new RegExp(`^${domain}`) })
        .locator("td")
        .first(),
    ).toHaveText("<5");

  // And a client on the phone gets an appointment at the library.
  await host.getByRole("link", { name: "Afspraak maken" }).click();
  await expectHeading(host, "Afspraak maken");
  await host.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill("H. de Derde");
  await host.getByRole("radio", { name: "Weet ik niet" }).check();
  const times = host.getByLabel("Tijd", { exact: true });
  // The last time offered, in the weekly hour two weeks ahead: the first may be today's next half
  // hour, which can begin between showing the form and sending it, whatever the suite's clock says.
  const offered = await times.locator("option").allTextContents();
  expect(offered.length).toBeGreaterThan(0);
  await times.selectOption({ label: offered.at(-1)! });
  await host.getByRole("button", { name: "Afspraak maken" }).click();
  await expectHeading(host, "Uw afspraak");
  await expect(host.getByText(location).first()).toBeVisible();
  for (const page of [host, professional, vera, cor]) await page.context().close();

  await admin.reload();
  await expect(veraRow()).not.toContainText("Uitgenodigd");
  await admin.context().close();
}
