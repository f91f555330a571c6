import fs from "node:fs";
import path from "node:path";
import type { APIResponse, Page, Route } from "@playwright/test";
import { startAppProcess, type AppProcess } from "./app-process";
import { APP_ENV_FILE, E2E_PORT, SECOND_PORT } from "./servers";
import { DEMO, expect, expectHeading, logIn, registerNewWalkIn, test, visitRow } from "./support";

// docs/scaling.md promises that any instance serves any request. Instance A is the server every
// spec uses; B is a second `next start` of the same build with A's environment (database, secret)
// on the next port. Cookies ignore the port, so a browser logged in on one is logged in on both.
const A = `http://localhost:${E2E_PORT}`;
const B = `http://localhost:${SECOND_PORT}`;

const instanceB = (() => {
  let running: AppProcess | undefined;
  return {
    async start() {
      running = await startAppProcess({
        command: path.resolve("node_modules/.bin/next"),
        args: ["start", "--port", String(SECOND_PORT)],
        env: {
          ...process.env,
          ...(JSON.parse(fs.readFileSync(APP_ENV_FILE, "utf8")) as Record<string, string>),
          PORT: String(SECOND_PORT),
          NEXTAUTH_URL: B,
        },
        baseURL: B,
        within: 60_000,
      });
    },
    // B holds nothing, so a stop that hangs on the desk's keep-alive connection becomes a kill.
    stop: (signal: NodeJS.Signals) => running?.stop(signal),
  };
})();

test.beforeAll(async () => {
  test.setTimeout(90_000);
  await instanceB.start();
});
test.afterAll(() => instanceB.stop("SIGTERM"));

const queueItem = (page: Page, name: string) =>
  page.getByRole("region", { name: "Wachtrij" }).getByRole("listitem").filter({ hasText: name });
const visitIdIn = async (answer: APIResponse) => (await answer.text()).match(/"visitId":"([^"]+)"/)?.[1];

test("two instances on one database: log in on one, work on the other, lose one mid-submit without losing or doubling the walk-in", async ({
  browser,
  page: host,
}) => {
  test.setTimeout(90_000);
  const suffix = Date.now().toString(36);

  // Logged in on A, the host opens the desk on B: B accepts the session A signed. (The fixture's
  // page is closed before afterAll, so its desk stops asking B.)
  await logIn(host, DEMO.host);
  expect(new URL(host.url()).origin).toBe(A);
  await host.goto(`${B}/balie`);
  await expectHeading(host, "Balie vandaag");

  // A colleague registers a walk-in on A; the host's open desk on B shows it without a reload.
  const colleague = await (await browser.newContext()).newPage();
  await logIn(colleague, DEMO.host);
  await colleague.goto("/balie");
  const registeredOnA = `E2E Via A ${suffix}`;
  // Two servers, two browsers and PostgreSQL share two cores here: an answer takes longer than
  // the suite's usual 20 s at times (CI of 88603df and 0c4180c). A lost walk-in still fails.
  await registerNewWalkIn(colleague, registeredOnA, "Belastingrecht", { timeout: 45_000 });
  await expect(queueItem(host, registeredOnA)).toBeVisible({ timeout: 15_000 });

  // B is killed in the middle of the host's submit: after it stored the walk-in, before its
  // answer reached the browser. A load balancer would then send the same request to A; this route
  // plays that part for B's address until B is back. A finds the form's submission key and
  // answers with B's result, so the walk-in exists once.
  let bIsDown = false;
  let visitIdFromB: string | undefined;
  let visitIdFromA: string | undefined;
  // A proxy passes on the public host, and Next.js compares it with the origin of a server action.
  const toA = async (route: Route) =>
    route.fetch({
      url: route.request().url().replace(B, A),
      headers: { ...(await route.request().allHeaders()), "x-forwarded-host": new URL(B).host },
    });
  await host.route(`${B}/**`, async (route) => {
    const isServerAction =
      route.request().method() === "POST" && (await route.request().headerValue("next-action")) !== null;
    if (!bIsDown && isServerAction) {
      visitIdFromB = await visitIdIn(await route.fetch());
      bIsDown = true;
      await instanceB.stop("SIGKILL");
    } else if (!bIsDown) {
      // The desk's 5-second question can be on its way to B when B dies. The browser would then
      // reload the whole page (and lose the answer on screen); a balancer retries it on A.
      try {
        return await route.fulfill({ response: await route.fetch() });
      } catch {
        bIsDown = true;
      }
    }
    const answer = await toA(route);
    if (isServerAction) visitIdFromA = await visitIdIn(answer);
    await route.fulfill({ response: answer });
  });
  const registeredOnB = `E2E Via B ${suffix}`;
  await registerNewWalkIn(host, registeredOnB, "Sociale zekerheid", { timeout: 45_000 });
  expect(bIsDown).toBe(true);
  expect(visitIdFromB).toBeTruthy();
  expect(visitIdFromA).toBe(visitIdFromB);
  await colleague.reload();
  await expect(visitRow(colleague, registeredOnB)).toHaveCount(1);

  // B comes back and the host carries on there, still logged in: the walk-in is on B's desk once,
  // and what the host does on B reaches A.
  await instanceB.start();
  await host.unrouteAll({ behavior: "wait" });
  await host.goto(`${B}/balie`);
  await expectHeading(host, "Balie vandaag");
  await expect(visitRow(host, registeredOnB)).toHaveCount(1);
  await host.getByRole("button", { name: `Niet gekomen: ${registeredOnB}` }).click();
  await expect(visitRow(host, registeredOnB)).toContainText("Niet gekomen");
  await colleague.reload();
  await expect(visitRow(colleague, registeredOnB)).toContainText("Niet gekomen");
});
