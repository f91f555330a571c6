// Which Chromium the end-to-end tests run in, for both `npm test` (scripts/ensure-chromium.ts,
// which installs one when there is none, before the long typecheck and build) and
// playwright.config.ts. Playwright's own browser download is not reachable from every machine
// (CI reaches only the npm registry and Debian), so Debian's Chromium comes first.
import fs from "node:fs";
import { createRequire } from "node:module";
import type * as Playwright from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** What the resolution looks at, injectable so the tests need not uninstall anything. */
export type ChromiumLookup = {
  /** The CHROMIUM_PATH environment variable. */
  chromiumPath: string | undefined;
  isExecutable(file: string): boolean;
  /** Where Playwright keeps the Chromium that `playwright install chromium` downloads. */
  playwrightChromium(): string;
};

export type Chromium = { found: true; path: string } | { found: false; problem: string };

export function findChromium(lookup: ChromiumLookup): Chromium {
  if (lookup.chromiumPath) {
    // A browser asked for by name is used or refused, never silently swapped for another.
    return lookup.isExecutable(lookup.chromiumPath)
      ? { found: true, path: lookup.chromiumPath }
      : {
          found: false,
          problem: `CHROMIUM_PATH=${lookup.chromiumPath} is not an executable file; point it to a Chromium or unset it.`,
        };
  }
  for (const candidate of [DEBIAN_CHROMIUM, lookup.playwrightChromium()]) {
    if (lookup.isExecutable(candidate)) return { found: true, path: candidate };
  }
  return {
    found: false,
    problem: `No Chromium for the end-to-end tests: not at ${DEBIAN_CHROMIUM}, not in Playwright's browser folder, and CHROMIUM_PATH is not set.`,
  };
}

/** The command ensureChromium runs when there is none: Debian's package as root, else Playwright's download. */
function installCommand(setup: { root: boolean; aptGet: boolean }) {
  return setup.root && setup.aptGet
    ? "apt-get update && apt-get install -y chromium"
    : "npx playwright install chromium";
}

/** The one command to give a person when installing did not work (a machine without internet has Debian's). */
export function manualCommand(setup: { root: boolean; aptGet: boolean }) {
  if (!setup.aptGet) return "npx playwright install chromium";
  return setup.root
    ? "apt-get update && apt-get install -y chromium"
    : "sudo apt-get update && sudo apt-get install -y chromium";
}

export type EnsureSetup = ChromiumLookup & {
  root: boolean;
  aptGet: boolean;
  /** Runs a shell command and tells whether it succeeded. */
  run(command: string): boolean;
  say(message: string): void;
};

/** Finds a Chromium, or installs one when there is none (a wrong CHROMIUM_PATH is not fixed by installing). */
export function ensureChromium(setup: EnsureSetup): Chromium {
  const before = findChromium(setup);
  if (before.found || setup.chromiumPath) return before;
  const command = installCommand(setup);
  setup.say(`${before.problem}\nInstalling one: ${command}`);
  const after = setup.run(command) ? findChromium(setup) : before;
  return after.found
    ? after
    : {
        found: false,
        problem: `Could not install Chromium. Run \`${manualCommand(setup)}\` (or set CHROMIUM_PATH) and try again.`,
      };
}

export const systemLookup: ChromiumLookup = {
  chromiumPath: process.env.CHROMIUM_PATH,
  isExecutable(file) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  // Loaded only when asked: Playwright takes a while to load, and Debian's Chromium is asked first.
  playwrightChromium: () =>
    (createRequire(import.meta.url)("@playwright/test") as typeof Playwright).chromium.executablePath(),
};

export const thisMachine = { root: process.getuid?.() === 0, aptGet: systemLookup.isExecutable("/usr/bin/apt-get") };
