import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ACTION_PHRASES, KNOWN_ACTIONS, PHRASES } from "@/lib/audit/plain-words";
import {
  AUDIT_PAGE_SIZE,
  findClientsForAudit,
  getClientAccessReport,
  listAuditEvents,
  listAuditUsers,
} from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import type { AuditAccess } from "@/lib/generated/prisma/enums";
import { encode } from "next-auth/jwt";
import { loginClaims, sessionCookie } from "@/lib/auth/session-cookie";
import { actorOf, createClient, createUser } from "../support/factories";
import { createDeskLibrary } from "../support/desk-fixture";
import nlAudit from "@/messages/nl/audit.json";
import enAudit from "@/messages/en/audit.json";

// The session cookie is a real one, encrypted as the login writes it and read by the real currentActor.
const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-forwarded-for": "198.51.100.4, 10.0.0.1", "user-agent": "Firefox/140" })),
  cookies: vi.fn(async () => ({
    get: (name: string) => (name === sessionCookie().name && session.cookie ? { value: session.cookie } : undefined),
  })),
}));

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let volunteer: Actor;

async function event(
  actor: Actor | null,
  data: {
    action: string;
    access?: AuditAccess;
    clientId?: string;
    entityId?: string;
    at?: Date;
    organisationId?: string;
  },
) {
  return db.auditEvent.create({
    data: {
      organisationId: data.organisationId ?? actor?.organisationId ?? null,
      actorId: actor?.userId ?? null,
      actorRole: actor?.roles[0] ?? null,
      actorAdvisorKind: actor?.advisorKind ?? null,
      action: data.action,
      access: data.access ?? "READ",
      entityType: data.entityId ? "Case" : null,
      entityId: data.entityId ?? null,
      clientId: data.clientId ?? null,
      occurredAt: data.at,
    },
  });
}

const ids = (result: Awaited<ReturnType<typeof listAuditEvents>>) => result.events.map((row) => row.id);

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  volunteer = a.advisors[1];
});

describe("who may read the audit log", () => {
  it("only an admin; every other role and no one logged in are refused", async () => {
    for (const actor of [a.host, a.advisors[0], volunteer, a.coordinator]) {
      await expect(listAuditEvents(actor, {})).rejects.toThrow("refusals.auth.forbidden");
      await expect(listAuditUsers(actor)).rejects.toThrow("refusals.auth.forbidden");
      await expect(findClientsForAudit(actor, "Cliënt")).rejects.toThrow("refusals.auth.forbidden");
      await expect(getClientAccessReport(actor, a.client.id)).rejects.toThrow("refusals.auth.forbidden");
    }
    await expect(listAuditEvents(null, {})).rejects.toThrow("refusals.auth.unauthenticated");
    await expect(getClientAccessReport(null, a.client.id)).rejects.toThrow("refusals.auth.unauthenticated");
  });

  it("an admin sees only their own organisation: events, users, clients and reports", async () => {
    const own = await event(volunteer, { action: "case.read", clientId: a.client.id, entityId: "case-a" });
    const other = await event(b.advisors[0], { action: "case.read", clientId: b.client.id, entityId: "case-b" });
    const seen = ids(await listAuditEvents(a.admin, {}));
    expect(seen).toContain(own.id.toString());
    expect(seen).not.toContain(other.id.toString());
    expect(ids(await listAuditEvents(a.admin, { client: b.client.id }))).toEqual([]);
    expect(ids(await listAuditEvents(a.admin, { user: b.advisors[0].userId }))).toEqual([]);
    expect((await listAuditUsers(a.admin)).map((user) => user.id)).not.toContain(b.admin.userId);
    expect(await findClientsForAudit(a.admin, b.client.displayName)).toEqual([]);
    expect(await findClientsForAudit(a.admin, b.client.id)).toEqual([]);
    expect(await getClientAccessReport(a.admin, b.client.id)).toBeNull();
    // The refused look at another library's client is on record, without that client.
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { actorId: a.admin.userId, action: "audit.client_report_refused" },
      }),
    ).toMatchObject({ entityId: b.client.id, clientId: null });
  });
});

describe("listAuditEvents", () => {
  it("filters by period in Amsterdam days, user, action, access, client and record", async () => {
    // 30 November 23:30 UTC is already 1 December in Amsterdam.
    const lateNovemberUtc = await event(volunteer, {
      action: "case.read",
      clientId: a.client.id,
      entityId: "case-1",
      at: new Date("2026-11-30T23:30:00Z"),
    });
    const novemberEvening = await event(volunteer, {
      action: "case.read",
      clientId: a.client.id,
      entityId: "case-1",
      at: amsterdamMoment("2026-11-30", 23 * 60 + 59),
    });
    const december = await event(a.advisors[0], {
      action: "case.note_add",
      access: "WRITE",
      clientId: a.client.id,
      entityId: "note-1",
      at: amsterdamMoment("2026-12-02", 9 * 60),
    });
    const otherClient = await event(volunteer, {
      action: "document.read",
      entityId: "doc-1",
      clientId: (await createClient(a.organisation.id)).id,
      at: amsterdamMoment("2026-12-03", 12 * 60),
    });

    expect(ids(await listAuditEvents(a.admin, { from: "2026-12-01", to: "2026-12-02" }))).toEqual(
      [december.id, lateNovemberUtc.id].map(String),
    );
    expect(ids(await listAuditEvents(a.admin, { to: "2026-11-30", user: volunteer.userId }))).toEqual([
      novemberEvening.id.toString(),
    ]);
    expect(ids(await listAuditEvents(a.admin, { user: a.advisors[0].userId }))).toEqual([december.id.toString()]);
    expect(ids(await listAuditEvents(a.admin, { action: "document.read" }))).toEqual([otherClient.id.toString()]);
    expect(ids(await listAuditEvents(a.admin, { access: "WRITE", client: a.client.id }))).toEqual([
      december.id.toString(),
    ]);
    expect(ids(await listAuditEvents(a.admin, { record: "case-1" }))).toEqual(
      [lateNovemberUtc.id, novemberEvening.id].map(String),
    );
    expect(
      ids(await listAuditEvents(a.admin, { client: a.client.id, access: "READ", user: volunteer.userId })),
    ).toEqual([lateNovemberUtc.id, novemberEvening.id].map(String));
  });

  it("drops malformed filters instead of failing, and says who and from where", async () => {
    const only = await event(volunteer, {
      action: "case.read",
      clientId: a.client.id,
      entityId: "case-1",
      at: amsterdamMoment("2026-12-01", 600),
    });
    const result = await listAuditEvents(a.admin, {
      from: "2026-02-30",
      to: "gisteren",
      access: "DELETE",
      action: "'; DROP TABLE",
      after: "abc",
      user: "x".repeat(500),
    });
    expect(result.filter).toEqual({
      from: undefined,
      to: undefined,
      access: undefined,
      action: undefined,
      after: undefined,
      user: undefined,
      client: undefined,
      record: undefined,
    });
    const row = result.events.find((found) => found.id === only.id.toString());
    expect(row).toMatchObject({
      action: "case.read",
      access: "READ",
      actorRole: "ADVISOR",
      actorAdvisorKind: "VOLUNTEER",
      actor: { name: volunteer.name },
      clientName: a.client.displayName,
    });
  });

  it("pages newest first with a keyset, each event exactly once, also with equal times", async () => {
    const at = amsterdamMoment("2026-12-01", 600);
    const created: bigint[] = [];
    for (let i = 0; i < AUDIT_PAGE_SIZE * 2 + 7; i++) {
      // Groups of three share a moment, so the id must break the tie.
      created.push(
        (await event(volunteer, { action: "test.paged", at: new Date(at.getTime() + Math.floor(i / 3) * 1000) })).id,
      );
    }
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const page = await listAuditEvents(a.admin, { action: "test.paged", after });
      pages.push(ids(page));
      after = page.nextAfter ?? undefined;
    } while (after);
    expect(pages.map((page) => page.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 7]);
    const expected = created
      .map((id, i) => ({ id, second: Math.floor(i / 3) }))
      .sort((x, y) => y.second - x.second || Number(y.id - x.id))
      .map((row) => row.id.toString());
    expect(pages.flat()).toEqual(expected);
  });

  it("writes down that the log was looked at, without a client: that is not a dossier read", async () => {
    await listAuditEvents(a.admin, { client: a.client.id });
    const view = await db.auditEvent.findFirstOrThrow({ where: { actorId: a.admin.userId, action: "audit.view" } });
    expect(view).toMatchObject({ access: "READ", clientId: null, details: { client: a.client.id, page: "first" } });
  });
});

describe("findClientsForAudit", () => {
  it("finds a client of the own organisation by part of the name or by client number", async () => {
    const client = await createClient(a.organisation.id, "Fatima el Amrani");
    expect((await findClientsForAudit(a.admin, "amrani")).map((found) => found.id)).toEqual([client.id]);
    expect((await findClientsForAudit(a.admin, client.id)).map((found) => found.id)).toEqual([client.id]);
    expect(await findClientsForAudit(a.admin, "f")).toEqual([]);
    expect(await findClientsForAudit(a.admin, 42)).toEqual([]);
  });
});

describe("getClientAccessReport", () => {
  it("lists who did what with the client's data, newest first, in plain words, one line per person per minute", async () => {
    const professional = a.advisors[0];
    const minute = amsterdamMoment("2026-12-01", 10 * 60 + 5);
    await event(volunteer, { action: "case.read", clientId: a.client.id, entityId: "c", at: minute });
    await event(volunteer, {
      action: "case.read",
      clientId: a.client.id,
      entityId: "c",
      at: new Date(minute.getTime() + 20_000),
    });
    await event(professional, {
      action: "document.upload",
      access: "WRITE",
      clientId: a.client.id,
      entityId: "d",
      at: amsterdamMoment("2026-12-02", 14 * 60),
    });
    await event(a.host, {
      action: "visit.something_new",
      access: "WRITE",
      clientId: a.client.id,
      at: amsterdamMoment("2026-11-30", 9 * 60),
    });
    await event(null, {
      action: "case.read",
      clientId: a.client.id,
      at: amsterdamMoment("2026-11-29", 9 * 60),
      organisationId: a.organisation.id,
    });
    await event(b.advisors[0], {
      action: "case.read",
      clientId: a.client.id,
      at: amsterdamMoment("2026-12-03", 9 * 60),
    });

    const report = await getClientAccessReport(a.admin, a.client.id);
    expect(report?.client).toEqual({ id: a.client.id, displayName: a.client.displayName, anonymised: false });
    expect(report?.lines).toEqual([
      {
        at: amsterdamMoment("2026-12-02", 14 * 60),
        who: professional.name,
        role: "ADVISOR",
        advisorKind: "PROFESSIONAL",
        phrase: "addedDocument",
      },
      {
        at: new Date(minute.getTime() + 20_000),
        who: volunteer.name,
        role: "ADVISOR",
        advisorKind: "VOLUNTEER",
        phrase: "viewedFile",
      },
      {
        at: amsterdamMoment("2026-11-30", 9 * 60),
        who: a.host.name,
        role: "HOST",
        advisorKind: null,
        phrase: "otherWrite",
      },
      { at: amsterdamMoment("2026-11-29", 9 * 60), who: null, role: null, advisorKind: null, phrase: "viewedFile" },
    ]);
    // Reading the report is a read of the client's data.
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "audit.client_report", actorId: a.admin.userId } }),
    ).toMatchObject({ access: "READ", clientId: a.client.id, entityType: "Client", entityId: a.client.id });
    // So the next report shows it.
    expect(
      (await getClientAccessReport(a.admin, a.client.id))?.lines.filter((line) => line.phrase === "viewedReport"),
    ).toMatchObject([{ who: a.admin.name, role: "ADMIN" }]);
  });

  it("is not found for an unknown client", async () => {
    expect(await getClientAccessReport(a.admin, "no-such-client")).toBeNull();
  });
});

describe("the request's origin", () => {
  const SECRET = "a secret for this test file only";
  beforeAll(() => {
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    return () => vi.unstubAllEnvs();
  });

  it("travels with the actor from the session into every event it causes", async () => {
    const user = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
    session.cookie = await encode({
      token: loginClaims(user.id, Date.now()),
      secret: SECRET,
      maxAge: 3600,
    });
    const { currentActor } = await import("@/lib/auth/session");
    const actor = await currentActor();
    // The last X-Forwarded-For entry is the one our own proxy wrote; the first is the client's say.
    expect(actor).toEqual({ ...actorOf(user), origin: { ipAddress: "10.0.0.1", userAgent: "Firefox/140" } });
  });

  it("is no one for a cookie sealed with another secret", async () => {
    const user = await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
    session.cookie = await encode({
      token: loginClaims(user.id, Date.now()),
      secret: "not the secret of this server",
      maxAge: 3600,
    });
    vi.resetModules();
    const { currentActor } = await import("@/lib/auth/session");
    expect(await currentActor()).toBeNull();
  });
});

describe("the plain words", () => {
  it("have a text in Dutch and English for every phrase and every role, and the admin can pick every mapped action", () => {
    for (const phrase of PHRASES) {
      expect(nlAudit.accessReport.did[phrase as keyof typeof nlAudit.accessReport.did], phrase).toBeTruthy();
      expect(enAudit.accessReport.did[phrase as keyof typeof enAudit.accessReport.did], phrase).toBeTruthy();
    }
    expect(Object.keys(nlAudit.accessReport.did).sort()).toEqual([...PHRASES].sort());
    for (const action of Object.keys(ACTION_PHRASES)) expect(KNOWN_ACTIONS).toContain(action);
  });
});
