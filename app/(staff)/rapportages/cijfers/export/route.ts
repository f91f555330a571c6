import type { NextRequest } from "next/server";
import { getTranslations } from "@/lib/i18n/server";
import { getStaffFormat } from "@/lib/format/server";
import { exportMonitoringFigures } from "@/lib/reports/monitoring-export";
import {
  exportFormat,
  exportPeriod,
  exportRequester,
  fileResponse,
  FORMAT_MESSAGE,
  refusal,
} from "@/lib/reports/monitoring-http";

/** /rapportages/cijfers/export?format=csv|xlsx&van=jjjj-mm-dd&tot=jjjj-mm-dd */
export async function GET(request: NextRequest) {
  const requester = await exportRequester(request);
  if ("refused" in requester) return requester.refused;
  const format = exportFormat(request);
  if (!format) return refusal(400, FORMAT_MESSAGE);
  const t = await getTranslations("monitoring");
  const { locale } = await getStaffFormat();
  const file = await exportMonitoringFigures(requester.actor, { ...exportPeriod(request), format }, { t, locale });
  return file.ok ? fileResponse(file.value) : refusal(400, file.error);
}
