import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAccess, Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

export type RequestOrigin = { ipAddress?: string | null; userAgent?: string | null };

export type AuditEntry = {
  actor?: { userId: string; organisationId: string; role: Role } | null;
  /** Set when there is no actor yet (a failed login) but the organisation is known. */
  organisationId?: string | null;
  action: string;
  access: AuditAccess;
  entityType?: string;
  entityId?: string;
  clientId?: string;
  details?: Prisma.InputJsonValue;
  origin?: RequestOrigin;
};

/**
 * The one audit writer. Pass the transaction of the write it describes, so the event and the
 * change are stored together or not at all. The table is append-only (a database trigger).
 */
export async function recordAudit(entry: AuditEntry, writer: Writer = db): Promise<void> {
  await writer.auditEvent.create({
    data: {
      organisationId: entry.actor?.organisationId ?? entry.organisationId ?? null,
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      access: entry.access,
      entityType: entry.entityType,
      entityId: entry.entityId,
      clientId: entry.clientId,
      details: entry.details,
      ipAddress: entry.origin?.ipAddress?.slice(0, 100) ?? null,
      userAgent: entry.origin?.userAgent?.slice(0, 300) ?? null,
    },
  });
}
