import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { originFromHeaders } from "@/lib/audit";
import type { Actor } from "./actor";
import { admittedAs, checkRole } from "./guard";
import { actorOfSession } from "./session-actor";
import { sessionClaims, sessionCookie } from "./session-cookie";
import { sessionState, sessionTimesOf } from "./session-lifetime";
import { clock } from "@/lib/clock";

/**
 * The logged-in, active user of this request, or null. Read once per request. Null as well when
 * the session is over its 10 hours or 30 idle minutes, or began before an admin ended it.
 *
 * The cookie is decrypted here rather than through next-auth's getServerSession, which also
 * encrypts a fresh copy of the token on every call (one more key derivation and encryption per
 * request) for a cookie that a page cannot set anyway; proxy.ts renews it instead.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = await sessionClaims((await cookies()).get(sessionCookie().name)?.value);
  // A cookie without the login moments (from an older version) cannot be checked: no session.
  const times = sessionTimesOf(claims);
  if (!claims?.sub || !times || sessionState(times, clock.nowMs()) === "ended") return null;
  const actor = await actorOfSession(claims.sub, times.loginAt);
  if (!actor) return null;
  // The actor carries where the request came from, so every audit event it causes says so.
  return { ...actor, origin: originFromHeaders(await headers()) };
});

/** For pages: not logged in → the login page; logged in with the wrong role → the 403 page. */
export async function requirePageRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  const denied = checkRole(actor, roles);
  if (denied === "UNAUTHENTICATED") redirect("/login");
  if (denied === "FORBIDDEN") forbidden();
  return admittedAs(actor as Actor, roles);
}
