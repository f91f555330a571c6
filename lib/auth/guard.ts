import type { MessageKey } from "@/lib/i18n/message-key";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";

export type AccessDeniedReason = "UNAUTHENTICATED" | "FORBIDDEN";

export const ACCESS_DENIED_MESSAGES = {
  UNAUTHENTICATED: "refusals.auth.unauthenticated",
  FORBIDDEN: "refusals.auth.forbidden",
} as const satisfies Record<AccessDeniedReason, MessageKey>;

export class AccessDenied extends Error {
  constructor(readonly reason: AccessDeniedReason) {
    super(ACCESS_DENIED_MESSAGES[reason]);
    this.name = "AccessDenied";
  }
}

/** The one authorisation check: is there an actor, and does it have one of these roles? */
export function checkRole(actor: Actor | null, roles: readonly Role[]): AccessDeniedReason | null {
  if (!actor) return "UNAUTHENTICATED";
  if (!roles.includes(actor.role)) return "FORBIDDEN";
  return null;
}

export function requireRole(actor: Actor | null, roles: readonly Role[]): Actor {
  const denied = checkRole(actor, roles);
  if (denied) throw new AccessDenied(denied);
  return actor as Actor;
}

/**
 * The filter every query of tenant data starts from. A record of another organisation is then
 * simply not found, so its existence does not leak.
 */
export function scopedToOrganisation(actor: Actor): { organisationId: string } {
  return { organisationId: actor.organisationId };
}
