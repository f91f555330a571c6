import { describe, expect, it } from "vitest";
import { DEBIAN_CHROMIUM, ensureChromium, findChromium, type EnsureSetup } from "@/scripts/chromium";

const PLAYWRIGHTS = "/home/someone/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";
const APT = "apt-get update && apt-get install -y chromium";

/** A machine with the given executables; `installs` says what a command puts there (and whether it succeeds). */
function machine(options: {
  executables?: string[];
  chromiumPath?: string;
  root?: boolean;
  aptGet?: boolean;
  installs?: Record<string, string | false>;
}) {
  const executables = new Set(options.executables ?? []);
  const ran: string[] = [];
  const said: string[] = [];
  const setup: EnsureSetup = {
    chromiumPath: options.chromiumPath,
    isExecutable: (file) => executables.has(file),
    playwrightChromium: () => PLAYWRIGHTS,
    root: options.root ?? false,
    aptGet: options.aptGet ?? true,
    run(command) {
      ran.push(command);
      const installed = options.installs?.[command];
      if (installed) executables.add(installed);
      return installed !== false && installed !== undefined;
    },
    say: (message) => said.push(message),
  };
  return { setup, ran, said };
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, even with Debian's Chromium installed", () => {
    const { setup } = machine({
      executables: ["/opt/chrome/chrome", DEBIAN_CHROMIUM],
      chromiumPath: "/opt/chrome/chrome",
    });
    expect(findChromium(setup)).toEqual({ found: true, path: "/opt/chrome/chrome" });
  });

  it("refuses a CHROMIUM_PATH that is not there instead of taking another browser", () => {
    const { setup } = machine({ executables: [DEBIAN_CHROMIUM], chromiumPath: "/opt/chrome/chrome" });
    const chromium = findChromium(setup);
    expect(chromium.found).toBe(false);
    expect(!chromium.found && chromium.problem).toContain("CHROMIUM_PATH=/opt/chrome/chrome");
  });

  it("takes Debian's Chromium before Playwright's own", () => {
    expect(findChromium(machine({ executables: [PLAYWRIGHTS, DEBIAN_CHROMIUM] }).setup)).toEqual({
      found: true,
      path: DEBIAN_CHROMIUM,
    });
  });

  it("takes Playwright's own download when Debian's is missing", () => {
    expect(findChromium(machine({ executables: [PLAYWRIGHTS] }).setup)).toEqual({ found: true, path: PLAYWRIGHTS });
  });

  it("finds none on a bare machine", () => {
    expect(findChromium(machine({}).setup).found).toBe(false);
  });
});

describe("ensureChromium", () => {
  it("installs nothing when a Chromium is there", () => {
    const { setup, ran } = machine({ executables: [DEBIAN_CHROMIUM], root: true });
    expect(ensureChromium(setup)).toEqual({ found: true, path: DEBIAN_CHROMIUM });
    expect(ran).toEqual([]);
  });

  it("installs Debian's Chromium as root", () => {
    const { setup, ran, said } = machine({ root: true, installs: { [APT]: DEBIAN_CHROMIUM } });
    expect(ensureChromium(setup)).toEqual({ found: true, path: DEBIAN_CHROMIUM });
    expect(ran).toEqual([APT]);
    expect(said.join("\n")).toContain(APT);
  });

  it("uses Playwright's installer as root on a machine without apt-get", () => {
    const { setup, ran } = machine({
      root: true,
      aptGet: false,
      installs: { "npx playwright install chromium": PLAYWRIGHTS },
    });
    expect(ensureChromium(setup)).toEqual({ found: true, path: PLAYWRIGHTS });
    expect(ran).toEqual(["npx playwright install chromium"]);
  });

  it("uses Playwright's installer when not root", () => {
    const { setup, ran } = machine({ installs: { "npx playwright install chromium": PLAYWRIGHTS } });
    expect(ensureChromium(setup)).toEqual({ found: true, path: PLAYWRIGHTS });
    expect(ran).toEqual(["npx playwright install chromium"]);
  });

  it("stops with the one command to run when installing fails", () => {
    const { setup } = machine({ installs: { "npx playwright install chromium": false } });
    const chromium = ensureChromium(setup);
    expect(chromium.found).toBe(false);
    expect(!chromium.found && chromium.problem).toContain(
      "Run `sudo apt-get update && sudo apt-get install -y chromium`",
    );
  });

  it("stops when the install succeeds but leaves no Chromium it can find", () => {
    const { setup } = machine({ root: true, installs: { [APT]: "/usr/lib/chromium/chromium" } });
    const chromium = ensureChromium(setup);
    expect(chromium.found).toBe(false);
    expect(!chromium.found && chromium.problem).toContain(`Run \`${APT}\``);
  });

  it("does not install over a wrong CHROMIUM_PATH", () => {
    const { setup, ran } = machine({
      chromiumPath: "/nowhere/chrome",
      root: true,
      installs: { [APT]: DEBIAN_CHROMIUM },
    });
    expect(ensureChromium(setup).found).toBe(false);
    expect(ran).toEqual([]);
  });
});
