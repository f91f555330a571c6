import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { byRoleThenName } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export async function getOrganisationOverview(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const scope = scopedToOrganisation(admin);
  const [organisation, locations, users] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: admin.organisationId },
      select: { name: true, municipality: true },
    }),
    db.location.findMany({
      where: scope,
      orderBy: { name: "asc" },
      select: { id: true, name: true, street: true, city: true, active: true },
    }),
    db.user.findMany({
      where: scope,
      select: { id: true, name: true, email: true, roles: true, advisorKind: true, active: true },
    }),
  ]);
  return { organisation, locations, users: users.sort(byRoleThenName) };
}

/** The partnership's own details, for the admin's settings. */
export async function getPartnership(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  return db.organisation.findUniqueOrThrow({
    where: { id: admin.organisationId },
    select: { name: true, municipality: true, libraryName: true, providerName: true, retentionMonths: true },
  });
}
