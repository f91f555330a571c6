// The guide's weekly plan (DOMAIN.md, "The service"): the defaults one person in a role is held
// against on the hours page, until a library sets its own plan.
import type { Role, TimeKind } from "@/lib/generated/prisma/enums";

/** Every kind of work, in the order the hours page shows them. */
export const TIME_KINDS = [
  "CONSULTATION",
  "AFTERCARE",
  "COORDINATION",
  "COMMUNICATION",
  "MANAGEMENT",
] as const satisfies readonly TimeKind[];

/**
 * The kinds each role may write as own hours. Consultation and aftercare are advisor work (the
 * cost-benefit prices them at the advisor's rate), so other roles cannot book them; an advisor
 * also helps with coordination and communication (a talk at the neighbourhood team, a poster);
 * the coordinator carries the guide's coordination, communication and management hours; a host
 * or an admin helps with coordination and communication but does not manage the service.
 */
export const LOGGABLE_KINDS: Record<Role, readonly TimeKind[]> = {
  ADVISOR: ["CONSULTATION", "AFTERCARE", "COORDINATION", "COMMUNICATION"],
  COORDINATOR: ["COORDINATION", "COMMUNICATION", "MANAGEMENT"],
  HOST: ["COORDINATION", "COMMUNICATION"],
  ADMIN: ["COORDINATION", "COMMUNICATION", "MANAGEMENT"],
  PROGRAMME: [],
};

/**
 * Planned minutes per week: the advisor 6 h consultation + 3 h aftercare as in the report (its
 * guide would rather plan as many aftercare hours as consultation hours); the coordinator 3 h
 * coordination, 1 h communication and 0.3 h (18 min) management, as the demo data books them.
 * Hosts and admins have no hours in the plan.
 */
export const WEEKLY_PLAN_MINUTES: Record<Role, Partial<Record<TimeKind, number>>> = {
  ADVISOR: { CONSULTATION: 6 * 60, AFTERCARE: 3 * 60 },
  COORDINATOR: { COORDINATION: 3 * 60, COMMUNICATION: 60, MANAGEMENT: 18 },
  HOST: {},
  ADMIN: {},
  PROGRAMME: {},
};

/** What a person with one or more roles may write: what any of their roles may. */
export function loggableKinds(roles: readonly Role[]): TimeKind[] {
  return TIME_KINDS.filter((kind) => roles.some((role) => LOGGABLE_KINDS[role].includes(kind)));
}

/**
 * A person's week plan: their roles' plans added up, kind by kind. Someone who advises and
 * coordinates is held against both: the advisor's consultation and the coordinator's management.
 */
export function planOf(
  roles: readonly Role[],
  plans: Record<Role, Partial<Record<TimeKind, number>>> = WEEKLY_PLAN_MINUTES,
): Partial<Record<TimeKind, number>> {
  const plan: Partial<Record<TimeKind, number>> = {};
  for (const role of roles)
    for (const [kind, minutes] of Object.entries(plans[role]) as [TimeKind, number][])
      plan[kind] = (plan[kind] ?? 0) + minutes;
  return plan;
}
