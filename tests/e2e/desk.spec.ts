import type { Page, Request } from "@playwright/test";
import {
  DEMO,
  expect,
  expectHeading,
  expectRegistered,
  logIn,
  registerNewWalkIn,
  test,
  uniquePhone,
  visitRow,
} from "./support";

// One flow across two people, so it runs in order. The demo data always has a consultation hour
// running at Hengelo centrale "now" (scripts/seed/today.ts), whatever time the suite runs.
test.describe.configure({ mode: "serial" });

const suffix = Date.now().toString(36);
const walkInName = `E2E Inloop ${suffix}`;
const noShowName = `E2E Blijft weg ${suffix}`;
const appointmentName = `E2E Afspraak ${suffix}`;

/** Counts what the host does after pressing "Nieuwe inloop": each fill, check or click is one. */
function interactions(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    fill: async (label: string, value: string) => {
      count++;
      await page.getByLabel(label).fill(value);
    },
    check: async (label: string) => {
      count++;
      await page.getByRole("radio", { name: label }).check();
    },
    click: async (name: string) => {
      count++;
      await page.getByRole("button", { name }).click();
    },
  };
}

async function registerWalkIn(page: Page, name: string, category: string) {
  await page.getByRole("button", { name: "Nieuwe inloop" }).click();
  const host = interactions(page);
  await host.fill("Of een nieuwe cliënt: Naam of initialen", name);
  await host.check(category);
  await host.click("Inschrijven");
  await expectRegistered(page, name);
  return host.count;
}

const queueItem = (page: Page, name: string) =>
  page.getByRole("region", { name: "Wachtrij" }).getByRole("listitem").filter({ hasText: name });

test("a host registers walk-ins, books and checks in an appointment, marks a no-show; an advisor holds the conversation", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const hostPage = await (await browser.newContext()).newPage();
  await logIn(hostPage, DEMO.host);
  await expectHeading(hostPage, "Balie vandaag");

  // A new walk-in in at most four interactions after "Nieuwe inloop".
  const used = await registerWalkIn(hostPage, walkInName, "Sociale zekerheid");
  expect(used).toBeLessThanOrEqual(4);
  await expect(queueItem(hostPage, walkInName)).toBeVisible();
  const status = await hostPage.getByRole("status").textContent();
  const slotTime = status!.match(/ingeschreven: (\d{2}:\d{2}) bij/)![1];
  await expect(queueItem(hostPage, walkInName)).toContainText(slotTime);
  await expect(visitRow(hostPage, walkInName)).toContainText("Sociale zekerheid");

  // An appointment booked ahead by phone, with a printable slip.
  await hostPage.getByRole("link", { name: "Afspraak maken" }).click();
  await expectHeading(hostPage, "Afspraak maken");
  await hostPage.getByLabel("Of een nieuwe cliënt: Naam of initialen").fill(appointmentName);
  await hostPage.getByText("Meer gegevens").click();
  await hostPage.getByLabel("Telefoonnummer").fill(uniquePhone());
  await hostPage.getByLabel("Postcode (alleen de 4 cijfers)").fill("7551");
  await hostPage.getByLabel("Hoe hoorde de cliënt van het spreekuur?").selectOption({ label: "Poster of folder" });
  await hostPage.getByRole("radio", { name: "Weet ik niet" }).check();
  // Today's last time, not the first: the first is the next half hour, which the other specs'
  // walk-ins take at any moment ("net door iemand anders gekozen"). Keyboard takes the second,
  // the accessibility scan and print take times weeks ahead.
  const times = hostPage.getByLabel("Tijd", { exact: true });
  const offered = await times.locator("option").allTextContents();
  const today = offered[0].split(",")[0];
  await times.selectOption({ label: offered.filter((label) => label.startsWith(`${today},`)).at(-1)! });
  await hostPage.getByRole("button", { name: "Afspraak maken" }).click();
  await expectHeading(hostPage, "Uw afspraak");
  await expect(hostPage.getByText("Neem dit mee")).toBeVisible();
  await expect(hostPage.getByText("Uw identiteitsbewijs")).toBeVisible();
  await hostPage.getByRole("link", { name: "English" }).click();
  await expectHeading(hostPage, "Your appointment");
  await hostPage.getByRole("link", { name: "Terug naar de balie" }).click();

  // The appointment is today: check it in.
  await hostPage.getByRole("button", { name: `Inchecken: ${appointmentName}` }).click();
  await expect(queueItem(hostPage, appointmentName)).toBeVisible();

  // Someone who left before their turn.
  await registerWalkIn(hostPage, noShowName, "Weet ik niet");
  await hostPage.getByRole("button", { name: `Niet gekomen: ${noShowName}` }).click();
  await expect(queueItem(hostPage, noShowName)).toHaveCount(0);
  await expect(visitRow(hostPage, noShowName)).toContainText("Niet gekomen");

  // The advisor, on another device, starts and ends the conversation.
  const advisorPage = await (await browser.newContext()).newPage();
  await logIn(advisorPage, DEMO.advisor);
  await advisorPage.goto("/balie");
  await advisorPage.getByRole("button", { name: `Start gesprek: ${walkInName}` }).click();
  await expect(visitRow(advisorPage, walkInName)).toContainText("In gesprek");

  // The host's screen follows without a reload.
  await expect(visitRow(hostPage, walkInName)).toContainText("In gesprek", { timeout: 15_000 });
  await expect(queueItem(hostPage, walkInName)).toHaveCount(0);

  await advisorPage.getByRole("button", { name: `Gesprek klaar: ${walkInName}` }).click();
  await expect(visitRow(advisorPage, walkInName)).toContainText("Klaar");
  await expect(visitRow(hostPage, walkInName)).toContainText("Klaar", { timeout: 15_000 });
});

test("an open desk shows a colleague's walk-in within seconds, asking only for a fingerprint in between", async ({
  browser,
}) => {
  const watching = await (await browser.newContext()).newPage();
  await logIn(watching, DEMO.host);
  await watching.goto("/balie");
  const polls: string[] = [];
  watching.on("response", (response) => {
    if (new URL(response.url()).pathname === "/balie/stand")
      polls.push(
        `${response.status()} ${response.headers()["content-type"]} ${response.headers()["content-encoding"] ?? "as is"}`,
      );
  });

  const colleague = await (await browser.newContext()).newPage();
  await logIn(colleague, DEMO.host);
  await colleague.goto("/balie");
  const name = `E2E Collega ${suffix}`;
  await registerNewWalkIn(colleague, name, "Belastingrecht");

  // No reload: the watching desk sees the change through its fingerprint and renders again.
  await expect(queueItem(watching, name)).toBeVisible({ timeout: 15_000 });
  expect(polls.length).toBeGreaterThan(0);
  // A fingerprint of a few dozen bytes, asked every few seconds by every open desk: not gzipped.
  expect(polls.every((poll) => poll === "200 application/json as is")).toBe(true);
});

test("the minutes a client has waited count on at the desk in the browser, also after going back to it", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  // The browser's own clock, moved on below; the server's stays where it is.
  await page.clock.install();
  await logIn(page, DEMO.host);
  // Other specs register walk-ins at this desk at any moment, and each would render it again with
  // the server's clock, which has not moved: the desk's questions go unanswered here, so only the
  // browser's counting can change the minutes.
  await page.route(
    (url) => url.pathname === "/balie/stand",
    (route) => route.abort(),
  );
  // The walk-in's answer renders the desk, and the router may ask for it once more right after: a
  // render that arrives after the clock moved on is a new one, rightly "net binnen" (a run at the
  // March clock change had it). So the clock moves only once no desk render is under way.
  let rendering = 0;
  let lastAnswer = Date.now();
  const isDesk = (request: Request) => new URL(request.url()).pathname === "/balie";
  page.on("request", (request) => {
    if (isDesk(request)) rendering += 1;
  });
  const answered = (request: Request) => {
    if (!isDesk(request)) return;
    rendering -= 1;
    lastAnswer = Date.now();
  };
  page.on("requestfinished", answered);
  page.on("requestfailed", answered);
  const deskSettled = () =>
    expect.poll(() => rendering === 0 && Date.now() - lastAnswer > 1_000, { timeout: 20_000 }).toBe(true);

  await page.goto("/balie");
  const name = `E2E Wacht ${suffix}`;
  await registerNewWalkIn(page, name, "Belastingrecht");
  await expect(queueItem(page, name)).toContainText("net binnen");
  await deskSettled();

  // The server's clock has not moved: only the browser can say three minutes.
  await page.clock.fastForward("03:00");
  await expect(queueItem(page, name)).toContainText(/wacht [34] minuten/);

  // Back shows the desk from the router's cache, or has the server render it anew: both were seen,
  // alone and in full runs, with no pattern found (not the router's five minutes: four do it too).
  // A cached render counts on from when it was first shown, four minutes ago; a new one from the
  // server's moment of it, whose clock has not moved. The minutes are checked for the render shown
  // (data-render: the server's moment of it). Real seconds pass too, on a loaded machine up to a
  // minute: one more is allowed.
  const minutes = queueItem(page, name).locator("[data-render]");
  const firstRender = Number(await minutes.getAttribute("data-render"));
  await page.getByRole("link", { name: "Afspraak maken" }).click();
  await expect(page).toHaveURL(/\/balie\/afspraak/);
  await page.clock.fastForward("01:00");
  await page.goBack();
  const minutesIn = (text: string) => (text === "net binnen" ? 0 : Number(/wacht (\d+) minu/.exec(text)?.[1] ?? NaN));
  let shown = "";
  await expect
    .poll(async () => {
      const render = Number(await minutes.getAttribute("data-render", { timeout: 5_000 }).catch(() => null));
      const text = (await minutes.textContent({ timeout: 5_000 }).catch(() => null)) ?? "";
      // A new render counts from the server's moment: what passed since the first, in real time.
      const expected = render === firstRender ? 4 : Math.floor((render - firstRender) / 60_000);
      shown = render === firstRender ? "from the router's cache" : "rendered again";
      const counted = minutesIn(text);
      return counted === expected || counted === expected + 1 ? shown : `${shown}: ${text}`;
    })
    .toMatch(/^(from the router's cache|rendered again)$/);
  test.info().annotations.push({ type: "back", description: shown });
});

test("a host cannot open a dossier page, an admin cannot open the desk", async ({ browser }) => {
  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  expect((await host.goto("/dossiers"))?.status()).toBe(403);
  await expectHeading(host, "Geen toegang");
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, DEMO.admin);
  expect((await admin.goto("/balie"))?.status()).toBe(403);
});
