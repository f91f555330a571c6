// How long a session lasts, as plain arithmetic on the two moments the session cookie carries:
// when the user logged in (loginAt) and when they last sent a request (lastSeenAt). The proxy
// renews lastSeenAt; the session check (currentActor) refuses an ended session.

/** A working day: a host or advisor logs in once in the morning, and is out by the evening. */
export const SESSION_MAX_AGE_SECONDS = 10 * 60 * 60;
/** No request for this long and the session ends (ASVS 3.3.2 at level 2: 30 minutes). */
export const IDLE_TIMEOUT_MINUTES = 30;
/** lastSeenAt is written at most this often, so not every request re-issues the cookie. */
export const ACTIVITY_RENEWAL_SECONDS = 60;

export type SessionTimes = { loginAt: number; lastSeenAt: number };

export function sessionState({ loginAt, lastSeenAt }: SessionTimes, now: number): "ended" | "renew" | "current" {
  if (now - loginAt > SESSION_MAX_AGE_SECONDS * 1000) return "ended";
  if (now - lastSeenAt > IDLE_TIMEOUT_MINUTES * 60_000) return "ended";
  if (now - lastSeenAt > ACTIVITY_RENEWAL_SECONDS * 1000) return "renew";
  return "current";
}

/** What is left of the working day, for the renewed cookie's expiry. */
export function remainingSeconds(loginAt: number, now: number): number {
  return Math.max(0, Math.floor((loginAt + SESSION_MAX_AGE_SECONDS * 1000 - now) / 1000));
}

/** The two moments from a decoded token or session, or null when the cookie predates them. */
export function sessionTimesOf(claims: Record<string, unknown> | null | undefined): SessionTimes | null {
  const loginAt = claims?.loginAt;
  const lastSeenAt = claims?.lastSeenAt;
  if (typeof loginAt !== "number" || typeof lastSeenAt !== "number") return null;
  return { loginAt, lastSeenAt };
}
