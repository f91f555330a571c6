import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { byRoleThenName } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ADMIN_ROLES } from "@/lib/auth/policy";

/** The organisation's staff as the admin's user page shows them; no password hashes, only whether one is set. */
export async function listUsersForAdmin(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const users = await db.user.findMany({
    where: scopedToOrganisation(admin),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      advisorKind: true,
      active: true,
      lockedUntil: true,
      lastLoginAt: true,
      sessionsValidFrom: true,
      passwordHash: true,
    },
  });
  return users
    .sort((a, b) => Number(b.active) - Number(a.active) || byRoleThenName(a, b))
    .map(({ passwordHash, ...user }) => ({ ...user, invited: passwordHash === null }));
}
