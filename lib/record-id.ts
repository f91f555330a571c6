/**
 * A record id taken from an address, made safe to look up. PostgreSQL text cannot hold the NUL
 * character (U+0000), so a forged id carrying one would fail the query (a 500) instead of finding
 * nothing (a 404); our ids are cuids, so 40 characters is more than any real one.
 */
export function recordIdFromUrl(value: unknown): string {
  return String(value).replaceAll("\u0000", "").slice(0, 40);
}
