import { encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { CALLBACK_URL_COOKIES, ownAddress } from "@/lib/auth/callback-url";
import { sessionClaims, sessionCookie, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { remainingSeconds, sessionState, sessionTimesOf } from "@/lib/auth/session-lifetime";
import {
  COMMON_HEADERS,
  DATA_POLICY,
  keepsSessionAlive,
  newNonce,
  pagePolicy,
  robotsTagOf,
  routeHandlerOf,
} from "@/lib/security/headers";
import { clock } from "@/lib/clock";
import { type Refusal, refusalOfAuthRequest, refusalOfPageRequest } from "@/lib/security/request-guard";

// Next.js 16's proxy (formerly middleware) runs before every request below. It sets the security
// headers, renews the session's "last seen" moment and turns away requests that Next.js or
// next-auth would answer with a 500 (lib/security/request-guard.ts); it decides nothing about
// access: every page, action and route handler authorises itself (lib/auth/session.ts refuses an
// ended session).
//
// A page gets a Content-Security-Policy with a fresh nonce; Next.js reads the nonce from the
// request's copy of the header and puts it on its own scripts while rendering, which is why every
// page renders per request (they do: they read the session or the language cookie).
export async function proxy(request: NextRequest) {
  const handler = routeHandlerOf(request.nextUrl.pathname);
  const baseUrl = process.env.NEXTAUTH_URL ?? request.nextUrl.origin;
  const refusal = handler ? refusalOfAuthRequest(request, baseUrl) : await refusalOfPageRequest(request);
  if (refusal) return refuse(refusal);
  // next-auth takes a callback-url cookie that is not an address for a broken configuration and
  // fails every page with it; without the cookie the visitor is a visitor like any other.
  for (const name of CALLBACK_URL_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value !== undefined && !ownAddress(value, baseUrl)) request.cookies.delete(name);
  }
  const requestHeaders = new Headers(request.headers);
  let policy: string | null;
  if (handler) {
    policy = handler.ownPolicy ? null : DATA_POLICY;
  } else {
    const nonce = newNonce();
    policy = pagePolicy(nonce, {
      dev: process.env.NODE_ENV === "development",
      https: request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:",
    });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  const robotsTag = robotsTagOf(request.nextUrl.pathname);
  if (robotsTag) response.headers.set("X-Robots-Tag", robotsTag);
  if (keepsSessionAlive(request.nextUrl.pathname)) await renewActivity(request, response);
  return response;
}

function refuse({ status, message }: Refusal) {
  const response = new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": DATA_POLICY },
  });
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  if (status === 405) response.headers.set("Allow", "POST");
  return response;
}

/** Re-issues the session cookie with lastSeenAt = now, at most once a minute, never past its day. */
async function renewActivity(request: NextRequest, response: NextResponse) {
  const secret = process.env.NEXTAUTH_SECRET;
  const { name: cookieName } = sessionCookie();
  if (!secret || !request.cookies.has(cookieName)) return;
  const token = await sessionClaims(request.cookies.get(cookieName)?.value);
  const times = sessionTimesOf(token);
  const now = clock.nowMs();
  if (!token || !times || sessionState(times, now) !== "renew") return;
  const maxAge = remainingSeconds(times.loginAt, now);
  const renewed = await encode({ token: { ...token, lastSeenAt: now }, secret, maxAge });
  response.cookies.set(cookieName, renewed, sessionCookieOptions(maxAge));
}

export const config = {
  // Not the build's static files: they carry no data and are served with exact content types.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
