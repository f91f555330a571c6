import { defineConfig } from "@playwright/test";
import { clockOffsetFrom } from "./lib/clock";
import { findChromium, manualCommand, systemLookup, thisMachine } from "./scripts/chromium";
import { APP_ENV_FILE, E2E_PORT as PORT, SMTP_PORT } from "./tests/e2e/servers";

/**
 * The moment the suite runs at, whatever the day: a Wednesday late morning, with no regular
 * consultation hour (the seed adds the session the desk specs work in). `E2E_CLOCK` picks another
 * one; `npm run test:e2e:moments` runs the suite at the moments that have broken it before.
 */
export const DEFAULT_E2E_MOMENT = "2026-12-02T11:20:00+01:00";
// Set once in the runner, before its workers start: they inherit it, and so share the server's clock.
process.env.SPREEKUUR_CLOCK_OFFSET_MS ||= String(
  clockOffsetFrom({ SPREEKUUR_CLOCK: process.env.E2E_CLOCK ?? DEFAULT_E2E_MOMENT }),
);

// The Chromium `npm test` made sure of (scripts/chromium.ts: CHROMIUM_PATH, Debian's, Playwright's).
const chromium = findChromium(systemLookup);
if (!chromium.found) throw new Error(`${chromium.problem} Install one: ${manualCommand(thisMachine)}`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A loaded two-core machine (two Chromiums, the server and PostgreSQL) answers a login (a password
  // hash) or a dossier in seconds, not milliseconds: three logins and four pages took over 30 s at
  // load 18. A real defect still fails, only later. A minute was still too short for flows of a
  // dozen steps in a full CI run (a deactivation, a second legal domain: each step within its own
  // wait, the whole just over 60 s), so the default is a minute and a half.
  timeout: 90_000,
  // The same for one answer: a server action that renders the desk or opens a dossier took over
  // 10 s twice in CI (once with a second server starting beside the first).
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  // Every request URL of the run is recorded (tests/e2e/support.ts) and checked at its end: no form
  // may have sent its fields in an address. The app's mail goes to an SMTP server of the runner.
  globalSetup: ["./tests/e2e/request-urls-setup.ts", "./tests/e2e/mail-setup.ts"],
  globalTeardown: "./tests/e2e/request-urls-check.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium.path,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    },
  },
  // The waiting list of a location is one queue: a cancellation in another flow at the same
  // location (booking.spec, keyboard.spec) would offer its half hour to the spec's waiting client, so
  // the waiting-list flow runs after the flows, alone.
  // The request fuzz sends five bodies of over 10 MB and 500 requests as fast as the server takes
  // them: run beside a user's flow it made a login miss its timeout in CI. It runs last, alone
  // (`npx playwright test --no-deps tests/e2e/request-fuzz.spec.ts` runs it without the flows).
  // The server-processes spec starts seven Next.js processes in a minute: last, alone as well.
  projects: [
    {
      name: "flows",
      testIgnore: [/request-fuzz\.spec\.ts$/, /waiting-list\.spec\.ts$/, /server-processes\.spec\.ts$/],
    },
    { name: "waiting-list", testMatch: /waiting-list\.spec\.ts$/, dependencies: ["flows"] },
    { name: "fuzz", testMatch: /request-fuzz\.spec\.ts$/, dependencies: ["waiting-list"] },
    { name: "processes", testMatch: /server-processes\.spec\.ts$/, dependencies: ["fuzz"] },
  ],
  webServer: {
    // The production build (npm test builds it once) on a fresh throw-away database with demo data.
    // two-instances.spec.ts starts a second instance on PORT + 1 with the environment it leaves.
    command: `node_modules/.bin/tsx scripts/serve.ts --e2e`,
    env: {
      PORT: String(PORT),
      SPREEKUUR_CLOCK_OFFSET_MS: process.env.SPREEKUUR_CLOCK_OFFSET_MS,
      SPREEKUUR_E2E_ENV_FILE: APP_ENV_FILE,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    },
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
