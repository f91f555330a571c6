import { DEMO, expect, expectHeading, logIn, rememberSecret, test, uniquePhone } from "./support";
import { mailsTo } from "./mail";

const PLACE = "/spreekuur/hengelo-centrale";

test("a client on the waiting list is offered a half hour freed by a cancellation, and takes it through the offer link", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const suffix = Date.now().toString(36);
  const waiting = `Noor ${suffix}`;
  const email = `noor-${suffix}@e2e.example`;
  rememberSecret(email);

  // The second client puts themselves on the waiting list, with an e-mail address.
  const second = await browser.newPage();
  await second.goto(`${PLACE}/wachtlijst`);
  await expectHeading(second, "Zet je op de wachtlijst");
  await second.getByLabel("Je voornaam of je voorletters").fill(waiting);
  await second.getByLabel("Je e-mailadres").fill(email);
  await second.getByRole("checkbox", { name: "Ik vind dat goed." }).check();
  await second.getByRole("button", { name: "Zet mij op de wachtlijst" }).click();
  await expect(second.getByRole("heading", { name: "Je staat op de wachtlijst" })).toBeVisible();

  // Another client books a half hour and cancels it through their link: the cancellation offers
  // that half hour to the first on the list, by mail. Not the first free one: the offer must be the
  // cancelled time, which the earliest free half hour of the list's weeks is not.
  const first = await browser.newPage();
  await first.goto(`${PLACE}/afspraak`);
  const firstDay = first.getByRole("group", { name: "Kies een tijd" }).getByRole("group").first();
  const times = firstDay.getByRole("radio");
  await times.nth(Math.floor((await times.count()) * 0.8)).check();
  await first.getByLabel("Je voornaam of je voorletters").fill(`Eerste ${suffix}`);
  await first.getByLabel("Je e-mailadres").fill(`eerste-${suffix}@e2e.example`);
  await first.getByRole("checkbox", { name: "Ik vind dat goed." }).check();
  await first.getByRole("button", { name: "Maak de afspraak" }).click();
  await expect(first).toHaveURL(/\/afspraak\/[A-Za-z0-9_-]{43}\?nieuw=1/);
  const cancelled = (await first.getByRole("region", { name: "Wanneer?" }).textContent())!.trim();
  await first.getByRole("button", { name: "Zeg mijn afspraak af" }).click();
  await expect(first.getByRole("status")).toHaveText(
    "Je afspraak is afgezegd. Je kunt altijd een nieuwe afspraak maken.",
  );
  await first.close();

  await expect.poll(() => mailsTo(email).length, { timeout: 30_000 }).toBe(1);
  const offer = mailsTo(email)[0];
  expect(offer.subject).toMatch(/^Er is een tijd vrij bij het spreekuur: .+ om \d\d:\d\d uur$/);
  const offered = offer.subject.match(/(\d\d:\d\d) uur$/)![1];
  const offerLink = new URL(offer.text.match(/https?:\/\/\S+\/aanbod\/[A-Za-z0-9_-]{43}/)![0]).pathname;

  // The host sees whom to call, with the time that is free.
  const host = await browser.newPage();
  await logIn(host, DEMO.host);
  await host.goto("/balie/wachtlijst");
  await expect(host.getByText(waiting, { exact: true })).toBeVisible();
  await expect(host.getByText(`${waiting} heeft een e-mail gekregen: ${offered} is vrij`)).toBeVisible();

  // The client takes it: an appointment on the cancelled day and time, with their own link.
  await second.goto(offerLink);
  await expectHeading(second, "Er is een tijd voor je vrij");
  await second.getByRole("button", { name: "Ja, ik neem deze tijd" }).click();
  await expect(second).toHaveURL(/\/afspraak\/[A-Za-z0-9_-]{43}\?nieuw=1/);
  await expect(second.getByRole("region", { name: "Wanneer?" })).toHaveText(cancelled);
  expect(cancelled).toContain(offered);

  // Taken, the offer is gone from the list and the link offers nothing any more.
  await host.reload();
  await expect(host.getByText(waiting, { exact: true })).toHaveCount(0);
  await second.goto(offerLink);
  await expectHeading(second, "Dit aanbod kan niet meer");

  // At the desk, a client with only a phone number, who agrees to wait and be called. The desk's
  // action sweeps the lists once the host has the answer: a free half hour, to call them about.
  const caller = `Bellen ${suffix}`;
  await host.getByLabel("Naam of initialen").fill(caller);
  await host.getByRole("textbox", { name: "Telefoonnummer" }).fill(uniquePhone());
  await host.getByRole("checkbox", { name: /^De cliënt vindt het goed dat we naam en telefoonnummer/ }).check();
  await host.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
  await expect(host.getByText("De cliënt staat op de wachtlijst.")).toBeVisible();
  const callLine = host.getByText(new RegExp(`^Bel ${caller} \\(.+\\): \\d\\d:\\d\\d is vrij$`));
  await expect
    .poll(
      async () => {
        await host.reload();
        return callLine.count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await host.close();
  await second.close();
});
