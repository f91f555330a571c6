import { getLocale, getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import { ACCESS_DENIED_MESSAGES, checkRole } from "@/lib/auth/guard";
import { currentActor } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { downloadResponse } from "@/lib/reports/export";
import { HOURS_REPORT_ROLES } from "@/lib/reports/hours";
import { exportHoursReport, isHoursExportFormat } from "@/lib/reports/hours-export";

function refusal(status: 400 | 401 | 403, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

// Layouts do not run for route handlers: this handler authorises itself, like the page does.
export async function GET(request: NextRequest) {
  const actor = await currentActor();
  const denied = checkRole(actor, HOURS_REPORT_ROLES);
  if (denied) return refusal(denied === "UNAUTHENTICATED" ? 401 : 403, ACCESS_DENIED_MESSAGES[denied]);

  const t = await getTranslations();
  const params = request.nextUrl.searchParams;
  const format = params.get("format");
  if (!isHoursExportFormat(format)) return refusal(400, t("hoursReport.export.unknownFormat"));
  const requestedLocale = await getLocale();
  const file = await exportHoursReport(
    actor,
    { fromWeek: params.get("van"), toWeek: params.get("tot"), locationId: params.get("locatie") },
    format,
    (key, values) => t(key, values),
    isLocale(requestedLocale) ? requestedLocale : "nl",
  );
  return downloadResponse(file.body, file.fileName, file.contentType);
}
