// The session cookie, as next-auth writes and reads it (a JWT encrypted with NEXTAUTH_SECRET),
// in one place for the three that touch it: next-auth's own sign-in (options.ts), the login form's
// server action (log-in.ts) and the proxy that renews "last seen" (proxy.ts).
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/** next-auth's name for the cookie: with the __Secure- prefix (and Secure) behind https. */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: secure ? "__Secure-next-auth.session-token" : "next-auth.session-token", secure };
}

/** The flags next-auth gives the cookie; `maxAge` is what is left of the working day. */
export function sessionCookieOptions(maxAge: number = SESSION_MAX_AGE_SECONDS) {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: sessionCookie().secure, maxAge } as const;
}

/** What a session's token holds from its login: who, and when (session-lifetime.ts). */
export function loginClaims(userId: string, now: number) {
  return { sub: userId, loginAt: now, lastSeenAt: now };
}
