import "server-only";
import { cookies } from "next/headers";
import { sessionCookie, sessionCookieOptions } from "./session-cookie";

/**
 * Ends this browser's session by removing the cookie next-auth would remove on its sign-out, with
 * the same flags so that the browser drops it (a cookie is only replaced by one of the same path
 * and security). The staff pages no longer load next-auth's client script for this one call.
 */
export async function logOut(): Promise<void> {
  (await cookies()).set(sessionCookie().name, "", sessionCookieOptions(0));
}
