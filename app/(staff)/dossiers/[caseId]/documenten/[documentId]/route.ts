import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { ACCESS_DENIED_MESSAGES, checkRole } from "@/lib/auth/guard";
import { currentActor } from "@/lib/auth/session";
import { CASE_ROLES } from "@/lib/cases/access";
import { contentDisposition } from "@/lib/documents/file-name";
import { readDocument } from "@/lib/documents/read-document";
import { DOCUMENT_NOT_FOUND } from "@/lib/documents/schema";

// A client's letter is never kept by a browser or proxy cache, never sniffed into another type,
// never embedded by another site, and sandboxed: should a browser ever render one as a page, it
// runs in an opaque origin without script, so it cannot act in Spreekuur with the advisor's session.
const PROTECTIVE_HEADERS = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "sandbox",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** What a browser shows itself; anything else (a generated .docx) is offered as a download. */
const SHOWN_INLINE = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"]);

function refusal(status: 401 | 403 | 404, message: string) {
  return new Response(`${message}\n`, { status, headers: { ...PROTECTIVE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

// Layouts do not run for route handlers: this handler authorises itself, like every page does.
export async function GET(request: NextRequest, { params }: RouteContext<"/dossiers/[caseId]/documenten/[documentId]">) {
  const actor = await currentActor();
  const denied = checkRole(actor, CASE_ROLES);
  if (denied === "UNAUTHENTICATED") {
    // An advisor whose session ran out and who clicks a document link gets the login page, as on
    // every staff page; a script or a fetch gets a plain 401 it can act on instead of a login form.
    if (request.headers.get("sec-fetch-mode") === "navigate") redirect("/login");
    return refusal(401, ACCESS_DENIED_MESSAGES.UNAUTHENTICATED);
  }
  if (denied) return refusal(403, ACCESS_DENIED_MESSAGES.FORBIDDEN);

  const { caseId, documentId } = await params;
  const document = await readDocument(actor, { caseId, documentId });
  if (!document) return refusal(404, DOCUMENT_NOT_FOUND);
  return new Response(document.bytes, {
    headers: {
      ...PROTECTIVE_HEADERS,
      "Content-Type": document.contentType,
      "Content-Length": String(document.bytes.byteLength),
      "Content-Disposition": contentDisposition(SHOWN_INLINE.has(document.contentType) ? "inline" : "attachment", document.fileName),
    },
  });
}
