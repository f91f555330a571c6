// What the export route handlers share: they authorise themselves (layouts do not run for route
// handlers), answer a refusal in short plain Dutch, and say how long the file is for the progress bar.
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { ACCESS_DENIED_MESSAGES, checkRole } from "@/lib/auth/guard";
import { currentActor } from "@/lib/auth/session";
import { downloadResponse } from "./export";
import type { ExportFile, ExportFormat } from "./monitoring-export";
import { MONITORING_ROLES } from "./monitoring";

export const FORMAT_MESSAGE = "Kies het formaat csv of xlsx.";

export function refusal(status: 400 | 401 | 403, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** The coordinator asking for an export, or the response that refuses everyone else. */
export async function exportRequester(request: NextRequest): Promise<{ actor: Actor } | { refused: Response }> {
  const actor = await currentActor();
  const denied = checkRole(actor, MONITORING_ROLES);
  if (denied === "UNAUTHENTICATED") {
    // A coordinator whose session ran out and who follows the link gets the login page; a fetch
    // from the page gets a 401 it can show.
    if (request.headers.get("sec-fetch-mode") === "navigate") redirect("/login");
    return { refused: refusal(401, ACCESS_DENIED_MESSAGES.UNAUTHENTICATED) };
  }
  if (denied) return { refused: refusal(403, ACCESS_DENIED_MESSAGES.FORBIDDEN) };
  return { actor: actor as Actor };
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
