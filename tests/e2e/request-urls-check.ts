import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { leakIn, masked } from "../support/request-url-leaks";
import { REQUEST_LOG_DIR } from "./support";

function lines(extension: string): string[] {
  if (!existsSync(REQUEST_LOG_DIR)) return [];
  return readdirSync(REQUEST_LOG_DIR)
    .filter((file) => file.endsWith(extension))
    .flatMap((file) => readFileSync(path.join(REQUEST_LOG_DIR, file), "utf8").split("\n"))
    .filter(Boolean);
}

/**
 * The last step of the end-to-end run: no request URL of the whole run may hold a form's fields
 * or a secret a test typed (tests/support/request-url-leaks.ts). A failure lists the URLs, with
 * the secrets masked, and fails the run.
 */
export default function checkRequestUrls() {
  const secrets = [...new Set(lines(".secrets").map((line) => JSON.parse(line) as string))];
  const urls = [...new Set(lines(".urls"))];
  const leaks = urls.flatMap((url) => {
    const reason = leakIn(url, secrets);
    return reason ? [`${masked(url, secrets)}\n    ${reason}`] : [];
  });
  if (leaks.length > 0)
    throw new Error(`${leaks.length} request URL(s) of this run hold what a form posts:\n  ${leaks.join("\n  ")}`);
  console.log(`request URLs: ${urls.length} checked, none holds a form's fields or a typed secret`);
}
