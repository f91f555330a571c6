import { NextResponse, type NextRequest } from "next/server";
import { COMMON_HEADERS, DATA_POLICY, newNonce, pagePolicy, routeHandlerOf } from "@/lib/security/headers";

// Next.js 16's proxy (formerly middleware) runs before every request below and sets the security
// headers. It decides nothing about access: every page, action and route handler authorises
// itself. A page gets a Content-Security-Policy with a fresh nonce; Next.js reads the nonce from
// the request's copy of the header and puts it on its own scripts while rendering, which is why
// every page renders per request (they do: they read the session or the language cookie).
export function proxy(request: NextRequest) {
  const handler = routeHandlerOf(request.nextUrl.pathname);
  const requestHeaders = new Headers(request.headers);
  let policy: string | null;
  if (handler) {
    policy = handler.ownPolicy ? null : DATA_POLICY;
  } else {
    const nonce = newNonce();
    policy = pagePolicy(nonce, { dev: process.env.NODE_ENV === "development", https: request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:" });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not the build's static files: they carry no data and are served with exact content types.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
