// What the export route handlers share: who may ask (lib/auth/route-guard), the format and period
// from the URL, and the file's length for the progress bar.
import type { NextRequest } from "next/server";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { downloadResponse } from "./export";
import type { ExportFile, ExportFormat } from "./monitoring-export";
import { REPORT_ROLES } from "@/lib/auth/policy";

export const FORMAT_MESSAGE = "refusals.reports.chooseFormat";

export const refusal = plainRefusal;

/** The coordinator asking for an export, or the response that refuses everyone else. */
export function exportRequester(request: NextRequest) {
  return authoriseRoute(request, REPORT_ROLES);
}

export function exportFormat(request: NextRequest): ExportFormat | null {
  const format = request.nextUrl.searchParams.get("format");
  return format === "csv" || format === "xlsx" ? format : null;
}

export function exportPeriod(request: NextRequest): { from?: string; to?: string } {
  const params = request.nextUrl.searchParams;
  return { from: params.get("van") ?? undefined, to: params.get("tot") ?? undefined };
}

export function fileResponse(file: ExportFile): Response {
  const response = downloadResponse(file.body, file.fileName, file.contentType);
  const length = typeof file.body === "string" ? Buffer.byteLength(file.body, "utf8") : file.body.byteLength;
  response.headers.set("Content-Length", String(length));
  return response;
}
