import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after login: the page of its daily work. */
const HOME_PATH: Record<Role, string> = {
  HOST: "/balie",
  ADVISOR: "/dossiers",
  COORDINATOR: "/rapportages",
  ADMIN: "/beheer",
  PROGRAMME: "/programma",
};

/**
 * The order in which a person's roles are named and their first page is chosen: the daily work
 * with clients before the planning and reporting, and that before the accounts. Someone who
 * advises and coordinates lands on their dossiers; someone who hosts and coordinates on the desk.
 */
const ROLE_ORDER: readonly Role[] = ["ADVISOR", "HOST", "COORDINATOR", "ADMIN", "PROGRAMME"];

/** A person's roles in ROLE_ORDER, each once. */
export function orderedRoles(roles: readonly Role[]): Role[] {
  return ROLE_ORDER.filter((role) => roles.includes(role));
}

/** The role a person is first: it chooses their first page and, where one is needed, their label. */
export function primaryRole(roles: readonly Role[]): Role {
  const [first] = orderedRoles(roles);
  if (!first) throw new Error("A person without a role");
  return first;
}

/** A person's first page: the one of their first role. */
export function homePath(roles: readonly Role[]): string {
  return HOME_PATH[primaryRole(roles)];
}

export function hasRole(person: { roles: readonly Role[] }, role: Role): boolean {
  return person.roles.includes(role);
}

/** Whether any of a person's roles is one of these: a rule holds per role, so one is enough. */
export function hasAnyRole(person: { roles: readonly Role[] }, roles: readonly Role[]): boolean {
  return person.roles.some((role) => roles.includes(role));
}

/** People listed by their first role (ROLE_ORDER), then by name: a list of staff reads as a team. */
export function byRoleThenName<T extends { roles: readonly Role[]; name: string }>(a: T, b: T): number {
  return (
    ROLE_ORDER.indexOf(primaryRole(a.roles)) - ROLE_ORDER.indexOf(primaryRole(b.roles)) ||
    a.name.localeCompare(b.name, "nl")
  );
}
