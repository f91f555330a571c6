import { getTranslations } from "@/lib/i18n/server";
import type { NextRequest } from "next/server";
import { getStaffFormat } from "@/lib/format/server";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { downloadResponse } from "@/lib/reports/export";
import { exportHoursReport, isHoursExportFormat } from "@/lib/reports/hours-export";
import { REPORT_ROLES } from "@/lib/auth/policy";

// Layouts do not run for route handlers: this handler authorises itself, like the page does.
export async function GET(request: NextRequest) {
  const { actor, refused } = await authoriseRoute(request, REPORT_ROLES);
  if (refused) return refused;

  const t = await getTranslations();
  const params = request.nextUrl.searchParams;
  const format = params.get("format");
  if (!isHoursExportFormat(format)) return plainRefusal(400, "refusals.reports.chooseFormat");
  const file = await exportHoursReport(
    actor,
    { fromWeek: params.get("van"), toWeek: params.get("tot"), locationId: params.get("locatie") },
    format,
    (key, values) => t(key, values),
    (await getStaffFormat()).locale,
  );
  return downloadResponse(file.body, file.fileName, file.contentType);
}
