import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteDocumentAction, uploadDocumentAction } from "@/app/(staff)/dossiers/documents-actions";
import { GET } from "@/app/(staff)/dossiers/[caseId]/documenten/[documentId]/route";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { closeCase } from "@/lib/cases/close-case";
import { openDossier } from "@/lib/cases/open-dossier";
import { getDossier } from "@/lib/cases/queries";
import { db } from "@/lib/db";
import { deleteDocument } from "@/lib/documents/delete-document";
import { detectDocumentType } from "@/lib/documents/detect-type";
import { contentDisposition, displayFileName } from "@/lib/documents/file-name";
import { readDocument } from "@/lib/documents/read-document";
import {
  CASE_CLOSED_FOR_DOCUMENTS,
  DOCUMENT_EMPTY,
  DOCUMENT_MISSING,
  DOCUMENT_NOT_FOUND,
  NOT_A_PDF_OR_PHOTO,
} from "@/lib/documents/schema";
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES } from "@/lib/documents/upload-limits";
import { storeDocument } from "@/lib/documents/store-document";
import { uploadDocument } from "@/lib/documents/upload-document";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

// The route handler and the actions ask next-auth who is logged in; here the test says who.
vi.mock("@/lib/auth/session", () => ({ currentActor: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Outside a request next-intl has no request config: the route and the actions answer in Dutch, as
// for a staff member who did not choose English. The request's language and texts, as lib/i18n/request.ts would give them for a Dutch staff member.
vi.mock("next-intl/server", async () => {
  const { loadMessages } = await import("@/lib/i18n/messages");
  const messages = await loadMessages("nl");
  return { getLocale: async () => "nl", getMessages: async () => messages };
});

const NO_ACCESS = { ok: false, error: "refusals.auth.forbidden" };
const CASE_NOT_FOUND = { ok: false, error: "refusals.cases.notFound" };

// Tiny but real files: what the bytes are decides, never the name or the claimed type.
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
  "base64",
);
const HTML = new TextEncoder().encode("<!doctype html><html><body><script>fetch('/dossiers')</script></body></html>");

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let professional: Actor;
let volunteer: Actor;
let colleague: Actor;
let domainId: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  domainId = (await topLevelCategory()).id;
  professional = a.advisors[0];
  const supervised = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  await db.user.update({ where: { id: supervised.id }, data: { supervisorId: professional.userId } });
  volunteer = actorOf(supervised);
  colleague = a.advisors[1];
});

/** A dossier of the volunteer, supervised by the professional; the colleague has no access. */
async function volunteersDossier() {
  const registered = await registerWalkIn(
    a.host,
    { sessionId: a.session.id, categoryId: domainId, client: { newClient: { displayName: "M. Yilmaz" } } },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(a.host, { visitId: registered.value.visitId }, { now: NOW });
  const opened = await openDossier(
    volunteer,
    {
      visitId: registered.value.visitId,
      question: "Terugvordering zorgtoeslag",
      legalDomainId: domainId,
      consent: true,
    },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const { clientId } = await db.case.findUniqueOrThrow({
    where: { id: opened.value.caseId },
    select: { clientId: true },
  });
  return { caseId: opened.value.caseId, clientId };
}

async function uploaded(actor: Actor, caseId: string, bytes: Uint8Array = PDF, name = "brief.pdf") {
  const result = await uploadDocument(actor, { caseId, file: new File([new Uint8Array(bytes)], name) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.documentId;
}

// Test files share one database across their tests; each test has its own library A.
const auditOf = (action: string) =>
  db.auditEvent.findMany({ where: { action, organisationId: a.organisation.id }, orderBy: { id: "asc" } });
const documentsOfA = () => db.document.count({ where: { organisationId: a.organisation.id } });

describe("uploadDocument", () => {
  it("accepts a PDF, a PNG and a JPEG by their bytes, whatever name or type the browser gave", async () => {
    const { caseId, clientId } = await volunteersDossier();
    const cases = [
      {
        bytes: PDF,
        name: "Beschikking Toeslagen.pdf",
        type: "application/pdf",
        contentType: "application/pdf",
        fileName: "Beschikking Toeslagen.pdf",
      },
      { bytes: PNG, name: "scan.pdf", type: "application/pdf", contentType: "image/png", fileName: "scan.png" },
      { bytes: JPEG, name: "IMG_0042", type: "", contentType: "image/jpeg", fileName: "IMG_0042.jpg" },
    ];
    for (const file of cases) {
      const result = await uploadDocument(volunteer, {
        caseId,
        file: new File([new Uint8Array(file.bytes)], file.name, { type: file.type }),
      });
      expect(result).toMatchObject({ ok: true });
      const documentId = (result as { value: { documentId: string } }).value.documentId;
      const document = await db.document.findUniqueOrThrow({ where: { id: documentId } });
      expect(document).toMatchObject({
        caseId,
        organisationId: a.organisation.id,
        kind: "CLIENT_LETTER",
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.bytes.byteLength,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        uploadedById: volunteer.userId,
        deletedAt: null,
      });
      expect(document.storageKey).toMatch(/^db:[0-9a-f-]{36}$/);
      const content = await db.documentContent.findUniqueOrThrow({ where: { storageKey: document.storageKey } });
      expect(Buffer.from(content.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    }
    const audit = await auditOf("document.upload");
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({
      access: "WRITE",
      actorId: volunteer.userId,
      entityType: "Document",
      clientId,
      details: { caseId, kind: "CLIENT_LETTER", contentType: "application/pdf" },
    });
  });

  it("refuses HTML named brief.pdf, a renamed .exe, a file over 10 MB, an empty file and no file, and writes nothing", async () => {
    const { caseId } = await volunteersDossier();
    const contentBefore = await db.documentContent.count();
    expect(
      await uploadDocument(volunteer, { caseId, file: new File([HTML], "brief.pdf", { type: "application/pdf" }) }),
    ).toEqual({ ok: false, error: NOT_A_PDF_OR_PHOTO });
    // A Windows program renamed to a letter: "MZ", then the PE header the MZ stub points to.
    const program = new Uint8Array(1024);
    program.set([0x4d, 0x5a]);
    program.set([0x80, 0, 0, 0], 0x3c);
    program.set([0x50, 0x45, 0, 0, 0x4c, 0x01], 0x80);
    expect(
      await uploadDocument(volunteer, { caseId, file: new File([program], "brief.pdf", { type: "application/pdf" }) }),
    ).toEqual({ ok: false, error: NOT_A_PDF_OR_PHOTO });
    expect(
      await uploadDocument(volunteer, { caseId, file: new File([program], "foto.jpg", { type: "image/jpeg" }) }),
    ).toEqual({ ok: false, error: NOT_A_PDF_OR_PHOTO });

    // The size is refused from the Blob's size alone: reading it would fail this test.
    const tooLarge = new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], "groot.pdf");
    tooLarge.arrayBuffer = () => Promise.reject(new Error("the upload was read before its size was checked"));
    expect(await uploadDocument(volunteer, { caseId, file: tooLarge })).toMatchObject({
      ok: false,
      fieldErrors: { file: [DOCUMENT_TOO_LARGE] },
    });

    expect(await uploadDocument(volunteer, { caseId, file: new File([], "leeg.pdf") })).toMatchObject({
      ok: false,
      fieldErrors: { file: [DOCUMENT_EMPTY] },
    });
    expect(await uploadDocument(volunteer, { caseId, file: new File([], "") })).toMatchObject({
      ok: false,
      fieldErrors: { file: [DOCUMENT_MISSING] },
    });
    expect(await uploadDocument(volunteer, { caseId, file: "brief.pdf" })).toMatchObject({
      ok: false,
      fieldErrors: { file: [DOCUMENT_MISSING] },
    });
    expect(
      await uploadDocument(volunteer, { caseId, kind: "GENERATED_LETTER", file: new File([PDF], "brief.pdf") }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { kind: ["refusals.documents.chooseKind"] },
    });

    expect(await documentsOfA()).toBe(0);
    expect(await db.documentContent.count()).toBe(contentBefore);
    expect(await auditOf("document.upload")).toEqual([]);
  });

  it("accepts exactly 10 MB, and WebP and HEIC photos; refuses GIF and SVG", async () => {
    const { caseId } = await volunteersDossier();
    const atLimit = new Uint8Array(MAX_DOCUMENT_BYTES);
    atLimit.set(PDF);
    expect(
      await uploadDocument(professional, { caseId, kind: "OTHER", file: new File([atLimit], "dik pak.pdf") }),
    ).toMatchObject({ ok: true });
    const webp = Buffer.concat([Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"), Buffer.alloc(24)]);
    const heic = Buffer.concat([
      Buffer.from("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "latin1"),
      Buffer.alloc(16),
    ]);
    expect(await detectDocumentType(webp)).toEqual({ contentType: "image/webp", extension: "webp" });
    expect(await detectDocumentType(heic)).toEqual({ contentType: "image/heic", extension: "heic" });
    expect(await detectDocumentType(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"))).toBeNull();
    expect(
      await detectDocumentType(
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toBeNull();
  });

  it("refuses a closed dossier", async () => {
    const { caseId } = await volunteersDossier();
    await closeCase(volunteer, { caseId, version: 1, outcome: "SOLVED" });
    expect(await uploadDocument(volunteer, { caseId, file: new File([PDF], "brief.pdf") })).toEqual({
      ok: false,
      error: CASE_CLOSED_FOR_DOCUMENTS,
    });
    expect(await documentsOfA()).toBe(0);
  });
});

describe("display names", () => {
  it("keeps letters, digits, spaces and .-_, puts the detected extension on, and stays within 120 characters", () => {
    expect(displayFileName("Beschikking Dienst Toeslagen – juni.PDF", "pdf")).toBe(
      "Beschikking Dienst Toeslagen juni.pdf",
    );
    expect(displayFileName("C:\\Users\\Ayşe\\brief (2).jpeg", "jpg")).toBe("brief 2.jpg");
    expect(displayFileName("../../geheim.pdf", "pdf")).toBe("geheim.pdf");
    expect(displayFileName('<img src=x onerror="alert(1)">.pdf', "pdf")).toBe("img src x onerror alert 1.pdf");
    expect(displayFileName("brief.pdf\u202Egpj.exe", "pdf")).toBe("brief.pdf gpj.pdf");
    expect(displayFileName("scan 12.03.2026", "png")).toBe("scan 12.03.2026.png");
    expect(displayFileName("...", "pdf")).toBe("document.pdf");
    const long = displayFileName("é".repeat(300), "heic");
    expect(long).toHaveLength(120);
    expect(long.endsWith("é.heic")).toBe(true);
  });

  it("offers the name to the browser as RFC 6266 ASCII and UTF-8", () => {
    expect(contentDisposition("inline", "Brief Ayşe – juni.pdf")).toBe(
      `inline; filename="Brief Ayse _ juni.pdf"; filename*=UTF-8''Brief%20Ay%C5%9Fe%20%E2%80%93%20juni.pdf`,
    );
  });
});

describe("readDocument", () => {
  it("returns the exact bytes and audits the read; a deleted or mismatched document is not found, audited too", async () => {
    const { caseId, clientId } = await volunteersDossier();
    const documentId = await uploaded(volunteer, caseId, PNG, "foto brief.png");
    const file = await readDocument(volunteer, { caseId, documentId });
    expect(file).toMatchObject({ fileName: "foto brief.png", contentType: "image/png" });
    expect(Buffer.from(file!.bytes).equals(PNG)).toBe(true);

    const other = await volunteersDossier();
    expect(await readDocument(volunteer, { caseId: other.caseId, documentId })).toBeNull();
    expect(await readDocument(volunteer, { caseId, documentId: "x".repeat(500) })).toBeNull();

    const reads = await db.auditEvent.findMany({
      where: { access: "READ", entityType: "Document" },
      orderBy: { id: "asc" },
    });
    expect(reads.map((r) => [r.actorId, r.action, r.entityId, r.clientId])).toEqual([
      [volunteer.userId, "document.read", documentId, clientId],
      [volunteer.userId, "document.read_refused", documentId, null],
      [volunteer.userId, "document.read_refused", "x".repeat(40), null],
    ]);
  });
});

describe("deleteDocument", () => {
  it("removes the bytes, hides the document from the dossier and from reads, and audits it", async () => {
    const { caseId, clientId } = await volunteersDossier();
    const documentId = await uploaded(volunteer, caseId);
    const kept = await uploaded(volunteer, caseId, JPEG, "envelop.jpg");
    const { storageKey } = await db.document.findUniqueOrThrow({ where: { id: documentId } });

    expect(await deleteDocument(professional, { caseId, documentId }, { now: NOW })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ deletedAt: NOW });
    expect(await db.documentContent.findUnique({ where: { storageKey } })).toBeNull();
    expect((await getDossier(volunteer, caseId))?.documents.map((d) => d.id)).toEqual([kept]);
    expect(await readDocument(volunteer, { caseId, documentId })).toBeNull();
    expect(await deleteDocument(professional, { caseId, documentId })).toEqual({
      ok: false,
      error: DOCUMENT_NOT_FOUND,
    });

    expect(await auditOf("document.delete")).toEqual([
      expect.objectContaining({ access: "WRITE", actorId: professional.userId, entityId: documentId, clientId }),
    ]);
  });

  it("may still remove a document once the dossier is closed: keeping less is always allowed", async () => {
    const { caseId } = await volunteersDossier();
    const documentId = await uploaded(volunteer, caseId);
    await closeCase(volunteer, { caseId, version: 1, outcome: "SOLVED" });
    expect(await deleteDocument(volunteer, { caseId, documentId })).toMatchObject({ ok: true });
  });
});

describe("storeDocument (generated letters)", () => {
  it("writes bytes and metadata in the caller's transaction, audited, and nothing when that transaction fails", async () => {
    const { caseId, clientId } = await volunteersDossier();
    const bytes = new TextEncoder().encode("PK\x03\x04 docx");
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const input = {
      caseId,
      clientId,
      kind: "GENERATED_LETTER" as const,
      fileName: "Bezwaar zorgtoeslag 2025.docx",
      contentType: docx,
      bytes,
    };
    const { documentId } = await db.$transaction((tx) => storeDocument(tx, volunteer, input));
    const contentAfterFirst = await db.documentContent.count();
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({
      kind: "GENERATED_LETTER",
      fileName: "Bezwaar zorgtoeslag 2025.docx",
      contentType: docx,
      sizeBytes: bytes.byteLength,
    });
    expect(Buffer.from((await readDocument(volunteer, { caseId, documentId }))!.bytes).equals(Buffer.from(bytes))).toBe(
      true,
    );
    expect(await auditOf("document.store")).toEqual([
      expect.objectContaining({ access: "WRITE", entityId: documentId, clientId }),
    ]);

    await expect(
      db.$transaction(async (tx) => {
        await storeDocument(tx, volunteer, input);
        throw new Error("the letter could not be finished");
      }),
    ).rejects.toThrow("the letter could not be finished");
    expect(await documentsOfA()).toBe(1);
    expect(await db.documentContent.count()).toBe(contentAfterFirst);
  });
});

describe("who may upload, read and delete documents", () => {
  it("the responsible advisor, their supervisor and a colleague it is shared with", async () => {
    const { caseId } = await volunteersDossier();
    const byVolunteer = await uploaded(volunteer, caseId);
    const bySupervisor = await uploaded(professional, caseId);
    expect(await readDocument(professional, { caseId, documentId: byVolunteer })).not.toBeNull();
    expect(await readDocument(volunteer, { caseId, documentId: bySupervisor })).not.toBeNull();
    await db.caseShare.create({ data: { caseId, userId: colleague.userId } });
    expect(await readDocument(colleague, { caseId, documentId: byVolunteer })).not.toBeNull();
    expect(await deleteDocument(colleague, { caseId, documentId: bySupervisor })).toMatchObject({ ok: true });
  });

  it("never a host, a coordinator or an admin; a colleague without access and another library get not found", async () => {
    const { caseId } = await volunteersDossier();
    const documentId = await uploaded(volunteer, caseId);
    const file = () => new File([PDF], "brief.pdf");

    for (const actor of [a.host, a.coordinator, a.admin]) {
      expect(await uploadDocument(actor, { caseId, file: file() })).toEqual(NO_ACCESS);
      await expect(readDocument(actor, { caseId, documentId })).rejects.toThrow(NO_ACCESS.error);
      expect(await deleteDocument(actor, { caseId, documentId })).toEqual(NO_ACCESS);
    }
    for (const actor of [colleague, b.advisors[0]]) {
      expect(await uploadDocument(actor, { caseId, file: file() })).toEqual(CASE_NOT_FOUND);
      expect(await readDocument(actor, { caseId, documentId })).toBeNull();
      expect(await deleteDocument(actor, { caseId, documentId })).toEqual(CASE_NOT_FOUND);
    }
    expect(await uploadDocument(null, { caseId, file: file() })).toEqual({
      ok: false,
      error: "refusals.auth.unauthenticated",
    });

    expect(await documentsOfA()).toBe(1);
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ deletedAt: null });
    const refused = await db.auditEvent.findMany({
      where: { action: "document.read_refused", entityId: documentId },
      orderBy: { id: "asc" },
    });
    expect(refused.map((r) => r.actorId)).toEqual([colleague.userId, b.advisors[0].userId]);
  });
});

describe("the document route and the actions", () => {
  const request = (caseId: string, documentId: string, headers: Record<string, string> = {}) =>
    GET(new NextRequest(`http://localhost/dossiers/${caseId}/documenten/${documentId}`, { headers }), {
      params: Promise.resolve({ caseId, documentId }),
    });
  const as = (actor: Actor | null) => vi.mocked(currentActor).mockResolvedValue(actor);

  it("serves the bytes inline, sandboxed, unsniffed and uncached to a reader", async () => {
    const { caseId } = await volunteersDossier();
    const documentId = await uploaded(volunteer, caseId, PDF, "Brief Ayşe.pdf");
    as(professional);
    const response = await request(caseId, documentId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(PDF.byteLength),
      "content-disposition": `inline; filename="Brief Ayse.pdf"; filename*=UTF-8''Brief%20Ay%C5%9Fe.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "sandbox",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
  });

  it("401 (or the login page for a browser) without a session, 403 for other roles, 404 without access", async () => {
    const { caseId } = await volunteersDossier();
    const documentId = await uploaded(volunteer, caseId);
    as(null);
    expect((await request(caseId, documentId)).status).toBe(401);
    await expect(request(caseId, documentId, { "sec-fetch-mode": "navigate" })).rejects.toMatchObject({
      digest: expect.stringContaining(";/login;"),
    });
    for (const actor of [a.host, a.coordinator, a.admin]) {
      as(actor);
      const response = await request(caseId, documentId);
      expect([response.status, await response.text()]).toEqual([403, "Je hebt geen toegang tot deze gegevens.\n"]);
    }
    for (const actor of [colleague, b.advisors[0]]) {
      as(actor);
      const response = await request(caseId, documentId);
      expect([response.status, await response.text()]).toEqual([404, "Dit document is niet gevonden.\n"]);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("the actions take the actor from the session, so another role or library is refused there too", async () => {
    const { caseId } = await volunteersDossier();
    const form = () => {
      const data = new FormData();
      data.set("caseId", caseId);
      data.set("file", new File([PDF], "brief.pdf"));
      return data;
    };
    const idle = { status: "idle" } as const;
    const refusal = (error: string) => ({ status: "refused", error });
    as(a.host);
    expect(await uploadDocumentAction(idle, form())).toMatchObject(refusal("Je hebt geen toegang tot deze gegevens."));
    as(b.advisors[0]);
    expect(await uploadDocumentAction(idle, form())).toMatchObject(refusal("Dit dossier is niet gevonden."));
    as(volunteer);
    const result = await uploadDocumentAction(idle, form());
    expect(result).toMatchObject({ status: "ok" });
    const documentId = (result as { value: { documentId: string } }).value.documentId;
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ kind: "CLIENT_LETTER" });
    expect(await uploadDocumentAction(idle, "not a form" as unknown as FormData)).toMatchObject({
      status: "refused",
      fieldErrors: { caseId: ["Kies een dossier."] },
    });

    const reference = () => {
      const data = new FormData();
      data.set("caseId", caseId);
      data.set("documentId", documentId);
      return data;
    };
    for (const actor of [a.coordinator, colleague, b.advisors[0]]) {
      as(actor);
      expect(await deleteDocumentAction(idle, reference())).toMatchObject({ status: "refused" });
    }
    as(volunteer);
    expect(await deleteDocumentAction(idle, reference())).toMatchObject({ status: "ok", value: undefined });
  });
});
