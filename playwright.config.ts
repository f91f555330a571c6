import { defineConfig } from "@playwright/test";
import { APP_ENV_FILE, E2E_PORT as PORT } from "./tests/e2e/servers";

// Debian's Chromium: Playwright's own browser download is not reachable from CI.
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
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    },
  },
  webServer: {
    // The production build (npm test builds it once) on a fresh throw-away database with demo data.
    // two-instances.spec.ts starts a second instance on PORT + 1 with the environment it leaves.
    command: `node_modules/.bin/tsx scripts/serve.ts --e2e`,
    env: { PORT: String(PORT), SPREEKUUR_E2E_ENV_FILE: APP_ENV_FILE },
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
