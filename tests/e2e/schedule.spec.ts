import type { Page } from "@playwright/test";
import { addCalendarDays, amsterdamDay, startOfIsoWeek } from "../../lib/dates";
import { DEMO, expect, expectHeading, logIn, test } from "./support";
import { clock } from "../../lib/clock";

// Other specs share the demo database: the desk works with today's sessions and the public page
// shows (and compares with its calendar feed) every session of the coming six weeks at Hengelo
// centrale. So these tests only read the seeded sessions, and change only sessions they add
// themselves, nine weeks ahead: beyond the public page and beyond anything seeded.
const today = amsterdamDay(clock.now());
const NINE_WEEKS_AHEAD = startOfIsoWeek(addCalendarDays(today, 63));
const tuesdayNineWeeksAhead = addCalendarDays(NINE_WEEKS_AHEAD, 1);
const thursdayNineWeeksAhead = addCalendarDays(NINE_WEEKS_AHEAD, 3);

async function openSchedule(page: Page) {
  await logIn(page, DEMO.coordinator);
  await expect(page).toHaveURL("/rapportages");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Rooster" }).click();
  await expectHeading(page, "Rooster");
}

const sessionOn = (page: Page, weekday: "dinsdag" | "donderdag") =>
  page.getByRole("article", { name: new RegExp(`^${weekday} .*, 10:00–13:00$`) });

async function addExtraSession(page: Page, day: string, capacity: number) {
  const extra = page.getByRole("region", { name: "Extra spreekuur toevoegen" });
  await extra.getByLabel("Datum").fill(day);
  await extra.getByLabel("Begintijd").fill("10:00");
  await extra.getByLabel("Eindtijd").fill("13:00");
  await extra.getByLabel("Adviseurs tegelijk").fill(String(capacity));
  await extra.getByRole("button", { name: "Voeg het spreekuur toe" }).click();
  await expect(extra.getByRole("status")).toHaveText("Het extra spreekuur staat in het rooster.");
  await page.goto(`/rooster?week=${NINE_WEEKS_AHEAD}`);
}

test("the coordinator sees the Tuesday and Thursday sessions and cancels one with a reason", async ({ page }) => {
  await openSchedule(page);
  await page.getByRole("link", { name: "Volgende week" }).click();
  await expect(page).toHaveURL(/week=\d{4}-\d{2}-\d{2}/);
  await expect(sessionOn(page, "dinsdag")).toBeVisible();
  await expect(sessionOn(page, "donderdag")).toBeVisible();

  // The demo data holds the next four weeks as they were when it was made; a run that passes
  // midnight reaches a day further. Planning the same weeks a second time adds nothing.
  const planning = page.getByRole("region", { name: "Spreekuren vooruit plannen" });
  await planning.getByLabel("Aantal weken (1 tot 52)").fill("4");
  await planning.getByRole("button", { name: "Plan de spreekuren" }).click();
  await expect(planning.getByRole("status")).toHaveText(/^Klaar\. Er zijn \d+ spreekuren en \d+ tijden bijgekomen\.$/);
  // The status may already say 0 after the first: wait for the second answer itself, shown when
  // the button is no longer busy.
  await planning.getByLabel("Aantal weken (1 tot 52)").fill("4");
  const secondAnswer = page.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/rooster",
  );
  await planning.getByRole("button", { name: "Plan de spreekuren" }).click();
  await secondAnswer;
  await expect(planning.getByRole("button", { name: "Plan de spreekuren" })).toBeEnabled();
  await expect(planning.getByRole("status")).toHaveText("Klaar. Er zijn 0 spreekuren en 0 tijden bijgekomen.");

  await addExtraSession(page, tuesdayNineWeeksAhead, 1);
  const tuesday = sessionOn(page, "dinsdag");
  await expect(tuesday).toContainText("Gepland");
  await expect(tuesday).toContainText("Extra spreekuur");

  await tuesday.getByText("Spreekuur afzeggen").click();
  // Without a reason the form says what is missing, next to the field and in an alert.
  await tuesday.getByRole("button", { name: "Zeg het spreekuur af" }).click();
  await expect(tuesday.getByRole("alert")).toHaveText("Niet alles is goed ingevuld. Kijk de velden na.");
  await expect(tuesday.getByLabel("Reden")).toHaveAttribute("aria-invalid", "true");

  await tuesday.getByLabel("Reden").fill("Bibliotheek gesloten (studiedag)");
  await tuesday.getByRole("button", { name: "Zeg het spreekuur af" }).click();
  await expect(tuesday).toContainText("Gaat niet door");
  await expect(tuesday).toContainText("Reden: Bibliotheek gesloten (studiedag)");
  await expect(tuesday.getByRole("button", { name: "Zeg het spreekuur af" })).toHaveCount(0);

  await page.reload();
  await expect(sessionOn(page, "dinsdag")).toContainText("Reden: Bibliotheek gesloten (studiedag)");
});

test("the coordinator staffs a session, refuses one too many, puts in a stand-in and removes someone, by keyboard", async ({
  page,
}) => {
  await openSchedule(page);
  await addExtraSession(page, thursdayNineWeeksAhead, 2);
  const thursday = sessionOn(page, "donderdag");
  await expect(thursday).toContainText("Er staat nog geen adviseur op dit spreekuur.");

  const staff = async (advisor: string, standInFor?: string) => {
    const form = thursday.getByText("Adviseur erbij zetten of vervanger inzetten");
    if (!(await thursday.getByLabel("Adviseur", { exact: true }).isVisible())) {
      await form.focus();
      await page.keyboard.press("Enter");
    }
    await thursday.getByLabel("Adviseur", { exact: true }).selectOption({ label: advisor });
    if (standInFor) await thursday.getByLabel("Vervangt").selectOption({ label: standInFor });
    await thursday.getByRole("button", { name: "Zet op het spreekuur" }).focus();
    await page.keyboard.press("Enter");
  };

  await staff("Bram Oude Veldhuis (Professional)");
  await expect(thursday).toContainText("1 van 2 adviseurs");
  await staff("Marloes Lansink (Professional)");
  await expect(thursday).toContainText("2 van 2 adviseurs");
  await expect(thursday).toContainText("Tijden: 12 vrij, 0 bezet");

  await staff("Henk Kamphorst (Vrijwilliger)");
  await expect(thursday.getByRole("alert")).toHaveText(
    "Dit spreekuur is vol: er kunnen 2 adviseurs tegelijk werken. Haal eerst iemand weg, of kies wie de nieuwe adviseur vervangt.",
  );

  await staff("Henk Kamphorst (Vrijwilliger)", "Bram Oude Veldhuis");
  await expect(thursday).toContainText("Henk Kamphorst (Vrijwilliger), vervangt Bram Oude Veldhuis");
  await expect(thursday).toContainText("2 van 2 adviseurs");

  await thursday.getByRole("button", { name: "Haal weg van dit spreekuur: Marloes Lansink" }).click();
  await expect(thursday).toContainText("1 van 2 adviseurs · Tijden: 6 vrij, 0 bezet");
  await expect(thursday.getByRole("listitem")).toHaveText([
    /^Henk Kamphorst \(Vrijwilliger\), vervangt Bram Oude Veldhuis/,
  ]);
});

test("a host cannot open the schedule: 403", async ({ page }) => {
  await logIn(page, DEMO.host);
  await expect(page).toHaveURL("/balie");
  const response = await page.goto("/rooster");
  expect(response?.status()).toBe(403);
  await expectHeading(page, "Geen toegang");
});
