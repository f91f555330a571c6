import type { NextRequest } from "next/server";
import { renderLocationCalendar } from "@/lib/public/ical";
import { parsePublicLocale, publicTranslator } from "@/lib/public/locales";
import { locationPagePath } from "@/lib/public/paths";
import { getPublicLocationPage } from "@/lib/public/queries";
import { clock } from "@/lib/clock";

// Public like the page it belongs to; calendar apps poll it, so a few minutes of caching spares
// the database while a cancellation still shows up soon.
const CACHE_CONTROL = "public, max-age=300";

export async function GET(request: NextRequest, { params }: RouteContext<"/spreekuur/[locatie]/agenda.ics">) {
  const { locatie } = await params;
  const locale = parsePublicLocale(request.nextUrl.searchParams.get("taal"));
  const t = publicTranslator(locale);
  const now = clock.now();
  const page = await getPublicLocationPage(locatie, now);
  if (!page) {
    return new Response(`${t("calendar.notFound")}\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_CONTROL },
    });
  }

  const pageUrl = new URL(locationPagePath(page.location.slug, locale), request.nextUrl.origin).toString();
  const ics = renderLocationCalendar({ location: page.location, sessions: page.sessions, pageUrl }, t, now);
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="spreekuur-${page.location.slug}.ics"`,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}
