import type { NextRequest } from "next/server";
import { getTranslations } from "@/lib/i18n/server";
import { getStaffFormat } from "@/lib/format/server";
import { recordAudit } from "@/lib/audit";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { costBenefitPeriod, getCostBenefitOverview, PERIOD_INVALID } from "@/lib/reports/cost-benefit-overview";
import { costBenefitTables } from "@/lib/reports/cost-benefit-overview-export";
import { CSV_CONTENT_TYPE, downloadResponse, toCsv, toXlsx, XLSX_CONTENT_TYPE } from "@/lib/reports/export";
import { REPORT_ROLES } from "@/lib/auth/policy";

// Layouts do not run for route handlers: this handler authorises itself, like every page does.
export async function GET(request: NextRequest) {
  const { actor, refused } = await authoriseRoute(request, REPORT_ROLES);
  if (refused) return refused;

  const query = request.nextUrl.searchParams;
  const format = query.get("format");
  if (format !== "csv" && format !== "xlsx") return plainRefusal(400, "refusals.reports.chooseFormat");
  // A download of the wrong period would be mistaken for the right one, so it is refused, not defaulted.
  const { period, error } = costBenefitPeriod({
    van: query.get("van") ?? undefined,
    tot: query.get("tot") ?? undefined,
  });
  if (error) return plainRefusal(400, PERIOD_INVALID);

  const overview = await getCostBenefitOverview(actor, period);
  const { locale } = await getStaffFormat();
  const t = await getTranslations();
  const { cases, summary } = costBenefitTables(overview, format, t, locale);
  await recordAudit({
    actor,
    action: "report.export",
    access: "READ",
    details: { report: "cost-benefit", format, ...period },
  });

  const fileName = `${t("costBenefit.fileName")}-${period.from}-${period.to}.${format}`;
  if (format === "xlsx") return downloadResponse(await toXlsx([summary, cases]), fileName, XLSX_CONTENT_TYPE);
  // One file, two tables: the cases with their total first, the summary under an empty line.
  return downloadResponse(
    `${toCsv(cases.rows, cases.columns)}\r\n${toCsv(summary.rows, summary.columns).replace(/^\uFEFF/, "")}`,
    fileName,
    CSV_CONTENT_TYPE,
  );
}
