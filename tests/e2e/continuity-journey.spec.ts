import type { Locator, Page } from "@playwright/test";
import {
  DEMO,
  dossierTimeline,
  expect,
  expectHeading,
  expectRegistered,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  rememberSecret,
  summaryFact,
  test,
} from "./support";
import { clock } from "../../lib/clock";

// Issue 20's acceptance journey, in one test: a client comes back about the same CAK letter and is
// carried across visits by a volunteer and the professional who supervises him; the reports show
// the work. Other tests run beside this one, so every report figure is compared with itself
// before the work (at least so much more), never with a fixed number.

const VOLUNTEER = "Henk Kamphorst";
const SUPERVISOR = "Marloes Lansink";

/** An Amsterdam calendar day, `offset` days from the suite's clock. */
const amsterdamDay = (offset: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(clock.nowMs() + offset * 86_400_000),
  );
const PERIOD = `van=${amsterdamDay(-365)}&tot=${amsterdamDay(1)}`;

/** "1.234" → 1234; "3,5" → 3.5. */
const dutchNumber = (text: string) => Number(text.trim().replaceAll(".", "").replace(",", "."));

/** The volunteer's hours this week, per kind of work, as the coordinator's report shows them. */
async function volunteerHours(coordinator: Page) {
  await coordinator.goto("/rapportages/uren");
  const table = coordinator.getByRole("table", { name: /^Uren per persoon/ });
  // By the columns' names: a column added or moved must not make this read another number.
  const columns = (await table.getByRole("columnheader").allTextContents()).slice(1);
  const row = table
    .getByRole("row")
    .filter({ has: coordinator.getByRole("rowheader", { name: new RegExp(VOLUNTEER) }) });
  const cells = (await row.getByRole("cell").allTextContents()).map(dutchNumber);
  const column = (name: string) => cells[columns.indexOf(name)];
  return { aftercare: column("Nazorg"), total: column("Totaal") };
}

/** How many mediations and payment arrangements the monitoring figures count in the period. */
async function monitoredActions(coordinator: Page) {
  await coordinator.goto(`/rapportages/cijfers?${PERIOD}`);
  const table = coordinator.getByRole("table", { name: "Acties", exact: true });
  const count = async (label: string) =>
    dutchNumber(
      await table
        .getByRole("row", { name: new RegExp(`^${label}`) })
        .getByRole("cell")
        .first()
        .innerText(),
    );
  return { mediation: await count("Bemiddeling"), arrangement: await count("Betalingsregeling") };
}

/** "1:05" → 65. */
const clockMinutes = (text: string) => {
  const [hours, minutes] = text.trim().split(":").map(Number);
  return hours * 60 + minutes;
};

async function minutesIn(row: Locator) {
  const cells = await row.getByRole("cell").allTextContents();
  return clockMinutes(cells.find((cell) => /^\d+:\d\d$/.test(cell.trim()))!);
}

test("a client is carried across visits: linked at the desk, work recorded, a volunteer's letter reviewed, handed over, closed and reopened, and the reports show it", async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const name = `E2E Continuiteit ${Date.now().toString(36)}`;
  rememberSecret(name);
  // A benefit no other case has, so the cost-benefit row of this case can be found without a name:
  // neither the demo nor another spec records odd cents like these.
  const benefitEuros = 1000 + (Date.now() % 8000);
  const benefitAmount = `${benefitEuros},37`;
  const benefitText = `€ ${benefitEuros.toLocaleString("nl-NL")},37`;

  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, DEMO.coordinator);
  const hoursBefore = await volunteerHours(coordinator);
  const actionsBefore = await monitoredActions(coordinator);

  // First visit: the volunteer opens a dossier about the CAK's letter, with the CAK as other party.
  const volunteer = await (await browser.newContext()).newPage();
  await logIn(volunteer, DEMO.volunteer);
  await volunteer.goto("/balie");
  await openDossierFromNewWalkIn(volunteer, {
    name,
    category: "Sociale zekerheid",
    question: "Naheffing eigen bijdrage Wmo van het CAK; de cliënt had toen geen hulp.",
  });
  const dossierUrl = new URL(volunteer.url()).pathname;
  const otherParty = await openDossierForm(volunteer, "Wederpartij");
  await otherParty.getByLabel("Met wie is het probleem?").selectOption({ label: "CAK" });
  await otherParty.getByRole("button", { name: "Opslaan" }).click();
  await expect(summaryFact(volunteer, "Wederpartij")).toHaveText("CAK");
  await volunteer.goto("/balie");
  await volunteer.getByRole("button", { name: `Gesprek klaar: ${name}` }).click();
  await expect(volunteer.getByRole("button", { name: `Gesprek klaar: ${name}` })).toHaveCount(0);

  // The client comes back: the host sees the open dossier and with whom, never what about.
  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie");
  await host.getByRole("button", { name: "Nieuwe inloop" }).click();
  await host.getByLabel("Zoek een cliënt die eerder kwam").fill(name);
  const match = host.getByRole("list", { name: "Gevonden cliënten" }).getByRole("listitem").filter({ hasText: name });
  await expect(match).toContainText(`Open dossier bij ${VOLUNTEER}`);
  await expect(match).not.toContainText("CAK");
  await match.getByRole("button", { name: `Kies ${name}` }).click();
  await expect(host.getByRole("radio", { name: /Open dossier bij/ })).toBeChecked();
  await host.getByRole("radio", { name: "Sociale zekerheid" }).check();
  await host.getByRole("button", { name: "Inschrijven" }).click();
  await expectRegistered(host, name, /Het bezoek hoort bij het open dossier\./);
  await host.context().close();

  // The volunteer starts the conversation and lands in the dossier, with both visits in it.
  await volunteer.goto("/balie");
  await volunteer.getByRole("button", { name: `Start gesprek: ${name}` }).click();
  await expect(volunteer).toHaveURL(dossierUrl);
  await expect(dossierTimeline(volunteer).getByRole("listitem").filter({ hasText: "Bezoek:" })).toHaveCount(2);

  // The work of this visit: a mediation and a payment arrangement, with their minutes.
  for (const [kind, minutes] of [
    ["Bemiddeling", "20"],
    ["Betalingsregeling", "15"],
  ]) {
    const form = await openDossierForm(volunteer, "Actie");
    await form.getByLabel("Wat heb je gedaan?").selectOption({ label: kind });
    await form.getByLabel("Hoeveel minuten kostte het?").fill(minutes);
    await form.getByRole("button", { name: "Actie vastleggen" }).click();
    await expect(
      dossierTimeline(volunteer)
        .getByRole("listitem")
        .filter({ hasText: `${kind} · ${minutes} minuten` }),
    ).toBeVisible();
  }

  // A pro-forma objection to the CAK: a draft until the supervisor approves it.
  await volunteer.getByRole("link", { name: "Brief schrijven" }).click();
  await expect(volunteer.getByText(/Jouw brief is een concept tot je begeleider hem goedkeurt/)).toBeVisible();
  await volunteer.getByLabel("Straat en huisnummer").fill("Enschedesestraat 12");
  await volunteer.getByLabel("Postcode en woonplaats").fill("7551ab Hengelo");
  await expect(async () => {
    await volunteer.getByRole("radio", { name: /^Bezwaarschrift/ }).check();
    await volunteer.getByRole("radio", { name: /^Pro-formabezwaar/ }).check();
    await expect(volunteer.getByText(/De instantie moet dan een termijn geven/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(volunteer.getByLabel(/^Naam van de instantie/)).toHaveValue("CAK");
  await volunteer.getByLabel("Datum van het besluit").fill(amsterdamDay(-20));
  await volunteer.getByLabel("Waar gaat het besluit over?").fill("Naheffing eigen bijdrage Wmo");
  await volunteer.getByRole("button", { name: "Brief maken" }).click();
  await expect(volunteer.getByLabel("Tekst van de brief: pas aan wat nodig is")).toHaveValue(
    /artikel 6:6 van de Algemene wet bestuursrecht/,
  );
  await volunteer.getByRole("button", { name: "Opslaan als document" }).click();
  await expect(volunteer.getByRole("status").filter({ hasText: "Opgeslagen als concept" })).toBeVisible();

  // The supervisor returns it once with a comment; the volunteer revises; then it is approved.
  const supervisor = await (await browser.newContext()).newPage();
  await logIn(supervisor, DEMO.advisor);
  await supervisor.goto("/te-beoordelen");
  const letter = supervisor.getByRole("article", { name: new RegExp(`– ${name}$`) });
  await letter.getByLabel("Wat moet er anders?").fill("Vraag om vier weken om de gronden te sturen.");
  await letter.getByRole("button", { name: "Teruggeven" }).click();
  await expect(letter).toHaveCount(0);
  await volunteer.goto("/te-beoordelen");
  const mine = volunteer.getByRole("article", { name: new RegExp(`– ${name}$`) });
  await expect(mine).toContainText("Vraag om vier weken om de gronden te sturen.");
  const revised = mine.getByLabel("De brief, aangepast");
  await revised.fill(`${await revised.inputValue()}\n\nIk vraag u mij vier weken te geven voor de gronden.`);
  await mine.getByRole("button", { name: "Opnieuw ter beoordeling sturen" }).click();
  await expect(mine).toContainText("Wacht op beoordeling");
  await supervisor.reload();
  await expect(letter).toContainText("vier weken te geven voor de gronden");
  await letter.getByRole("button", { name: /^Goedkeuren/ }).click();
  await expect(letter).toHaveCount(0);
  await volunteer.goto(dossierUrl);
  const document = dossierTimeline(volunteer)
    .getByRole("listitem")
    .filter({ has: volunteer.getByRole("link", { name: /^Pro-formabezwaar CAK .*\.docx/ }) });
  await expect(document).toBeVisible();
  await expect(document).not.toContainText("CONCEPT");

  // The conversation ends; the volunteer hands the dossier to his supervisor with a note.
  await volunteer.goto("/balie");
  await volunteer.getByRole("button", { name: `Gesprek klaar: ${name}` }).click();
  await expect(volunteer.getByRole("button", { name: `Gesprek klaar: ${name}` })).toHaveCount(0);
  await volunteer.goto(dossierUrl);
  const handOver = await openDossierForm(volunteer, "Overdragen");
  await handOver.getByLabel("Nieuwe adviseur", { exact: true }).selectOption({ label: SUPERVISOR });
  await handOver.getByLabel("Overdracht voor de nieuwe adviseur").fill("Pro-formabezwaar is weg; gronden nog sturen.");
  await handOver.getByRole("button", { name: "Draag het dossier over" }).click();
  await expectHeading(volunteer, "Mijn dossiers");
  await volunteer.context().close();

  // The supervisor has it now: records the benefit, closes it as solved.
  await supervisor.goto(dossierUrl);
  await expect(summaryFact(supervisor, "Adviseur")).toContainText(SUPERVISOR);
  await expect(dossierTimeline(supervisor).getByRole("listitem").first()).toContainText(
    `Van ${VOLUNTEER} aan ${SUPERVISOR}`,
  );
  const benefits = await openDossierForm(supervisor, "Baten");
  await benefits.getByLabel("Wat leverde het op?").selectOption({ label: "Inkomensverbetering (dit jaar)" });
  await benefits.getByLabel("Bedrag in euro’s").fill(benefitAmount);
  await benefits.getByLabel("Korte uitleg (zonder namen)").fill("Naheffing CAK ingetrokken");
  await benefits.getByRole("button", { name: "Opbrengst vastleggen" }).click();
  await expect(benefits.getByText(`Inkomensverbetering (dit jaar): ${benefitText} · Cliënt`)).toBeVisible();
  await openDossierForm(supervisor, "Sluiten");
  await supervisor.getByRole("radio", { name: "Opgelost", exact: true }).check();
  await supervisor.getByRole("button", { name: "Dossier sluiten" }).click();
  await expect(summaryFact(supervisor, "Status")).toContainText(/Gesloten op .*: Opgelost/);

  // The reports show the work: the minutes in the hours and in the cost-benefit, the actions counted.
  const hoursAfter = await volunteerHours(coordinator);
  // 35 minutes of actions are aftercare, 0,6 hour; each side is rounded to a tenth.
  expect(hoursAfter.aftercare).toBeGreaterThanOrEqual(hoursBefore.aftercare + 0.5);
  expect(hoursAfter.total).toBeGreaterThanOrEqual(hoursBefore.total + 0.5);
  const actionsAfter = await monitoredActions(coordinator);
  expect(actionsAfter.mediation).toBeGreaterThanOrEqual(actionsBefore.mediation + 1);
  expect(actionsAfter.arrangement).toBeGreaterThanOrEqual(actionsBefore.arrangement + 1);
  await coordinator.goto(`/rapportages/kosten-baten?${PERIOD}`);
  // The total row says the same amount when this is the period's only client benefit (it was, at
  // the Tuesday-morning moment): only a case's own row counts.
  const ours = coordinator
    .getByRole("table", { name: "Per casus" })
    .getByRole("row")
    .filter({ hasText: benefitText })
    .filter({ hasNotText: /^Totaal/ });
  await expect(ours).toHaveCount(1);
  await expect(ours).not.toContainText(name);
  expect(await minutesIn(ours)).toBeGreaterThanOrEqual(35);

  // The client comes back about the same letter once more: the dossier opens again, its closing kept.
  await openDossierForm(supervisor, "Heropenen");
  await supervisor.getByLabel("Waarom gaat het dossier weer open?").fill("Het CAK stuurt toch een nieuwe naheffing.");
  await supervisor.getByRole("button", { name: "Dossier heropenen" }).click();
  const timeline = dossierTimeline(supervisor);
  await expect(timeline.getByRole("listitem").first()).toContainText(
    "Waarom: Het CAK stuurt toch een nieuwe naheffing.",
  );
  await expect(timeline.getByRole("listitem").nth(1)).toContainText("Gesloten: Opgelost");
  await expect(summaryFact(supervisor, "Status")).toContainText("Open");
  await supervisor.context().close();
  await coordinator.context().close();
});
