import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { amsterdamDayRange, formatInAmsterdam } from "@/lib/dates";
import { db } from "@/lib/db";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/zod";
import { findClients } from "@/lib/privacy/queries";
import { privacySearchSchema } from "@/lib/privacy/schema";
import { phraseOf, type Phrase } from "./plain-words";
import { recordIdFromUrl } from "@/lib/record-id";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export const AUDIT_PAGE_SIZE = 50;

/** A client's report shows at most this many lines; older ones are left out (and it says so). */
const ACCESS_REPORT_LIMIT = 2000;

/** A record id from the address bar, made safe to look up (lib/record-id.ts); blank or too long means no filter. */
const optionalRecordId = z
  .preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
    z.string().max(40).transform(recordIdFromUrl).optional(),
  )
  .catch(undefined);
const optionalDay = z
  .preprocess(
    (value) => (typeof value === "string" && value !== "" ? value : undefined),
    z.string().refine(isCalendarDay).optional(),
  )
  .catch(undefined);

/**
 * The filters of the audit view, from the URL: a bad value is dropped instead of failing, as in
 * every list. Days are Amsterdam calendar days, both ends included.
 */
const auditFilterSchema = z.object({
  from: optionalDay,
  to: optionalDay,
  user: optionalRecordId,
  action: z
    .preprocess(
      (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
      z
        .string()
        .regex(/^[a-z_]+\.[a-z_]+$/i)
        .max(60)
        .optional(),
    )
    .catch(undefined),
  access: z.enum(["READ", "WRITE"]).optional().catch(undefined),
  client: optionalRecordId,
  record: optionalRecordId,
  /**
   * Where the previous page ended: "<epoch ms>.<id>" of its last event (keyset pagination). At most
   * 18 digits of id, so a forged one stays within PostgreSQL's bigint.
   */
  after: z
    .preprocess(
      (value) => (typeof value === "string" && value !== "" ? value : undefined),
      z
        .string()
        .regex(/^\d{1,15}\.\d{1,18}$/)
        .optional(),
    )
    .catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

function whereOf(organisationId: string, filter: AuditFilter): Prisma.AuditEventWhereInput {
  const conditions: Prisma.AuditEventWhereInput[] = [{ organisationId }];
  if (filter.from) conditions.push({ occurredAt: { gte: amsterdamDayRange(filter.from).start } });
  if (filter.to) conditions.push({ occurredAt: { lt: amsterdamDayRange(filter.to).end } });
  if (filter.user) conditions.push({ actorId: filter.user });
  if (filter.action) conditions.push({ action: filter.action });
  if (filter.access) conditions.push({ access: filter.access });
  if (filter.client) conditions.push({ clientId: filter.client });
  if (filter.record) conditions.push({ entityId: filter.record });
  if (filter.after) {
    const [ms, id] = filter.after.split(".");
    const at = new Date(Number(ms));
    conditions.push({ OR: [{ occurredAt: { lt: at } }, { occurredAt: at, id: { lt: BigInt(id) } }] });
  }
  return { AND: conditions };
}

/**
 * The audit log of the admin's organisation, newest first, a page at a time. Keyset pagination
 * (occurredAt, id) stays fast however big the table grows; there is no total count for the same
 * reason. Looking at the log is itself written down, without a client: it is not a dossier read.
 */
export async function listAuditEvents(actor: Actor | null, rawFilter: unknown = {}) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const filter = auditFilterSchema.parse(rawFilter ?? {});
  const rows = await db.auditEvent.findMany({
    where: whereOf(admin.organisationId, filter),
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      occurredAt: true,
      action: true,
      access: true,
      entityType: true,
      entityId: true,
      clientId: true,
      ipAddress: true,
      userAgent: true,
      actorRole: true,
      actorAdvisorKind: true,
      actor: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const clientIds = [...new Set(page.flatMap((row) => (row.clientId ? [row.clientId] : [])))];
  const clients = clientIds.length
    ? await db.client.findMany({
        where: { ...scopedToOrganisation(admin), id: { in: clientIds } },
        select: { id: true, displayName: true },
      })
    : [];
  const clientName = new Map(clients.map((client) => [client.id, client.displayName]));
  const last = page.at(-1);
  const { after, ...shown } = filter;
  await recordAudit({
    actor: admin,
    action: "audit.view",
    access: "READ",
    entityType: "AuditLog",
    details: { ...shown, page: after ? "next" : "first" },
  });
  return {
    filter,
    events: page.map(({ id, ...row }) => ({
      ...row,
      id: id.toString(),
      clientName: row.clientId ? (clientName.get(row.clientId) ?? null) : null,
    })),
    nextAfter: rows.length > AUDIT_PAGE_SIZE && last ? `${last.occurredAt.getTime()}.${last.id}` : null,
  };
}

/** The users of the organisation, for the "who" filter (also deactivated ones: they left traces). */
export async function listAuditUsers(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  return db.user.findMany({
    where: scopedToOrganisation(admin),
    orderBy: { name: "asc" },
    select: { id: true, name: true, roles: true, advisorKind: true },
  });
}

/** The client whose report is asked for, found with the privacy page's search (lib/privacy). */
export async function findClientsForAudit(actor: Actor | null, rawQuery: unknown) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const parsed = privacySearchSchema.safeParse({ query: rawQuery });
  // PostgreSQL text cannot hold a NUL; from the address bar it is only ever forged.
  if (!parsed.success || parsed.data.query.includes("\u0000")) return [];
  return (await findClients(admin, parsed.data.query, "audit")).map(({ id, displayName }) => ({ id, displayName }));
}

export type AccessReportLine = {
  at: Date;
  who: string | null;
  role: string | null;
  advisorKind: string | null;
  phrase: Phrase;
};

/**
 * "Who looked at my file": for a client's subject-access request, every event on their data in
 * the admin's organisation, newest first, in plain words. Several reads of one person within the
 * same minute are one line (opening a dossier page reads its parts one by one). Another
 * organisation's client is not found. Reading this report is itself a read of the client's data,
 * so it is audited with the client, also when refused.
 */
export async function getClientAccessReport(actor: Actor | null, clientId: string) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const client = await db.client.findFirst({
    where: { ...scopedToOrganisation(admin), id: recordIdFromUrl(clientId) },
    select: { id: true, displayName: true, anonymisedAt: true, organisation: { select: { name: true } } },
  });
  const audit = () =>
    recordAudit({
      actor: admin,
      action: client ? "audit.client_report" : "audit.client_report_refused",
      access: "READ",
      entityType: "Client",
      entityId: recordIdFromUrl(clientId),
      clientId: client?.id,
    });
  if (!client) {
    await audit();
    return null;
  }
  const events = await db.auditEvent.findMany({
    where: { ...scopedToOrganisation(admin), clientId: client.id },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: ACCESS_REPORT_LIMIT,
    select: {
      occurredAt: true,
      action: true,
      access: true,
      actorId: true,
      actorRole: true,
      actorAdvisorKind: true,
      actor: { select: { name: true } },
    },
  });
  const seen = new Set<string>();
  const lines: AccessReportLine[] = [];
  for (const event of events) {
    const phrase = phraseOf(event.action, event.access);
    const key = `${event.actorId ?? ""}|${phrase}|${formatInAmsterdam(event.occurredAt, "yyyy-MM-dd HH:mm")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({
      at: event.occurredAt,
      who: event.actor?.name ?? null,
      role: event.actorRole,
      advisorKind: event.actorAdvisorKind,
      phrase,
    });
  }
  // Written after reading, so the report does not list the very look that made it.
  await audit();
  return {
    client: { id: client.id, displayName: client.displayName, anonymised: client.anonymisedAt !== null },
    organisationName: client.organisation.name,
    lines,
    truncated: events.length === ACCESS_REPORT_LIMIT,
  };
}
