import type { Page } from "@playwright/test";
import { mailsTo } from "./mail";
import { DEMO, expect, expectHeading, logIn, rememberSecret, test, uniquePhone, visitRow } from "./support";

/** A half hour of today's first day on offer, away from the ends the desk specs take. */
async function chooseHalfHour(page: Page) {
  const firstDay = page.getByRole("group", { name: "Kies een half uur" }).getByRole("group").first();
  const times = firstDay.getByRole("radio");
  await times.nth(Math.floor((await times.count()) * 0.55)).check();
}

test("a partner's link books a client with consent, and the advisor's feedback reaches the partner's mail; a revoked link is refused", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const label = `Wijkteam Noord ${suffix}`;
  const clientName = `Fatma ${suffix}`;
  const workerEmail = `wijkteam-${suffix}@e2e.example`;
  rememberSecret(workerEmail);

  // The coordinator makes a link for a partner on the social map: shown once.
  const coordinator = await browser.newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.goto("/sociale-kaart");
  await coordinator
    .getByRole("link", { name: /^Wijzig / })
    .first()
    .click();
  await coordinator.getByLabel("Naam van de link").fill(label);
  await coordinator
    .getByLabel("Vestiging waar geboekt wordt")
    .selectOption({ label: "Bibliotheek Hengelo, centrale bibliotheek" });
  await coordinator.getByRole("button", { name: "Link maken" }).click();
  const linkUrl = new URL(await coordinator.getByLabel("Verwijslink (kopieer hem nu)").inputValue());
  await coordinator.reload();
  await expect(coordinator.getByLabel("Verwijslink (kopieer hem nu)")).toHaveCount(0);
  await expect(coordinator.getByRole("row").filter({ hasText: label })).toContainText("Werkt");

  // The partner's worker books a half hour for the client, who agreed to both.
  const worker = await browser.newPage();
  await worker.goto(linkUrl.pathname);
  await expectHeading(worker, "Cliënt aanmelden voor het sociaal-juridisch spreekuur");
  await worker.getByLabel("Uw naam").fill("Sanne de Wit");
  await worker.getByLabel("Uw e-mailadres").fill(workerEmail);
  await worker.getByLabel("Voornaam of voorletters van de cliënt").fill(clientName);
  await worker.getByLabel("Telefoonnummer van de cliënt").fill(uniquePhone());
  await worker.getByLabel("Korte vraag").fill("Een brief van de Belastingdienst over toeslagen die zij niet begrijpt.");
  await chooseHalfHour(worker);
  await worker.getByRole("checkbox", { name: /De cliënt wil deze afspraak/ }).check();
  await worker.getByRole("checkbox", { name: /laat weten hoe het is gegaan/ }).check();
  await worker.getByRole("button", { name: "Afspraak maken" }).click();
  await expect(worker.getByRole("heading", { level: 2, name: "De afspraak is gemaakt" })).toBeVisible();
  await expect(worker.getByText("U krijgt een e-mail als de adviseur de terugkoppeling stuurt.")).toBeVisible();

  // The client comes: checked in at the desk, the advisor holds the conversation and opens a dossier.
  const host = await browser.newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie");
  await expect(visitRow(host, clientName)).toBeVisible();
  await host.getByRole("button", { name: `Inchecken: ${clientName}` }).click();
  await expect(host.getByRole("button", { name: `Inchecken: ${clientName}` })).toHaveCount(0);
  await host.close();

  const advisor = await browser.newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await advisor.getByRole("button", { name: `Start gesprek: ${clientName}` }).click();
  await advisor.getByRole("link", { name: `Dossier openen: ${clientName}` }).click();
  await expectHeading(advisor, "Dossier openen");
  await advisor.getByLabel("Wat is de vraag van de cliënt?").fill("Toeslagen: terugvordering niet begrepen.");
  await advisor.getByLabel("Rechtsgebied").selectOption({ index: 1 });
  await advisor.getByRole("checkbox", { name: /toestemming/ }).check();
  await advisor.getByRole("button", { name: "Dossier openen" }).click();
  await expectHeading(advisor, `Dossier: ${clientName}`);

  // The advisor writes how it went; it goes by mail to the worker, and is owed no longer.
  await advisor.goto("/terugkoppeling");
  const feedback = "Cliënt is geholpen met een bezwaar; zij komt over twee weken terug.";
  // The label names the client and where the mail goes.
  const feedbackField = advisor.getByLabel(`Terugkoppeling over ${clientName} aan Sanne de Wit (${workerEmail})`);
  await feedbackField.fill(feedback);
  await advisor.getByRole("button", { name: "Mail de terugkoppeling" }).first().click();
  await expect(feedbackField).toHaveCount(0);
  await expect.poll(() => mailsTo(workerEmail).length, { timeout: 20_000 }).toBe(1);
  const mail = mailsTo(workerEmail)[0];
  expect(mail.subject).toBe("Terugkoppeling over uw verwijzing naar het spreekuur");
  expect(mail.text).toContain("Beste Sanne de Wit,");
  // No client name in the mail: the day and the link's name say which referral it is.
  expect(mail.text).not.toContain(clientName);
  expect(mail.text).toContain(label);
  expect(mail.text).toContain(feedback);
  expect(mail.text).not.toContain("Belastingdienst over toeslagen");
  await advisor.close();

  // Revoked, the link books nobody.
  await coordinator.getByRole("button", { name: `Link ${label} intrekken` }).click();
  await expect(coordinator.getByRole("row").filter({ hasText: label })).toContainText("Ingetrokken op");
  await coordinator.close();
  await worker.goto(linkUrl.pathname);
  await expectHeading(worker, "Deze link werkt niet");
  await expect(worker.getByRole("button", { name: "Afspraak maken" })).toHaveCount(0);
  await worker.close();
});
