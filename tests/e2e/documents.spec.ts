import {
  DEMO,
  dossierTimeline,
  expect,
  logIn,
  openDossierForm,
  openDossierFromNewWalkIn,
  SAMPLE_PDF,
  test,
} from "./support";

test("an advisor uploads a client's letter, opens and deletes it; a host, another library and an anonymous visitor cannot fetch it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = `E2E Document ${Date.now().toString(36)}`;
  const advisor = await (await browser.newContext()).newPage();
  await logIn(advisor, DEMO.advisor);
  await advisor.goto("/balie");

  await openDossierFromNewWalkIn(advisor, {
    name: name,
    category: "Belastingrecht",
    question: "Brief van de Belastingdienst over de zorgtoeslag 2025.",
    domain: "Belastingrecht > Toeslagen (huur-, zorg- en kinderopvangtoeslag)",
  });
  await openDossierForm(advisor, "Document");

  const fileInput = advisor.getByLabel("Foto of PDF van de brief");
  await expect(fileInput).toHaveAttribute("accept", "application/pdf,image/*");
  await fileInput.setInputFiles({
    name: "brief.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await advisor.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(
    advisor.getByRole("alert").filter({ hasText: "Dit bestand is geen PDF of foto. Upload een PDF, JPG of PNG." }),
  ).toBeVisible();

  await fileInput.setInputFiles({ name: "Beschikking Toeslagen.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await advisor.getByRole("button", { name: "Toevoegen", exact: true }).click();
  const link = advisor.getByRole("link", { name: /^Beschikking Toeslagen\.pdf/ });
  await expect(link).toBeVisible();
  await expect(dossierTimeline(advisor).getByText("Brief van de cliënt · 1 kB")).toBeVisible();
  const documentUrl = (await link.getAttribute("href"))!;
  expect(documentUrl).toMatch(/^\/dossiers\/[^/]+\/documenten\/[^/]+$/);

  const opened = await advisor.request.get(documentUrl);
  expect(opened.status()).toBe(200);
  expect(opened.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox",
    "cache-control": "private, no-store",
  });
  expect(opened.headers()["content-disposition"]).toContain("inline;");
  expect(await opened.body()).toEqual(SAMPLE_PDF);

  const host = await (await browser.newContext()).newPage();
  await logIn(host, DEMO.host);
  expect((await host.goto(documentUrl))?.status()).toBe(403);
  const otherLibrary = await (await browser.newContext()).newPage();
  await logIn(otherLibrary, "adviseur@venray.example");
  expect((await otherLibrary.goto(documentUrl))?.status()).toBe(404);
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.request.get(documentUrl)).status()).toBe(401);
  await anonymous.goto(documentUrl);
  await expect(anonymous).toHaveURL(/\/login$/);

  await advisor.getByRole("button", { name: "Beschikking Toeslagen.pdf verwijderen" }).click();
  await expect(
    advisor.getByText("Beschikking Toeslagen.pdf verwijderen? Dit kan niet ongedaan worden gemaakt."),
  ).toBeVisible();
  await advisor.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(link).toHaveCount(0);
  await expect(dossierTimeline(advisor).getByText("Brief van de cliënt · 1 kB")).toHaveCount(0);
  expect((await advisor.request.get(documentUrl)).status()).toBe(404);
});
