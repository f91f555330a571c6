// The HTTP security headers of every answer, set in one place (proxy.ts). Kept free of Next.js
// imports so the policy can be unit-tested as plain strings.

/**
 * Route handlers answer with data or a file (JSON, CSV, Excel, iCal, a client's letter), never
 * with a page, so they get a policy that lets nothing run instead of the page's nonce policy. A
 * handler that sets its own Content-Security-Policy says so: the proxy's headers win over a
 * handler's, so the proxy must leave that one header alone. tests/unit/security-headers.test.ts
 * fails when a route.ts in app/ matches none of these.
 */
const ROUTE_HANDLERS: { path: RegExp; ownPolicy?: true; keepsSessionAlive?: true }[] = [
  { path: /^\/api\// },
  { path: /^\/rapportages\/[^/]+\/export$/ },
  // The social map as a CSV or Excel file, in the format its import reads.
  { path: /^\/sociale-kaart\/export$/ },
  // A programme's figures of the partnerships that gave it access, as CSV or Excel.
  { path: /^\/programma\/export$/ },
  // Whether today's desk changed: a fingerprint for the desk's own refresh. Asked only by a desk
  // that is on screen, which renders itself only when something changed: its questions are what
  // keeps the host's session alive (proxy.ts), as a person at the desk would expect.
  { path: /^\/balie\/stand$/, keepsSessionAlive: true },
  // A client's subject-access export: JSON, downloaded by the admin.
  { path: /^\/beheer\/privacy\/[^/]+\/export$/ },
  // A location's poster or flyer as a print-ready PDF, downloaded by the admin or the coordinator.
  { path: /^\/beheer\/locaties\/[^/]+\/poster$/ },
  { path: /^\/spreekuur\/[^/]+\/agenda\.ics$/ },
  // A client's appointment as an .ics file, behind their personal link.
  { path: /^\/afspraak\/[^/]+\/afspraak\.ics$/ },
  // For search engines (app/robots.ts, app/sitemap.ts) and the tab's icon (app/icon.svg).
  { path: /^\/(?:robots\.txt|sitemap\.xml|icon\.svg)$/ },
  // Serves a client's letter with "sandbox" only: a PDF viewer needs no more, and no less.
  { path: /^\/dossiers\/[^/]+\/documenten\/[^/]+$/, ownPolicy: true },
];

export function routeHandlerOf(pathname: string) {
  return ROUTE_HANDLERS.find((handler) => handler.path.test(pathname)) ?? null;
}

/**
 * Whether a request renews the session's "last seen" moment (proxy.ts): pages and server actions
 * are what a person does; route handlers (a calendar app polling the iCal feed, a download) are
 * not, except the change check of a desk on screen.
 */
export function keepsSessionAlive(pathname: string): boolean {
  const handler = routeHandlerOf(pathname);
  return handler === null || handler.keepsSessionAlive === true;
}

/**
 * The policy of a page. Scripts run only with this request's nonce (Next.js puts it on its own
 * scripts) or when loaded by such a script ('strict-dynamic'); no plugins, no <base>, forms post
 * only to us, and no other site may frame us. Style ATTRIBUTES are allowed ('unsafe-inline' on
 * style-src-attr only): React renders style={{…}} as attributes (the charts use it), a nonce
 * cannot cover an attribute, and an injected style attribute can restyle one element but neither
 * run script nor read the page. <style> elements still need the nonce.
 */
export function pagePolicy(nonce: string, { dev = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For data and files: nothing may run, load or frame it, also when a browser shows it. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Two years; browsers only honour it over https, so on http://localhost it does nothing. */
const HSTS = "max-age=63072000; includeSubDomains";

/** Headers for every answer, page or not. */
export const COMMON_HEADERS: Record<string, string> = {
  "Strict-Transport-Security": HSTS,
  // Full URLs (with a dossier id) stay inside Spreekuur; another site sees only our origin.
  // Not "no-referrer": that turns the Origin of our own POSTs into "null", which Next.js's
  // server-action check rightly refuses.
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  // frame-ancestors 'none' for browsers too old to know it.
  "X-Frame-Options": "DENY",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), display-capture=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** A nonce of 128 random bits, base64 as CSP wants it; new for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** A public location page (app/spreekuur/[locatie]), in any language; not its calendar feed. */
const INDEXABLE_PAGE = /^\/spreekuur\/[^/]+\/?$/;

/**
 * The X-Robots-Tag of an answer: search engines may list only the public location pages. Every
 * other answer says noindex, also to a crawler that ignores robots.txt or follows a shared link to
 * a staff page, a download or the login.
 */
export function robotsTagOf(pathname: string): string | null {
  return INDEXABLE_PAGE.test(pathname) ? null : "noindex, nofollow";
}
