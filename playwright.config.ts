import { defineConfig } from "@playwright/test";
import { findChromium, manualCommand, systemLookup, thisMachine } from "./scripts/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// The Chromium `npm test` made sure of (scripts/chromium.ts: CHROMIUM_PATH, Debian's, Playwright's).
const chromium = findChromium(systemLookup);
if (!chromium.found) throw new Error(`${chromium.problem} Install one: ${manualCommand(thisMachine)}`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [["list"]],
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
  webServer: {
    // The production build (npm test builds it once) on a fresh throw-away database with demo data.
    command: `node_modules/.bin/tsx scripts/serve.ts --e2e`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
