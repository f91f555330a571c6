import { DEMO, expect, expectHeading, expectLoginError, logIn, test } from "./support";

test.describe("each role logs in and lands on its home", () => {
  const homes = [
    { who: "host", email: DEMO.host, path: "/balie", heading: "Balie vandaag" },
    { who: "professional advisor", email: DEMO.advisor, path: "/dossiers", heading: "Mijn dossiers" },
    { who: "volunteer advisor", email: DEMO.volunteer, path: "/dossiers", heading: "Mijn dossiers" },
    { who: "coordinator", email: DEMO.coordinator, path: "/rapportages", heading: "Rapportages" },
    { who: "admin", email: DEMO.admin, path: "/beheer", heading: "Beheer" },
    { who: "programme", email: DEMO.programme, path: "/programma", heading: "Cijfers van de bibliotheken" },
  ];
  for (const home of homes) {
    test(home.who, async ({ page }) => {
      await logIn(page, home.email);
      await expect(page).toHaveURL(home.path);
      await expectHeading(page, home.heading);
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    });
  }

  test("the volunteer is shown as a volunteer", async ({ page }) => {
    await logIn(page, DEMO.volunteer);
    await expect(page.getByText("(Adviseur, Vrijwilliger)")).toBeVisible();
  });
});

test.describe("bad login input gets a clear Dutch message, never a server error", () => {
  test("wrong password", async ({ page }) => {
    await logIn(page, DEMO.coordinator, "dit-is-niet-het-wachtwoord");
    await expectLoginError(page, "Het e-mailadres of het wachtwoord klopt niet.");
    await expect(page).toHaveURL("/login");
  });

  test("empty fields", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expectLoginError(page, "Vul je e-mailadres in.");
  });

  test("a 10 kB string", async ({ page }) => {
    const responses: number[] = [];
    page.on("response", (response) => responses.push(response.status()));
    await logIn(page, "a".repeat(10_240), "b".repeat(10_240));
    await expectLoginError(page, "Dit e-mailadres is te lang.");
    expect(responses.filter((status) => status >= 500)).toEqual([]);
  });

  test("the raw credentials endpoint answers huge input without a 500", async ({ request }) => {
    const csrf = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: "x".repeat(10_240), password: "y", json: "true" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
  });
});

test.describe("access", () => {
  test("an unauthenticated request to a protected page is redirected to login", async ({ page }) => {
    for (const path of ["/balie", "/dossiers", "/rapportages", "/beheer", "/"]) {
      await page.goto(path);
      await expect(page).toHaveURL("/login");
    }
    await expectHeading(page, "Inloggen");
  });

  test("a host cannot open an advisor page: 403", async ({ page }) => {
    await logIn(page, DEMO.host);
    await expect(page).toHaveURL("/balie");
    const response = await page.goto("/dossiers");
    expect(response?.status()).toBe(403);
    await expectHeading(page, "Geen toegang");
    for (const path of ["/rapportages", "/beheer"]) {
      expect((await page.goto(path))?.status()).toBe(403);
    }
  });

  test("logging out ends the session", async ({ page }) => {
    await logIn(page, DEMO.advisor);
    await expect(page).toHaveURL("/dossiers");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL("/login");
    await page.goto("/dossiers");
    await expect(page).toHaveURL("/login");
  });
});

test.describe("app shell", () => {
  test("switches to English and back", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expectHeading(page, "Log in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expectHeading(page, "Inloggen");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  });

  test("has a skip link to the main content as the first tab stop", async ({ page }) => {
    await page.goto("/login");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();
  });

  test("the health endpoint reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
  });
});
