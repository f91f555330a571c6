import { rmSync } from "node:fs";
import { REQUEST_LOG_DIR } from "./support";

/** A fresh log for this run: the check at its end reads only what this run asked for. */
export default function clearRequestLog() {
  rmSync(REQUEST_LOG_DIR, { recursive: true, force: true });
}
