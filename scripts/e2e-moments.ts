// The end-to-end suite at the moments that have broken it, or could: it normally runs at one fixed
// moment (playwright.config.ts), which proves nothing about Thursday evenings or the night the
// clocks change. Run it nightly or before a release; it needs a build (`npm run build`).
//
//   npm run test:e2e:moments [-- --only oudejaarsavond] [-- <playwright arguments>]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

/** Moments in Amsterdam time, each with what it tests. */
export const E2E_MOMENTS = [
  { name: "dinsdagochtend", at: "2026-12-01T10:20:00+01:00", why: "during a regular consultation hour" },
  {
    name: "donderdagavond",
    at: "2026-12-03T19:40:00+01:00",
    why: "after the day's regular hour, an extra session on the same day",
  },
  { name: "zomertijd", at: "2026-03-29T01:50:00+01:00", why: "ten minutes before the clocks go from 02:00 to 03:00" },
  {
    name: "wintertijd",
    at: "2026-10-25T02:50:00+02:00",
    why: "ten minutes before the clocks go from 03:00 back to 02:00",
  },
  {
    name: "oudejaarsavond",
    at: "2026-12-31T23:50:00+01:00",
    why: "a session, a day, a month and a year that end during the run",
  },
] as const;

function main() {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
  const moments = E2E_MOMENTS.filter((moment) => !only || moment.name === only);
  if (moments.length === 0) {
    console.error(`No moment "${only}"; choose from ${E2E_MOMENTS.map((moment) => moment.name).join(", ")}.`);
    return 2;
  }
  if (!fs.existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    console.error("No build found: run `npm run build` first.");
    return 2;
  }
  const results = moments.map((moment) => {
    console.log(`\n=== ${moment.name} (${moment.at}): ${moment.why}`);
    const started = Date.now();
    // A clock offset left in the environment would win over E2E_CLOCK.
    const env: NodeJS.ProcessEnv = { ...process.env, E2E_CLOCK: moment.at };
    delete env.SPREEKUUR_CLOCK_OFFSET_MS;
    // Each moment its own output folder: Playwright empties its folder when a run starts, and the
    // traces of one moment's failures were lost to the next moment that way.
    const output = path.join("test-results", `moment-${moment.name}`);
    const run = spawnSync(
      path.join(projectRoot, "node_modules", ".bin", "playwright"),
      ["test", "--output", output, ...args],
      {
        cwd: projectRoot,
        env,
        stdio: "inherit",
      },
    );
    return { ...moment, passed: run.status === 0, minutes: (Date.now() - started) / 60_000 };
  });
  console.log("\nmoment          at                          result   minutes");
  for (const result of results)
    console.log(
      `${result.name.padEnd(15)} ${result.at.padEnd(27)} ${(result.passed ? "passed" : "FAILED").padEnd(8)} ${result.minutes.toFixed(1)}`,
    );
  const failed = results.filter((result) => !result.passed).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exit(main());
