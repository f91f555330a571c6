import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { ownAddress } from "@/lib/auth/callback-url";
import { MAX_BODY_BYTES } from "./body-limit";

// Requests no page of Spreekuur sends, refused by proxy.ts before Next.js or next-auth reads them.
// Both answer such a request with a 500: Next.js throws on a server action it cannot decode, from
// another origin or over its size limit, and on a router state it cannot parse; next-auth throws
// on a JSON body that is not JSON or a callbackUrl that is not an address, and answers a GET of its
// credentials callback with a 500. A browser using Spreekuur never sends any of these, so a plain
// Dutch 4xx is the honest answer.

export type Refusal = { status: 400 | 403 | 405 | 411 | 413 | 415; message: string };

const UNREADABLE: Refusal = {
  status: 400,
  message: "Dit verzoek kan Spreekuur niet lezen. Laad de pagina opnieuw en probeer het nog eens.",
};
const FOREIGN: Refusal = {
  status: 403,
  message: "Dit verzoek komt niet van een pagina van Spreekuur en is geweigerd.",
};
const NO_LENGTH: Refusal = { status: 411, message: "Dit verzoek zegt niet hoe groot het is en is geweigerd." };
const TOO_LARGE: Refusal = { status: 413, message: "Dit verzoek is te groot. Een bestand mag hooguit 10 MB zijn." };
const NOT_THE_LOGIN_FORM: Refusal = {
  status: 415,
  message: "Inloggen en uitloggen gaan via de knoppen van Spreekuur.",
};
const LOGIN_IS_A_POST: Refusal = { status: 405, message: "Inloggen gaat via het inlogformulier van Spreekuur." };
/** The login and logout forms send a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;

/**
 * For a page: a router state Next.js cannot parse, or a server action it cannot decode. Which
 * POSTs are server actions, and how Next.js checks the origin, follows Next.js 16
 * (server-action-request-meta.js, action-handler.js): a `Next-Action` header, or a multipart body
 * (a form posted without JavaScript); a url-encoded body Next.js turns away by itself.
 */
export async function refusalOfPageRequest(request: Request): Promise<Refusal | null> {
  const routerState = request.headers.get("next-router-state-tree");
  if (routerState !== null && !isRouterState(routerState)) return UNREADABLE;

  const contentType = request.headers.get("content-type") ?? "";
  const fetchAction = request.headers.has("next-action");
  const multipart = contentType.startsWith("multipart/form-data");
  if (request.method !== "POST" || contentType === "application/x-www-form-urlencoded" || (!fetchAction && !multipart))
    return null;

  if (!fromOwnOrigin(request.headers)) return FOREIGN;
  const length = request.headers.get("content-length");
  if (length === null) return NO_LENGTH;
  if (Number(length) > MAX_BODY_BYTES) return TOO_LARGE;
  return (await decodable(request, { fetchAction, multipart })) ? null : UNREADABLE;
}

/**
 * For next-auth (/api/auth/…): only what its own client sends, the login and logout forms, and a
 * callbackUrl in the query only when it is an address of ours (lib/auth/callback-url.ts).
 */
export function refusalOfAuthRequest(request: Request, baseUrl: string): Refusal | null {
  const { pathname, searchParams } = new URL(request.url);
  if (!pathname.startsWith("/api/auth/")) return null;
  if (searchParams.getAll("callbackUrl").some((url) => !ownAddress(url, baseUrl))) return UNREADABLE;
  if (request.method === "GET" && pathname.startsWith("/api/auth/callback/")) return LOGIN_IS_A_POST;
  if (request.method !== "POST") return null;
  if (request.headers.get("content-type")?.split(";")[0].trim() !== "application/x-www-form-urlencoded")
    return NOT_THE_LOGIN_FORM;
  return Number(request.headers.get("content-length") ?? 0) > MAX_AUTH_BODY_BYTES ? TOO_LARGE : null;
}

function isRouterState(header: string): boolean {
  try {
    parseAndValidateFlightRouterState(header);
    return true;
  } catch {
    return false;
  }
}

/**
 * Next.js's cross-site check for server actions: an Origin, when sent, must name the host the
 * request was sent to (the first X-Forwarded-Host, else Host). Next.js refuses a mismatch with a
 * 500, and an Origin that is not a URL makes it throw.
 */
function fromOwnOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null" || !URL.canParse(origin)) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0].trim() || headers.get("host");
  return new URL(origin).host === host;
}

/**
 * Whether the body can be what React sends for a server action: a multipart form (with the
 * arguments as JSON in part "0" when it is a fetch), or else one JSON text. The body is read from
 * the copy Next.js makes for the proxy; the action still gets its own.
 */
async function decodable(
  request: Request,
  { fetchAction, multipart }: { fetchAction: boolean; multipart: boolean },
): Promise<boolean> {
  try {
    if (!multipart) {
      JSON.parse(await request.text());
      return true;
    }
    const form = await request.formData();
    if (!fetchAction) return true;
    const args = form.get("0");
    if (typeof args !== "string") return false;
    JSON.parse(args);
    return true;
  } catch {
    return false;
  }
}
