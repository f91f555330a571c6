import type { NextRequest } from "next/server";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { POSTER_ROLES } from "@/lib/auth/policy";
import { getPosterPage } from "@/lib/posters/queries";
import { renderLocationPoster } from "@/lib/posters/render";
import { parsePosterQuery } from "@/lib/posters/schema";
import { downloadResponse } from "@/lib/reports/export";

/**
 * /beheer/locaties/<id>/poster?formaat=a4|a5&taal=nl|en|ar|tr|pl|uk: a print-ready PDF of the
 * location's public page, as a poster (A4) or a flyer (A5), for the admin and the coordinator
 * (POSTER_ROLES). Authorised here: layouts do not run for route handlers. Another library's
 * location is not found.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/beheer/locaties/[locationId]/poster">) {
  const { actor, refused } = await authoriseRoute(request, POSTER_ROLES);
  if (refused) return refused;
  const query = parsePosterQuery(request.nextUrl.searchParams);
  if (!query.success) return plainRefusal(400, "refusals.locations.posterQuery");
  const page = await getPosterPage(actor, (await params).locationId);
  if (!page) return plainRefusal(404, "refusals.locations.notFound");
  const { format, locale } = query.data;
  const bytes = await renderLocationPoster({ page, locale, format });
  const kind = format === "A4" ? "poster-A4" : "flyer-A5";
  return downloadResponse(bytes, `${kind}-${page.location.slug}-${locale}.pdf`, "application/pdf");
}
