// The session cookie, as next-auth writes and reads it (a JWT encrypted with NEXTAUTH_SECRET),
// in one place for the four that touch it: next-auth's own sign-in (options.ts), the login form's
// server action (log-in.ts), the proxy that renews "last seen" (proxy.ts) and every request that
// asks who is calling (session.ts).
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";
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

/**
 * The key next-auth encrypts the cookie with, derived from the secret as next-auth/jwt derives it
 * (HKDF-SHA256, no salt), but once per process instead of on every request: the derivation is a
 * job on libuv's thread pool each time (84 µs of CPU per decode with it, 28 µs without).
 */
let derived: { secret: string; key: Uint8Array } | null = null;
function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) {
    const key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    derived = { secret, key };
  }
  return derived.key;
}

/**
 * The claims of a session cookie's value, or null: no cookie, no secret, or a value that does not
 * decrypt (forged, expired, from an older secret). Decrypted as next-auth/jwt's decode does (the
 * same key and clock tolerance), but only with the algorithms its encode writes
 * (tests/unit/session-cookie.test.ts reads what its encode writes). Only the cookie counts:
 * next-auth's getToken also takes an `Authorization: Bearer` header, which no page of ours sends.
 */
export async function sessionClaims(value: string | undefined): Promise<JWT | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!value || !secret) return null;
  try {
    const { payload } = await jwtDecrypt(value, encryptionKey(secret), {
      clockTolerance: 15,
      // What next-auth's encode writes, and nothing else: jose would otherwise also try a
      // password-based (PBES2) header, thousands of hash rounds for a cookie anyone can send.
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return payload as JWT;
  } catch {
    return null;
  }
}
