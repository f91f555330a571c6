// The first step of `npm test`: the end-to-end tests need a Chromium, and finding out that there is
// none should take seconds, not come after the typecheck and the build. Installs one when missing
// (Debian's package as root, else Playwright's download), or stops with the command to run.
import { spawnSync } from "node:child_process";
import { ensureChromium, systemLookup, thisMachine } from "./chromium";

const chromium = ensureChromium({
  ...systemLookup,
  ...thisMachine,
  run: (command) =>
    spawnSync("sh", ["-c", command], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
      .status === 0,
  say: (message) => console.log(message),
});
if (chromium.found) {
  console.log(`Chromium for the end-to-end tests: ${chromium.path}`);
} else {
  console.error(chromium.problem);
  process.exit(1);
}
