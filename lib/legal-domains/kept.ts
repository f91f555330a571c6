// What this process has read of the legal-domain taxonomy (queries.ts), in a module without the
// database, so that syncLegalDomains, which scripts run too, can forget it.
//
// Kept for a minute, not for the life of the process: `npm run setup` after a deploy that changed
// the taxonomy, or the demo seed still writing it while a server starts, runs in another process
// and cannot make this one forget. A minute bounds how long a desk shows the old domains, and costs
// one query a minute instead of one per desk, dossier form and report.

const KEEP_MS = 60_000;

let kept: { domains: Promise<unknown[]>; readAt: number } | undefined;

/**
 * The taxonomy as `read` gives it, read at most once a minute. An empty or failed read (an install
 * not set up yet, a database not reached) is not kept.
 */
export function keptTaxonomy<T>(read: () => Promise<T[]>, nowMs = Date.now()): Promise<T[]> {
  if (!kept || nowMs - kept.readAt >= KEEP_MS) {
    const reading = { domains: read(), readAt: nowMs };
    kept = reading;
    const forgetIfStill = () => {
      if (kept === reading) kept = undefined;
    };
    reading.domains.then((domains) => domains.length === 0 && forgetIfStill(), forgetIfStill);
  }
  return kept.domains as Promise<T[]>;
}

/** The next read sees the database again: after a sync has written the taxonomy. */
export function forgetKeptTaxonomy() {
  kept = undefined;
}
