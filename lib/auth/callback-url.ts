/**
 * Where next-auth may send someone after logging in or out, or null: an address on Spreekuur's own
 * origin, written as next-auth itself requires (an absolute URL, or a path from the root).
 *
 * next-auth takes that address from the query, the form and its callback-url cookie, all of them
 * the client's to choose, and is not robust against one that is not an address: in the cookie or
 * the query it counts as a broken server configuration, so every page answered 500 for a cookie
 * `next-auth.callback-url=3114`; in the form its default redirect callback throws.
 */
export function ownAddress(url: string, baseUrl: string): string | null {
  if (!url.startsWith("/") && !URL.canParse(url)) return null;
  if (!URL.canParse(url, baseUrl)) return null;
  const target = new URL(url, baseUrl);
  return target.origin === new URL(baseUrl).origin ? target.href : null;
}

/** next-auth's cookie with the address to return to, under its plain and its https name. */
export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];
