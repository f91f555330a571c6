import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, expectHeading, expectRegistered, test, uniquePhone } from "./support";

// Issue 9: the host's walk-in flow and the advisor's dossier flow with the keyboard alone. Nothing
// is clicked or filled by locator: Tab and Shift+Tab move the focus, Enter, Space and the arrow
// keys act, and text is typed into whatever has the focus. Each stop must show where the focus is.

/** WCAG relative luminance and contrast of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string) {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((part) => {
        const c = Number(part) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The focused element shows a ring of at least 2 px with 3:1 contrast to the page (WCAG 1.4.11, 2.4.7). */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    // Past the last stop Tab leaves the page for the browser's own controls: no stop to check.
    if (element === document.body) return null;
    const style = getComputedStyle(element);
    let background = "rgb(255, 255, 255)";
    for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") {
        background = colour;
        break;
      }
    }
    return {
      matches: element.matches(":focus-visible"),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      colour: style.outlineColor,
      background,
      what: element.outerHTML.slice(0, 80),
    };
  });
  if (!focus) return;
  expect(focus.matches, `focus-visible on ${focus.what}`).toBe(true);
  expect(focus.style, `outline on ${focus.what}`).not.toBe("none");
  expect(focus.width, `outline width on ${focus.what}`).toBeGreaterThanOrEqual(2);
  expect(contrast(focus.colour, focus.background), `outline contrast on ${focus.what}`).toBeGreaterThanOrEqual(3);
}

/** Presses Tab (or Shift+Tab) until the target has the focus, checking the focus ring at each stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  // One of the matches having the focus is enough: a radio group is one stop, on whichever radio the
  // browser gives it (the checked one, else the first, or the one last focused in the group).
  const focused = () =>
    target.evaluateAll((elements) => elements.some((element) => element === document.activeElement)).catch(() => false);
  if (await focused()) return;
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    await expectVisibleFocus(page);
    if (await focused()) return;
  }
  throw new Error(`${target} never got the focus`);
}

/** Arrow keys move through a radio group and check the radio they land on. */
async function arrowTo(page: Page, radio: Locator) {
  for (let step = 0; step < 20 && !(await radio.isChecked()); step++) await page.keyboard.press("ArrowRight");
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
}

async function logInByKeyboard(page: Page, email: string) {
  await page.goto("/login");
  // The first Tab lands on the skip link, which shows itself and jumps to the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#inhoud")).toBeFocused();

  await tabTo(page, page.getByLabel("E-mailadres"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Wachtwoord"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Inloggen");
}

/**
 * At the desk: "Nieuwe inloop", a name, the topic by arrow keys, register. The time stays on "the
 * next free time": other tests book at the same desk at once, so a chosen time could be gone.
 */
async function registerWalkInByKeyboard(page: Page, name: string) {
  const toggle = page.locator('button[aria-controls="inloop-formulier"]');
  if ((await toggle.getAttribute("aria-expanded")) !== "true") {
    await tabTo(page, toggle);
    await page.keyboard.press("Enter");
  }
  await tabTo(page, page.getByLabel("Of een nieuwe cliënt: Naam of initialen"));
  await page.keyboard.type(name);
  await tabTo(page, page.getByRole("group", { name: "Waar gaat de vraag over?" }).getByRole("radio"));
  await arrowTo(page, page.getByRole("radio", { name: "Belastingrecht" }));
  await tabTo(page, page.getByRole("button", { name: "Inschrijven" }));
  await page.keyboard.press("Enter");
  await expectRegistered(page, name, new RegExp(`${name} is ingeschreven: \\d\\d:\\d\\d bij`));
}

test("a host registers a walk-in with a time and books an appointment with the keyboard alone", async ({ page }) => {
  test.setTimeout(90_000);
  const name = `E2E Toetsenbord ${Date.now().toString(36)}`;
  await logInByKeyboard(page, DEMO.host);
  await expectHeading(page, "Balie vandaag");

  // Registering without a name is refused: announced, and tied to the name field.
  await tabTo(page, page.getByRole("button", { name: "Nieuwe inloop" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Inschrijven" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Nieuwe inloop" }).getByRole("alert")).toBeVisible();
  const nameField = page.getByLabel("Of een nieuwe cliënt: Naam of initialen");
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription("Vul een naam of initialen in.");

  await tabTo(page, nameField, { back: true });
  await registerWalkInByKeyboard(page, name);
  await expect(page.getByRole("button", { name: `Start gesprek: ${name}` })).toBeVisible();
  await expect(nameField).not.toHaveAttribute("aria-invalid");

  await tabTo(page, page.getByRole("link", { name: "Afspraak maken" }), { back: true });
  await page.keyboard.press("Enter");
  await expectHeading(page, "Afspraak maken");
  await tabTo(page, page.getByLabel("Of een nieuwe cliënt: Naam of initialen"));
  await page.keyboard.type(`${name} afspraak`);
  await tabTo(page, page.getByRole("group", { name: "Waar gaat de vraag over?" }).getByRole("radio"));
  await arrowTo(page, page.getByRole("radio", { name: "Belastingrecht" }));
  // The time by arrow key: the second time on offer (the accessibility scan books the first).
  const slot = page.getByLabel("Tijd", { exact: true });
  await tabTo(page, slot);
  await page.keyboard.press("ArrowDown");
  const chosen = await slot.inputValue();
  expect(chosen).toBe(await slot.locator("option").nth(1).getAttribute("value"));
  await tabTo(page, page.getByRole("button", { name: "Afspraak maken" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/balie\/afspraak\/[^/]+$/);
  await expectHeading(page, "Uw afspraak");
});

test("an advisor takes a walk-in into conversation, opens the dossier and adds a note with the keyboard alone", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const name = `E2E Toetsenbord dossier ${Date.now().toString(36)}`;
  await logInByKeyboard(page, DEMO.advisor);
  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Balie vandaag" }));
  await page.keyboard.press("Enter");
  await expectHeading(page, "Balie vandaag");

  await registerWalkInByKeyboard(page, name);
  await tabTo(page, page.getByRole("button", { name: `Start gesprek: ${name}` }));
  await page.keyboard.press("Enter");
  const openDossier = page.getByRole("link", { name: `Dossier openen: ${name}` });
  await expect(openDossier).toBeVisible();
  // The button that had the focus left with its queue row; Tab goes on from where it was.
  await tabTo(page, openDossier);
  await page.keyboard.press("Enter");
  await expectHeading(page, "Dossier openen");

  await tabTo(page, page.getByLabel("Wat is de vraag van de cliënt?"));
  await page.keyboard.type("Een boete van het CJIB die de cliënt niet kan betalen.");
  await tabTo(page, page.getByRole("checkbox", { name: /toestemming/ }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Dossier openen" }));
  await page.keyboard.press("Enter");
  await expectHeading(page, `Dossier: ${name}`);

  // The note form opens from its button with Enter, and takes the focus.
  await tabTo(page, page.getByRole("link", { name: "Notitie", exact: true }).and(page.locator("[data-dossier-tool]")));
  await page.keyboard.press("Enter");
  await expect(page.locator("#formulier")).toBeFocused();

  // An empty note is refused: the refusal is announced and tied to the field.
  const note = page.getByLabel("Nieuwe notitie");
  await tabTo(page, page.getByRole("button", { name: "Notitie opslaan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Niet alles is goed ingevuld." })).toBeVisible();
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(note).toHaveAccessibleDescription("Schrijf een notitie.");

  await tabTo(page, note, { back: true });
  await page.keyboard.type("Cliënt belt zelf het CJIB voor een betalingsregeling.");
  await tabTo(page, page.getByRole("button", { name: "Notitie opslaan" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Cliënt belt zelf het CJIB voor een betalingsregeling.")).toBeVisible();
  await expect(note).not.toHaveAttribute("aria-invalid");
});

/**
 * A client books a half hour on the public page, moves it and cancels it through their link, with
 * the keyboard alone, in Dutch and in Arabic (right to left). The texts come from the client
 * language's own file: what is tested here is the keyboard, the words are tested elsewhere.
 */
for (const locale of ["nl", "ar"] as const) {
  test(`a client books, moves and cancels a half hour online with the keyboard alone (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const texts = JSON.parse(readFileSync(path.join("messages", locale, "public.json"), "utf8")).public;
    const place = "/spreekuur/hengelo-centrale";
    await page.goto(locale === "nl" ? place : `${place}?taal=${locale}`);
    const direction = locale === "ar" ? "rtl" : "ltr";
    await tabTo(page, page.getByRole("link", { name: texts.booking.linkButton }));
    await page.keyboard.press("Enter");
    await expectHeading(page, texts.booking.heading);
    await expect(page.locator("main#inhoud > div")).toHaveAttribute("dir", direction);

    await tabTo(page, page.getByRole("group", { name: texts.booking.topicLegend }).getByRole("radio"));
    await arrowTo(page, page.getByRole("radio", { name: texts.booking.topics["sociale-zekerheid"] }));
    // The times are one radio group across the days: the second time of the second day, away from
    // today's half hours that walk-ins at the desk take while this test runs.
    const times = page.getByRole("group", { name: texts.booking.timeLegend }).getByRole("radio");
    await tabTo(page, times);
    const firstDay = await page
      .getByRole("group", { name: texts.booking.timeLegend })
      .getByRole("group")
      .first()
      .getByRole("radio")
      .count();
    for (let step = 0; step <= firstDay; step++) await page.keyboard.press("ArrowDown");
    const chosen = times.nth(firstDay + 1);
    await expect(chosen).toBeChecked();
    await expect(chosen).toBeFocused();

    await tabTo(page, page.getByLabel(texts.booking.name));
    await page.keyboard.type(`Toetsenbord ${locale}`);
    await tabTo(page, page.getByLabel(texts.booking.phone));
    await page.keyboard.type(uniquePhone());
    await tabTo(page, page.getByRole("checkbox", { name: texts.booking.consent }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: texts.booking.submit }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/afspraak\/[A-Za-z0-9_-]{43}\?nieuw=1$/);
    await expectHeading(page, texts.appointment.madeTitle);
    await expect(page.locator("main#inhoud > div")).toHaveAttribute("dir", direction);

    // Another time through the link: the next one on offer.
    await tabTo(page, page.getByRole("group", { name: texts.appointment.moveTitle }).getByRole("radio"));
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("input[name=slotId]:checked")).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: texts.appointment.moveSubmit }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toHaveText(texts.appointment.moved);

    await tabTo(page, page.getByRole("button", { name: texts.appointment.cancelSubmit }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toHaveText(texts.appointment.cancelled);
  });
}
