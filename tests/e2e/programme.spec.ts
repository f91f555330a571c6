import { DEMO, expect, expectHeading, logIn, test } from "./support";

const PROGRAMME = "Landelijk programma Sociaal Raadslieden (demo)";

test("a library's admin gives the demo programme access; the programme sees that library's figures, downloads them, and loses them when the access is taken back", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, "beheer@venray.example");
  await admin.goto("/beheer");
  await admin.getByRole("link", { name: "Kies welke programma's en financiers de cijfers zien" }).click();
  await expectHeading(admin, "Programma's en financiers");
  const row = admin.getByRole("row", { name: new RegExp(PROGRAMME.replace(/[()]/g, "\\$&")) });
  await expect(row).toContainText("Geen toegang");

  const programme = await (await browser.newContext()).newPage();
  await logIn(programme, DEMO.programme);
  await expect(programme).toHaveURL("/programma");
  await expectHeading(programme, "Cijfers van de bibliotheken");
  const partnerships = programme.getByRole("region", { name: "Bibliotheken die u toegang gaven" });
  await expect(partnerships.getByRole("listitem")).toHaveCount(2);
  await expect(partnerships).not.toContainText("Venray");

  await row.getByRole("button", { name: `Geef ${PROGRAMME} toegang` }).click();
  await expect(row.getByRole("status")).toHaveText(`${PROGRAMME} ziet nu de cijfers van uw bibliotheek.`);
  await expect(row).toContainText("gegeven door Ruud Gommers");

  await programme.reload();
  await expect(partnerships.getByRole("listitem")).toHaveCount(3);
  await expect(partnerships).toContainText("Bibliotheek Venray (Venray)");
  const keyFigures = programme.getByRole("table", { name: /^Kerncijfers per bibliotheek/ });
  await expect(keyFigures.getByRole("rowheader", { name: "Bibliotheek Venray" })).toBeVisible();
  await expect(keyFigures.getByRole("rowheader", { name: "Samen" })).toBeVisible();
  await expect(programme.getByRole("table", { name: "Samen, per kwartaal" }).getByRole("row")).toHaveCount(5);

  // An earlier quarter, chosen with the keyboard, lands in the address: a funder can share it.
  await programme.getByLabel("Kwartaal", { exact: true }).selectOption({ index: 1 });
  await programme.getByRole("button", { name: "Toon" }).click();
  await expect(programme).toHaveURL(/\/programma\?kwartaal=\d{4}-Q[1-4]$/);
  const chosen = new URL(programme.url()).searchParams.get("kwartaal")!;

  const download = programme.waitForEvent("download");
  await programme.getByRole("link", { name: "Download als CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`programma-${chosen}.csv`);
  const csv = await (await programme.request.get(`/programma/export?format=csv&kwartaal=${chosen}`)).text();
  expect(csv).toContain(";contacten;totaal;");
  // One contacts line per library, and no sum: the CSV stacks with the libraries' own files.
  expect(csv.split("\n").filter((line) => line.includes(";contacten;totaal;"))).toHaveLength(3);
  expect(csv).toContain("venray;Bibliotheek Venray;");
  expect(csv).not.toMatch(/^samen;/m);

  await row.getByRole("button", { name: `Trek de toegang van ${PROGRAMME} in` }).click();
  await expect(row.getByRole("status")).toHaveText(`${PROGRAMME} ziet de cijfers van uw bibliotheek niet meer.`);
  await programme.reload();
  await expect(partnerships.getByRole("listitem")).toHaveCount(2);
  await expect(partnerships).not.toContainText("Venray");
  expect(await (await programme.request.get("/programma/export?format=csv")).text()).not.toContain("venray;");
});

test("the programme reaches no page of a library: not the desk, a dossier, the reports or the admin", async ({
  page,
}) => {
  await logIn(page, DEMO.programme);
  for (const path of [
    "/balie",
    "/dossiers",
    "/rapportages",
    "/rapportages/cijfers",
    "/beheer",
    "/sociale-kaart",
    "/uren",
  ])
    expect((await page.goto(path))?.status(), path).toBe(403);
  await page.goto("/programma");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link")).toHaveText([
    "Cijfers van de bibliotheken",
  ]);
});
