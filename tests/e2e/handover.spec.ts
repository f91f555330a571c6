import AxeBuilder from "@axe-core/playwright";
import { expect, expectHeading, logIn, openDossierFromNewWalkIn, rememberSecret, test } from "./support";

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
  await expect(successor.getByText("Verantwoordelijk: Joost Hendrikx")).toBeVisible();
});
