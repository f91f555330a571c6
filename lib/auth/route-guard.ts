// Route handlers are not wrapped by layouts or use cases, so each one asks here who is calling.
// One place decides the answers: a browser navigation without a session goes to the login page
// (as every staff page does), a script or fetch gets a plain 401 it can act on, a wrong role 403.
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import type { Message } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-refusal";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { ACCESS_DENIED_MESSAGES, admittedAs, checkRole } from "./guard";
import { currentActor } from "./session";

const PLAIN_TEXT_HEADERS = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

/** A short refusal as plain text in the staff member's language; `headers` adds or overrides protective headers. */
export async function plainRefusal(
  status: number,
  message: Message,
  headers: Record<string, string> = {},
): Promise<Response> {
  const text = await translateMessage(message);
  return new Response(`${text}\n`, { status, headers: { ...PLAIN_TEXT_HEADERS, ...headers } });
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
    return { refused: await plainRefusal(401, ACCESS_DENIED_MESSAGES.UNAUTHENTICATED, refusalHeaders) };
  }
  if (denied) return { refused: await plainRefusal(403, ACCESS_DENIED_MESSAGES.FORBIDDEN, refusalHeaders) };
  return { actor: admittedAs(actor as Actor, roles) };
}
