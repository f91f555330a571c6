import type { NextRequest } from "next/server";
import { getTranslations } from "@/lib/i18n/server";
import { recordAudit } from "@/lib/audit";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { SIGNAL_REGISTER_ROLES } from "@/lib/auth/policy";
import { getStaffFormat } from "@/lib/format/server";
import { CSV_CONTENT_TYPE, downloadResponse } from "@/lib/reports/export";
import { DOCX_CONTENT_TYPE } from "@/lib/letters/docx";
import { getSignalReport, signalPeriod } from "@/lib/signals/report";
import { signalReportCsv, signalReportDocx } from "@/lib/signals/report-export";

// Layouts do not run for route handlers: this handler authorises itself, like every page does.
export async function GET(request: NextRequest) {
  const { actor, refused } = await authoriseRoute(request, SIGNAL_REGISTER_ROLES);
  if (refused) return refused;

  const query = request.nextUrl.searchParams;
  const format = query.get("format");
  if (format !== "csv" && format !== "docx") return plainRefusal(400, "refusals.reports.chooseFormat");
  // A download of the wrong period would be mistaken for the right one, so it is refused, not defaulted.
  const { period, error } = signalPeriod({ van: query.get("van"), tot: query.get("tot") });
  if (error) return plainRefusal(400, error);

  const report = await getSignalReport(actor, period);
  const { locale } = await getStaffFormat();
  const t = await getTranslations();
  await recordAudit({
    actor,
    action: "report.export",
    access: "READ",
    details: { report: "signals", format, ...period },
  });
  const fileName = `${t("signalReport.fileName")}-${period.from}-${period.to}.${format}`;
  if (format === "csv") return downloadResponse(signalReportCsv(report, t), fileName, CSV_CONTENT_TYPE);
  return downloadResponse(await signalReportDocx(report, t, locale), fileName, DOCX_CONTENT_TYPE);
}
