import type { NextRequest } from "next/server";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { amsterdamDay } from "@/lib/dates";
import { exportClientData } from "@/lib/privacy/export";
import { CLIENT_NOT_FOUND } from "@/lib/privacy/schema";
import { clock } from "@/lib/clock";
import { ADMIN_ROLES } from "@/lib/auth/policy";

// Everything about a client in one file: never cached on the way, never sniffed into a page.
const PROTECTIVE_HEADERS = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  "Cross-Origin-Resource-Policy": "same-origin",
};

// Layouts do not run for route handlers: this handler authorises itself, like every page does.
export async function GET(request: NextRequest, { params }: RouteContext<"/beheer/privacy/[clientId]/export">) {
  const { actor, refused } = await authoriseRoute(request, ADMIN_ROLES, PROTECTIVE_HEADERS);
  if (refused) return refused;
  const { clientId } = await params;
  const now = clock.now();
  const data = await exportClientData(actor, clientId, "json", now);
  if (!data) return plainRefusal(404, CLIENT_NOT_FOUND, PROTECTIVE_HEADERS);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...PROTECTIVE_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="inzage-${data.client.id}-${amsterdamDay(now)}.json"`,
    },
  });
}
