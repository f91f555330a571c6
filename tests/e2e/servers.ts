import os from "node:os";
import path from "node:path";

/** The app every spec runs against: the webServer of playwright.config.ts. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second instance of the same build on the same database (two-instances.spec.ts). */
export const SECOND_PORT = E2E_PORT + 1;
/** A library's own install beside the suite's: `npm start` on an empty database (onboarding.spec.ts). */
export const FRESH_INSTALL_PORT = E2E_PORT + 2;
/** The same build in several processes on one port (server-processes.spec.ts). */
export const PROCESSES_PORT = E2E_PORT + 3;
/** Where `serve.ts --e2e` leaves the app's environment, so that second instance can share it. */
export const APP_ENV_FILE = path.join(os.tmpdir(), `spreekuur-e2e-${E2E_PORT}.json`);
/** The SMTP server the runner starts (mail-setup.ts); the app sends its mail there. */
export const SMTP_PORT = E2E_PORT + 25;
/** Where that server leaves each mail it receives, for the specs in their worker processes. */
export const MAIL_DIR = path.join(os.tmpdir(), `spreekuur-e2e-mail-${E2E_PORT}`);
