// Route handlers are not wrapped by layouts or use cases, so each one asks here who is calling.
// One place decides the answers: a browser navigation without a session goes to the login page
// (as every staff page does), a script or fetch gets a plain 401 it can act on, a wrong role 403.
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { ACCESS_DENIED_MESSAGES, checkRole } from "./guard";
import { currentActor } from "./session";

const PLAIN_TEXT_HEADERS = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

/** A short Dutch refusal as plain text; `headers` adds or overrides protective headers. */
export function plainRefusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { ...PLAIN_TEXT_HEADERS, ...headers } });
}

export async function authoriseRoute(
  request: NextRequest,
  roles: readonly Role[],
  refusalHeaders: Record<string, string> = {},
): Promise<{ actor: Actor; refused?: never } | { actor?: never; refused: Response }> {
  const actor = await currentActor();
  const denied = checkRole(actor, roles);
  if (denied === "UNAUTHENTICATED") {
    if (request.headers.get("sec-fetch-mode") === "navigate") redirect("/login");
    return { refused: plainRefusal(401, ACCESS_DENIED_MESSAGES.UNAUTHENTICATED, refusalHeaders) };
  }
  if (denied) return { refused: plainRefusal(403, ACCESS_DENIED_MESSAGES.FORBIDDEN, refusalHeaders) };
  return { actor: actor as Actor };
}
