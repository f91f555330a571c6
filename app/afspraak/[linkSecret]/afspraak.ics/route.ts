import type { NextRequest } from "next/server";
import { appointmentCalendar } from "@/lib/booking/confirmation-mail";
import { findAppointmentByLink } from "@/lib/booking/manage";
import { parsePublicLocale, publicTranslator } from "@/lib/public/locales";

// The client's personal link is the authorisation, as on the appointment page: no session. The
// file names the client's appointment, so it is never kept by a cache between the client and us.
const CACHE_CONTROL = "private, no-store";

/** The appointment behind a client's personal link as an .ics file, while the link works. */
export async function GET(request: NextRequest, { params }: RouteContext<"/afspraak/[linkSecret]/afspraak.ics">) {
  const { linkSecret } = await params;
  const appointment = await findAppointmentByLink(linkSecret);
  if (!appointment || appointment.cancelled) {
    const t = publicTranslator(parsePublicLocale(request.nextUrl.searchParams.get("taal")));
    return new Response(`${t("appointment.unusableText")}\n`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_CONTROL },
    });
  }
  const ics = appointmentCalendar({ ...appointment, linkSecret });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="afspraak.ics"',
      "Cache-Control": CACHE_CONTROL,
    },
  });
}
