/**
 * The caller's network address, for the audit log and the login rate limit.
 *
 * X-Forwarded-For is a list that every proxy appends to, so only its LAST entry was written by a
 * machine we trust: the reverse proxy in front of Spreekuur (which must append or overwrite it,
 * see docs/security.md), or Next.js itself, which fills in the socket's address when the header
 * is missing. Earlier entries are whatever the client sent and would let anyone pick a fresh
 * address for every login attempt.
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  if (!forwardedFor) return null;
  const last = forwardedFor.split(",").at(-1)?.trim();
  return last ? last.slice(0, 100) : null;
}
