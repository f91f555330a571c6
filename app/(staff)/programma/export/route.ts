import type { NextRequest } from "next/server";
import { authoriseRoute } from "@/lib/auth/route-guard";
import { PROGRAMME_ROLES } from "@/lib/auth/policy";
import { exportProgrammeFigures } from "@/lib/programmes/export";
import { exportFormat, fileResponse, FORMAT_MESSAGE, refusal } from "@/lib/reports/monitoring-http";

/** /programma/export?format=csv|xlsx&kwartaal=2026-Q3 */
export async function GET(request: NextRequest) {
  const requester = await authoriseRoute(request, PROGRAMME_ROLES);
  if ("refused" in requester) return requester.refused;
  const format = exportFormat(request);
  if (!format) return refusal(400, FORMAT_MESSAGE);
  const quarter = request.nextUrl.searchParams.get("kwartaal") ?? undefined;
  const file = await exportProgrammeFigures(requester.actor, { quarter, format });
  return file.ok ? fileResponse(file.value) : refusal(400, file.error);
}
