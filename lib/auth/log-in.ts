import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { RequestOrigin } from "@/lib/audit";
import { clock } from "@/lib/clock";
import { ok, refuse, type Result } from "@/lib/result";
import { authenticateWithPassword } from "./login";
import { homePath } from "./roles";
import { loginClaims, sessionCookie, sessionCookieOptions } from "./session-cookie";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { logError } from "@/lib/log-error";

/**
 * Where to go after the login: the page that was asked for, when it is a path of this site, else
 * the role's home. Anything that could leave the site ("//elders.example", "/\elders", a scheme)
 * or carries a control character is ignored.
 */
function pathAfterLogin(asked: unknown, home: string): string {
  if (typeof asked !== "string" || !asked.startsWith("/") || asked.startsWith("//") || asked.includes("\\"))
    return home;
  if ([...asked].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) return home;
  const base = "http://spreekuur.invalid";
  const url = new URL(asked, base);
  return url.origin === base && url.pathname !== "/login" ? `${url.pathname}${url.search}${url.hash}` : home;
}

/** Said when the check itself fails (the database is away): the same words as the form's own. */
const LOGIN_UNAVAILABLE: MessageKey = "refusals.auth.unavailable";

/**
 * The login form's way in, which works without scripts: the same checks as next-auth's
 * credentials sign-in (rate limit, lockout, audit: login.ts), then the same session cookie as
 * next-auth writes after it (options.ts), so every page reads it the same way (session.ts).
 */
export async function logInWithPassword(
  input: { email?: unknown; password?: unknown; callbackUrl?: unknown },
  origin: RequestOrigin,
): Promise<Result<string>> {
  try {
    const result = await authenticateWithPassword({ email: input.email, password: input.password }, origin);
    if (!result.ok) return refuse(result.message);
    const secret = process.env.NEXTAUTH_SECRET;
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set: no session can be issued.");
    const { user } = result;
    const token = { name: user.name, email: user.email, ...loginClaims(user.id, clock.nowMs()) };
    (await cookies()).set(
      sessionCookie().name,
      await encode({ token, secret, maxAge: SESSION_MAX_AGE_SECONDS }),
      sessionCookieOptions(),
    );
    return ok(pathAfterLogin(input.callbackUrl, homePath(user.roles)));
  } catch (error) {
    logError("[auth.login]", error);
    return refuse(LOGIN_UNAVAILABLE);
  }
}
