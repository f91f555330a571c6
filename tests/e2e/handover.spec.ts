import AxeBuilder from "@axe-core/playwright";
import {
  DEMO,
  dossierTimeline,
  expect,
  expectHeading,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  rememberSecret,
  summaryFact,
  test,
} from "./support";

// Venray: its admin and coordinator are used by the settings and credentials specs, which never
// meet a dossier on the coordinator's list or the advisor invited here.
const ADMIN = "beheer@venray.example";
const COORDINATOR = "coordinator@venray.example";
const SUCCESSOR = "adviseur@venray.example";
const PASSWORD = "de laatste dag bij de bibliotheek";

test("an advisor who leaves puts her open dossier on the coordinator's list; the coordinator gives it to a colleague", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const leaver = { name: `Lies Vertrekt ${suffix}`, email: `lies-${suffix}@venray.example` };
  const client = `E2E Overdracht ${suffix}`;
  rememberSecret(PASSWORD);

  // The admin invites her; she chooses a password with the link.
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, ADMIN);
  await admin.goto("/beheer/gebruikers");
  const invite = admin.getByRole("region", { name: "Iemand uitnodigen" });
  await invite.getByLabel("Naam", { exact: true }).fill(leaver.name);
  await invite.getByLabel("E-mailadres").fill(leaver.email);
  await invite.getByRole("checkbox", { name: /^Adviseur/ }).check();
  await invite.getByLabel("Soort adviseur").selectOption({ label: "Professional" });
  await invite.getByRole("button", { name: "Uitnodigen" }).click();
  const link = await invite.getByLabel("Uitnodigingslink").inputValue();

  const advisor = await (await browser.newContext()).newPage();
  await advisor.goto(new URL(link).pathname);
  await advisor.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await advisor.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await advisor.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await logIn(advisor, leaver.email, PASSWORD, { expectSuccess: true });
  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, {
    name: client,
    category: "Belastingrecht",
    question: "Moet ik de toeslag terugbetalen?",
  });
  await advisor.context().close();

  // She leaves. Her dossier waits on the coordinator's list.
  await admin.reload();
  const row = admin.getByRole("row", { name: new RegExp(leaver.name) });
  await row.getByLabel("Opvolger").selectOption({ label: "Lijst van de coördinator" });
  await row.getByRole("button", { name: `${leaver.name} deactiveren` }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: `${leaver.name} is gedeactiveerd en overal uitgelogd.` }),
  ).toBeVisible();
  await admin.context().close();

  // The coordinator sees since when and about what, never who: and gives it to a colleague.
  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, COORDINATOR);
  await coordinator.getByRole("link", { name: "Adviseurs", exact: true }).click();
  // The section, and inside it the table's scroll region, carry the same name: the first is the section.
  const list = coordinator.getByRole("region", { name: "Dossiers zonder adviseur" }).first();
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list).toContainText("Belastingrecht");
  await expect(list).not.toContainText(client);
  const axe = await new AxeBuilder({ page: coordinator })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);
  await list.getByLabel("Adviseur", { exact: true }).selectOption({ label: "Joost Hendrikx" });
  await list.getByRole("button", { name: "Geef aan adviseur" }).click();
  await expect(coordinator.getByRole("region", { name: "Dossiers zonder adviseur" })).toHaveCount(0);
  await coordinator.context().close();

  // The colleague finds it among their own dossiers.
  const successor = await (await browser.newContext()).newPage();
  await logIn(successor, SUCCESSOR);
  await expectHeading(successor, "Mijn dossiers");
  await successor.getByRole("region", { name: "Mijn dossiers" }).getByRole("link", { name: client }).click();
  await expectHeading(successor, `Dossier: ${client}`);
  await expect(summaryFact(successor, "Adviseur")).toContainText("Joost Hendrikx");
});

test("an advisor hands her dossier to a colleague with a note; the coordinator sees counts per advisor and gives it back", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const client = `E2E Overgedragen ${Date.now().toString(36)}`;
  rememberSecret(client);
  const note = "Bezwaar tegen de CAK-brief is verstuurd; bel de cliënt als de uitspraak er is.";

  const marloes = await (await browser.newContext()).newPage();
  await logIn(marloes, DEMO.advisor);
  await marloes.goto("/balie");
  await openDossierFromNewWalkIn(marloes, {
    name: client,
    category: "Sociale zekerheid",
    question: "Naheffing van het CAK, ik begrijp de brief niet.",
  });
  const dossierUrl = new URL(marloes.url()).pathname;
  // The conversation ends first: a dossier is not handed over while someone is talking with the client.
  await marloes.goto("/balie");
  await marloes.getByRole("button", { name: `Gesprek klaar: ${client}` }).click();
  await expect(marloes.getByRole("button", { name: `Gesprek klaar: ${client}` })).toHaveCount(0);
  await marloes.goto(dossierUrl);
  const handOver = await openDossierForm(marloes, "Overdragen");
  await expect(handOver).toHaveAccessibleName("Dossier overdragen");
  await handOver.getByLabel("Nieuwe adviseur", { exact: true }).selectOption({ label: "Bram Oude Veldhuis" });
  await handOver.getByLabel("Overdracht voor de nieuwe adviseur").fill(note);
  await handOver.getByRole("button", { name: "Draag het dossier over" }).click();
  await expectHeading(marloes, "Mijn dossiers");
  await expect(marloes.getByRole("status").filter({ hasText: "overgedragen" })).toHaveText(
    "Het dossier is overgedragen aan je collega.",
  );
  await expect(marloes.getByRole("link", { name: client })).toHaveCount(0);

  // The colleague reads the note where the dossier begins, and is now its advisor.
  const bram = await (await browser.newContext()).newPage();
  await logIn(bram, "adviseur2@hengelo.example");
  await bram.goto(dossierUrl);
  await expectHeading(bram, `Dossier: ${client}`);
  await expect(summaryFact(bram, "Adviseur")).toContainText("Bram Oude Veldhuis");
  const handedOver = dossierTimeline(bram).getByRole("listitem").filter({ hasText: "Van Marloes Lansink aan" });
  await expect(handedOver).toContainText(/Marloes Lansink.*Van Marloes Lansink aan Bram Oude Veldhuis/);
  await expect(handedOver).toContainText(note);

  // The host sees who has the client's open dossier now, never what it is about.
  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie");
  await host.getByRole("button", { name: "Nieuwe inloop" }).click();
  await host.getByLabel("Zoek een cliënt die eerder kwam").fill(client);
  const match = host.getByRole("list", { name: "Gevonden cliënten" }).getByRole("listitem").filter({ hasText: client });
  await expect(match).toContainText("Open dossier bij Bram Oude Veldhuis");
  await expect(match).not.toContainText("CAK");
  await host.context().close();

  // The coordinator sees per advisor how many, since when, never who or what; and gives it back.
  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.getByRole("link", { name: "Adviseurs", exact: true }).click();
  const perAdvisor = coordinator.getByRole("table", { name: "Open dossiers per adviseur" });
  await expect(perAdvisor.getByRole("row", { name: /^Bram Oude Veldhuis/ })).toBeVisible();
  await expect(perAdvisor).not.toContainText(client);
  await coordinator.getByRole("link", { name: "Open dossiers van Bram Oude Veldhuis" }).click();
  await expectHeading(coordinator, "Open dossiers van Bram Oude Veldhuis");
  await expect(coordinator.locator("main")).not.toContainText(client);
  await expect(coordinator.locator("main")).not.toContainText("CAK");
  // Oldest first: the dossier just handed over is the last.
  const newest = coordinator.getByRole("form", { name: /^Overdragen: dossier \d+, geopend op / }).last();
  await newest.getByLabel("Nieuwe adviseur", { exact: true }).selectOption({ label: "Marloes Lansink" });
  await newest.getByLabel("Overdracht voor de nieuwe adviseur").fill("Bram is met verlof; terug naar Marloes.");
  await newest.getByRole("button", { name: "Draag het dossier over" }).click();
  await expect(coordinator.getByRole("status")).toHaveText("Het dossier is overgedragen.");
  await expectHeading(coordinator, "Open dossiers van Bram Oude Veldhuis");
  await coordinator.context().close();

  await bram.reload();
  await expect(bram.getByRole("heading", { level: 1 })).not.toHaveText(`Dossier: ${client}`);
  await marloes.goto(dossierUrl);
  await expectHeading(marloes, `Dossier: ${client}`);
  await expect(
    dossierTimeline(marloes)
      .getByRole("listitem")
      .filter({ hasText: /Van .+ aan / }),
  ).toHaveCount(2);
  await expect(summaryFact(marloes, "Adviseur")).toContainText("Marloes Lansink");
});
