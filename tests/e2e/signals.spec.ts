// Signalering (issue 17) as the people do it: two advisors of one library raise or join signals
// about one other party from three dossiers; the coordinator merges the duplicate, raises it with
// the municipality, records the answer and downloads the report, whose files hold the page's
// counts and no client's name, phone or e-mail.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import pg from "pg";
import { YEAR_LONG_CLIENT } from "../../scripts/seed/year-long-dossier";
import { docxText } from "../support/docx-text";
import { APP_ENV_FILE } from "./servers";
import {
  DEMO,
  DEMO_PASSWORD,
  expect,
  expectHeading,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  rememberSecret,
  test,
} from "./support";

/** The desk answers slowly when the suite's other workers load the machine: a walk-in waits longer. */
const DESK_WAIT = { timeout: 60_000 };

async function download(page: Page, linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return fs.promises.readFile(await file.path());
}

/** Every client of the library, as the database holds them: what no export may contain. */
async function clientsOfLibrary(slug: string) {
  const { DATABASE_URL } = JSON.parse(fs.readFileSync(APP_ENV_FILE, "utf8")) as Record<string, string>;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ displayName: string; phone: string | null; email: string | null }>(
      `SELECT c."displayName", c.phone, c.email FROM "Client" c JOIN "Organisation" o ON o.id = c."organisationId"
       WHERE o.slug = $1 AND c."anonymisedAt" IS NULL`,
      [slug],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Opens the card's "Bijwerken" (or another summary) unless it is open from the last time. */
async function opened(card: ReturnType<Page["locator"]>, summary: string) {
  const details = card.locator("details").filter({ has: card.page().locator("summary", { hasText: summary }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  return details;
}

async function raiseSignal(page: Page, otherParty: string, description: string) {
  const panel = await openDossierForm(page, "Signaal");
  const form = panel.getByRole("form", { name: "Nieuw signaal" });
  await form.getByLabel("Instantie of bedrijf").selectOption({ label: otherParty });
  await form.getByLabel("Waar gaat het over?").selectOption({ label: "Brief niet te begrijpen" });
  await form.getByLabel("Wat gaat er mis?").fill(description);
  await form.getByRole("button", { name: "Signaal vastleggen" }).click();
  return { panel, form };
}

test("two advisors raise and join a signal from three dossiers; the coordinator merges, raises, records the answer and reports it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36);
  const party = `Waterschap E2E ${suffix}`;
  const clients = [`E2E Signaal Anna ${suffix}`, `E2E Signaal Bart ${suffix}`, `E2E Signaal Cor ${suffix}`];
  clients.forEach(rememberSecret);
  const question = "De aanslag van het waterschap is te hoog en de brief legt niet uit waarom.";

  const coordinator = await (await browser.newContext()).newPage();
  await logIn(coordinator, DEMO.coordinator);
  await coordinator.goto("/wederpartijen");
  const newEntry = coordinator.getByRole("form", { name: "Toevoegen" });
  await newEntry.getByLabel("Naam", { exact: true }).fill(party);
  await newEntry.getByLabel("Soort").selectOption({ label: "Gemeente" });
  await newEntry.getByRole("button", { name: "Toevoegen" }).click();
  await expect(coordinator.getByRole("table", { name: "Op de lijst" })).toContainText(party);

  // The professional: two dossiers; the first signal, first with the client's name in it.
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, { name: clients[0], category: "Belastingrecht", question }, DESK_WAIT);
  const named = await raiseSignal(advisor, party, `Mevrouw ${clients[0]} begreep de aanslag van het waterschap niet.`);
  await expect(named.form.getByRole("alert").first()).toContainText("Er staan persoonsgegevens in de tekst");
  await expect(named.form.getByText("Haal de naam van de cliënt weg.")).toBeVisible();
  const first = await raiseSignal(
    advisor,
    party,
    "De aanslagbrief van het waterschap noemt het bedrag, maar niet hoe het is berekend of hoe je kwijtschelding vraagt.",
  );
  await expect(first.form.getByRole("status")).toHaveText("Het signaal is vastgelegd.");
  await expect(first.panel.getByRole("heading", { name: "Signalen bij dit dossier" })).toBeVisible();

  await advisor.goto("/balie");
  await openDossierFromNewWalkIn(advisor, { name: clients[1], category: "Belastingrecht", question }, DESK_WAIT);
  const duplicate = await raiseSignal(
    advisor,
    party,
    "Bij de aanslag van het waterschap staat nergens dat je kwijtschelding kunt vragen; cliënten betalen wat ze niet hebben.",
  );
  await expect(duplicate.form.getByRole("status")).toHaveText("Het signaal is vastgelegd.");

  // The volunteer: a third dossier joins the first signal.
  const volunteer = await (await browser.newContext()).newPage();
  await logIn(volunteer, DEMO.volunteer);
  await volunteer.goto("/balie");
  await openDossierFromNewWalkIn(volunteer, { name: clients[2], category: "Belastingrecht", question }, DESK_WAIT);
  const panel = await openDossierForm(volunteer, "Signaal");
  const joinable = panel
    .getByRole("listitem")
    .filter({ hasText: party })
    .filter({ hasText: "hoe je kwijtschelding vraagt" });
  await joinable.getByRole("button", { name: /^Ik zie dit ook/ }).click();
  // The button is gone with the join: the focus goes to the list the signal moved to.
  await expect(panel.getByRole("heading", { name: "Signalen bij dit dossier" })).toBeFocused();
  await expect(
    panel.getByRole("heading", { name: "Signalen bij dit dossier" }).locator("xpath=following-sibling::ul[1]"),
  ).toContainText("2 dossiers");

  // The coordinator: two signals about the party; the second is merged into the first.
  await coordinator.getByRole("link", { name: "Signalen" }).first().click();
  await expectHeading(coordinator, "Signalen");
  const label = `${party}: Brief niet te begrijpen`;
  const cards = coordinator.getByRole("article", { name: label });
  await expect(cards).toHaveCount(2);
  const kept = cards.filter({ hasText: "niet hoe het is berekend" });
  await expect(kept.locator("[data-signal-dossiers]")).toHaveText("2");
  const merge = (await opened(kept, "Bijwerken")).getByRole("form", { name: `Samenvoegen: ${label}` });
  const duplicateOption = merge.locator("option", { hasText: "nergens dat je" });
  await merge.getByLabel("Dubbel signaal").selectOption((await duplicateOption.getAttribute("value")) ?? "");
  await merge.getByRole("button", { name: "Samenvoegen" }).click();
  await expect(cards).toHaveCount(1);
  await expect(kept.locator("[data-signal-dossiers]")).toHaveText("3");
  await expect(kept).toContainText("1 dubbel signaal samengevoegd");

  const raised = (await opened(kept, "Bijwerken")).getByRole("form", { name: `Gemeld: ${label}` });
  await raised.getByLabel("Gemeld bij").fill("Beleidsmedewerker belastingen, gemeente Hengelo");
  await raised.getByRole("button", { name: "Melding opslaan" }).click();
  await expect(kept.locator("[data-signal-status]")).toHaveText("Gemeld");
  const answer = (await opened(kept, "Bijwerken")).getByRole("form", { name: `Antwoord: ${label}` });
  await answer.getByLabel("Antwoord", { exact: true }).fill(`We bellen ${clients[1]} zelf.`);
  await answer.getByRole("button", { name: "Antwoord opslaan" }).click();
  await expect(answer.getByText("Haal de naam van de cliënt weg.")).toBeVisible();
  await answer
    .getByLabel("Antwoord", { exact: true })
    .fill("Het waterschap zet de uitleg over kwijtschelding voortaan in de aanslagbrief.");
  await answer.getByRole("button", { name: "Antwoord opslaan" }).click();
  await expect(kept.locator("[data-signal-status]")).toHaveText("Beantwoord");
  await expect((await opened(kept, "Geschiedenis")).getByRole("listitem")).toHaveText([
    /signaal vastgelegd/,
    /signaal vastgelegd/,
    /dossier toegevoegd/,
    /dubbel signaal samengevoegd/,
    /samengevoegd met een ander signaal/,
    /: gemeld \(/,
    /antwoord vastgelegd/,
  ]);

  // Finished, and open again when the problem comes back: at the step it had reached.
  const close = (await opened(kept, "Bijwerken")).getByRole("form", { name: `Afronden: ${label}` });
  await close.getByLabel("Hoe is het afgerond?").selectOption({ label: "Opgelost" });
  await close.getByRole("button", { name: "Afronden" }).click();
  await expect(kept.locator("[data-signal-status]")).toHaveText("Opgelost");
  await kept.getByRole("button", { name: /^Weer openen/ }).click();
  await expect(kept.locator("[data-signal-status]")).toHaveText("Beantwoord");

  // The report: the page's row, and the same counts in the CSV and the Word document.
  await coordinator.getByRole("link", { name: "Naar het signalenverslag voor de gemeente" }).click();
  await expectHeading(coordinator, "Signalenverslag");
  const row = coordinator
    .getByRole("table", { name: "Signalen per instantie en onderwerp" })
    .getByRole("row", { name: new RegExp(party) });
  await expect(row.getByRole("cell")).toHaveText([party, "Brief niet te begrijpen", "<5", "<5", "0", "niet te zeggen"]);
  await expect(coordinator.getByText("Het waterschap zet de uitleg over kwijtschelding")).toBeVisible();

  const csv = (await download(coordinator, "Download als CSV")).toString("utf8");
  expect(csv).toContain(`${party};Brief niet te begrijpen;<5;<5;0;niet te zeggen`);
  const docx = docxText(await download(coordinator, "Download als Word-document"));
  expect(docx).toContain(`${party} | Brief niet te begrijpen | <5 | <5 | 0 | niet te zeggen`);
  expect(docx).toContain("Het waterschap zet de uitleg over kwijtschelding voortaan in de aanslagbrief.");

  const everyone = await clientsOfLibrary("hengelo");
  expect(everyone.map((client) => client.displayName)).toEqual(expect.arrayContaining(clients));
  for (const client of everyone)
    for (const value of [client.displayName, client.phone, client.email])
      if (value) {
        expect(csv, "the CSV names no client").not.toContain(value);
        expect(docx, "the Word document names no client").not.toContain(value);
      }
});

test("a host reaches neither the register nor the report, nor its download", async ({ page }) => {
  await logIn(page, DEMO.host);
  for (const path of ["/signalen", "/rapportages/signalen"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  const download = await page.request.get("/rapportages/signalen/export?format=csv");
  expect(download.status()).toBe(403);
  await expect(page.getByRole("link", { name: "Signalen" })).toHaveCount(0);
});

test("without scripts, an advisor raises a signal from the year-long dossier; the client's name is refused first", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(DEMO.advisor);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.goto(`/dossiers?zoek=${encodeURIComponent(YEAR_LONG_CLIENT)}`);
  await page.getByRole("link", { name: YEAR_LONG_CLIENT }).first().click();
  await expectHeading(page, `Dossier: ${YEAR_LONG_CLIENT}`);
  await page.getByRole("link", { name: "Signaal", exact: true }).click();
  const form = page.getByRole("form", { name: "Nieuw signaal" });
  await form.getByLabel("Instantie of bedrijf").selectOption({ label: "CAK" });
  await form.getByLabel("Waar gaat het over?").selectOption({ label: "Terugvordering of incasso" });
  await form
    .getByLabel("Wat gaat er mis?")
    .fill(`Bij mevrouw ${YEAR_LONG_CLIENT.split(" ")[1]} stuurde het CAK de deurwaarder zonder eerst te bellen.`);
  await form.getByRole("button", { name: "Signaal vastleggen" }).click();
  await expect(
    page.getByRole("form", { name: "Nieuw signaal" }).getByText("Haal de naam van de cliënt weg."),
  ).toBeVisible();
  await page
    .getByRole("form", { name: "Nieuw signaal" })
    .getByLabel("Wat gaat er mis?")
    .fill("Het CAK stuurt de deurwaarder zonder eerst te bellen of een betalingsregeling aan te bieden.");
  await page.getByRole("form", { name: "Nieuw signaal" }).getByRole("button", { name: "Signaal vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het signaal is vastgelegd." })).toBeVisible();
  expect(new URL(page.url()).search).not.toContain("deurwaarder");
});
