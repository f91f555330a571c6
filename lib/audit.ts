import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdvisorKind, AuditAccess, Role } from "@/lib/generated/prisma/enums";
import { clientAddress } from "@/lib/auth/client-address";
import { primaryRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

export type RequestOrigin = { ipAddress?: string | null; userAgent?: string | null };

/**
 * The origin of a request from its headers; the address is the one entry of X-Forwarded-For a
 * trusted machine wrote (see lib/auth/client-address.ts), the same one the login rate limit uses.
 */
export function originFromHeaders(headers: { get(name: string): string | null }): RequestOrigin {
  return {
    ipAddress: clientAddress(headers.get("x-forwarded-for")),
    userAgent: headers.get("user-agent"),
  };
}

export type AuditEntry = {
  /** Who did it; an actor from `currentActor` also carries the request's origin. */
  actor?: {
    userId: string;
    organisationId: string;
    roles: Role[];
    actingAs?: Role;
    advisorKind?: AdvisorKind | null;
    origin?: RequestOrigin;
  } | null;
  /** Set when there is no actor yet (a failed login) but the organisation is known. */
  organisationId?: string | null;
  action: string;
  access: AuditAccess;
  entityType?: string;
  entityId?: string;
  clientId?: string;
  details?: Prisma.InputJsonValue;
  /** Overrides the actor's origin; needed where there is no actor yet (a login). */
  origin?: RequestOrigin;
};

/**
 * The one audit writer. Pass the transaction of the write it describes, so the event and the
 * change are stored together or not at all. The table is append-only (a database trigger).
 */
export async function recordAudit(entry: AuditEntry, writer: Writer = db): Promise<void> {
  const origin = entry.origin ?? entry.actor?.origin;
  await writer.auditEvent.create({
    data: {
      organisationId: entry.actor?.organisationId ?? entry.organisationId ?? null,
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor ? (entry.actor.actingAs ?? primaryRole(entry.actor.roles)) : null,
      actorAdvisorKind: entry.actor?.advisorKind ?? null,
      action: entry.action,
      access: entry.access,
      entityType: entry.entityType,
      entityId: entry.entityId,
      clientId: entry.clientId,
      details: entry.details,
      ipAddress: origin?.ipAddress?.slice(0, 100) ?? null,
      userAgent: origin?.userAgent?.slice(0, 300) ?? null,
    },
  });
}
