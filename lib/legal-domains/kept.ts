// What this process has read of the legal-domain taxonomy (queries.ts), in a module without the
// database, so that syncLegalDomains, which scripts run too, can forget it.

let kept: Promise<unknown[]> | undefined;

/**
 * The taxonomy as `read` gives it, read once per process. An empty or failed read (an install not
 * set up yet, a database not reached) is not kept.
 */
export function keptTaxonomy<T>(read: () => Promise<T[]>): Promise<T[]> {
  if (!kept) {
    const reading = read();
    kept = reading;
    const forgetIfStill = () => {
      if (kept === reading) kept = undefined;
    };
    reading.then((domains) => domains.length === 0 && forgetIfStill(), forgetIfStill);
  }
  return kept as Promise<T[]>;
}

/** The next read sees the database again: after a sync has written the taxonomy. */
export function forgetKeptTaxonomy() {
  kept = undefined;
}
