import type { MessageKey } from "@/lib/i18n/message-key";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { hasAnyRole } from "./roles";

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

/**
 * The one authorisation check: is there an actor, and does it have one of these roles? A person
 * with several roles gets in when any of them is allowed: each role's rule holds on its own.
 */
export function checkRole(actor: Actor | null, roles: readonly Role[]): AccessDeniedReason | null {
  if (!actor) return "UNAUTHENTICATED";
  if (!hasAnyRole(actor, roles)) return "FORBIDDEN";
  return null;
}

/** The actor as let in by this rule: `actingAs` is the first of the rule's roles they hold. */
export function admittedAs(actor: Actor, roles: readonly Role[]): Actor {
  return { ...actor, actingAs: roles.find((role) => actor.roles.includes(role)) };
}

export function requireRole(actor: Actor | null, roles: readonly Role[]): Actor {
  const denied = checkRole(actor, roles);
  if (denied) throw new AccessDenied(denied);
  return admittedAs(actor as Actor, roles);
}

/**
 * The filter every query of tenant data starts from. A record of another organisation is then
 * simply not found, so its existence does not leak.
 */
export function scopedToOrganisation(actor: Actor): { organisationId: string } {
  return { organisationId: actor.organisationId };
}
