import type { NextRequest } from "next/server";
import { authoriseRoute, plainRefusal } from "@/lib/auth/route-guard";
import { contentDisposition } from "@/lib/documents/file-name";
import { readDocument } from "@/lib/documents/read-document";
import { DOCUMENT_NOT_FOUND } from "@/lib/documents/schema";
import { CASE_ROLES } from "@/lib/auth/policy";

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

// Layouts do not run for route handlers: this handler authorises itself, like every page does.
export async function GET(
  request: NextRequest,
  { params }: RouteContext<"/dossiers/[caseId]/documenten/[documentId]">,
) {
  const { actor, refused } = await authoriseRoute(request, CASE_ROLES, PROTECTIVE_HEADERS);
  if (refused) return refused;

  const { caseId, documentId } = await params;
  const document = await readDocument(actor, { caseId, documentId });
  if (!document) return plainRefusal(404, DOCUMENT_NOT_FOUND, PROTECTIVE_HEADERS);
  return new Response(document.bytes, {
    headers: {
      ...PROTECTIVE_HEADERS,
      "Content-Type": document.contentType,
      "Content-Length": String(document.bytes.byteLength),
      "Content-Disposition": contentDisposition(
        SHOWN_INLINE.has(document.contentType) ? "inline" : "attachment",
        document.fileName,
      ),
    },
  });
}
