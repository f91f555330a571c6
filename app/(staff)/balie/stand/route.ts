import type { NextRequest } from "next/server";
import { zodMessage } from "@/lib/i18n/message-key";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { getDeskStand } from "@/lib/desk/queries";
import { DESK_LOCATION_NOT_FOUND, deskStandSchema } from "@/lib/desk/schema";
import { recordIdFromUrl } from "@/lib/record-id";
import { DESK_ROLES } from "@/lib/auth/policy";

// no-transform: Next.js hands a route's body to its compression as a stream of unknown length, so
// without it this fingerprint of a few dozen bytes was gzipped on each of the country's 60 change
// checks a second (zlib was 7 % of this route's CPU in a profile under load).
const NOT_KEPT = { "Cache-Control": "private, no-store, no-transform" };

// An open desk asks here every few seconds whether anything changed (components/desk/auto-refresh).
// Unlike other route handlers it renews the session (proxy.ts, lib/security/headers.ts): a desk on
// screen renders itself only when something changed, so its questions are its sign of life.
export async function GET(request: NextRequest) {
  const { actor, refused } = await authoriseRoute(request, DESK_ROLES, NOT_KEPT);
  if (refused) return refused;

  const parsed = deskStandSchema.safeParse({
    locationId: recordIdFromUrl(request.nextUrl.searchParams.get("locatie") ?? ""),
  });
  if (!parsed.success) return plainRefusal(400, zodMessage(parsed.error.issues[0]), NOT_KEPT);
  const stand = await getDeskStand(actor, parsed.data);
  if (stand === null) return plainRefusal(404, DESK_LOCATION_NOT_FOUND, NOT_KEPT);
  return Response.json({ stand }, { headers: NOT_KEPT });
}
