import type { NextRequest } from "next/server";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { PARTNER_EDIT_ROLES } from "@/lib/auth/policy";
import { exportSocialMap } from "@/lib/partners/export-social-map";
import { downloadResponse } from "@/lib/reports/export";

/** /sociale-kaart/export?format=csv|xlsx: the social map in the format the import reads. */
export async function GET(request: NextRequest) {
  const { actor, refused } = await authoriseRoute(request, PARTNER_EDIT_ROLES);
  if (refused) return refused;
  const file = await exportSocialMap(actor, { format: request.nextUrl.searchParams.get("format") });
  if (!file.ok) return plainRefusal(400, file.error);
  return downloadResponse(file.value.body, file.value.fileName, file.value.contentType);
}
