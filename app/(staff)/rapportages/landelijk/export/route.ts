import type { NextRequest } from "next/server";
import {
  exportFormat,
  exportPeriod,
  exportRequester,
  fileResponse,
  FORMAT_MESSAGE,
  refusal,
} from "@/lib/reports/monitoring-http";
import { exportNational } from "@/lib/reports/national-export";

/** /rapportages/landelijk/export?format=csv|xlsx&van=jjjj-mm-dd&tot=jjjj-mm-dd */
export async function GET(request: NextRequest) {
  const requester = await exportRequester(request);
  if ("refused" in requester) return requester.refused;
  const format = exportFormat(request);
  if (!format) return refusal(400, FORMAT_MESSAGE);
  const file = await exportNational(requester.actor, { ...exportPeriod(request), format });
  return file.ok ? fileResponse(file.value) : refusal(400, file.error);
}
