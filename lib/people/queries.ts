import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { recordIdFromUrl } from "@/lib/record-id";
import { z } from "@/lib/zod";

const userId = z.string().min(1).max(40);

/** One person of the admin's own organisation for the edit page; null for anyone else. */
export async function getPerson(actor: Actor | null, id: unknown) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const parsed = userId.safeParse(recordIdFromUrl(id));
  if (!parsed.success) return null;
  const person = await db.user.findFirst({
    where: { id: parsed.data, ...scopedToOrganisation(admin) },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      advisorKind: true,
      supervisorId: true,
      homeLocationId: true,
      active: true,
      passwordHash: true,
    },
  });
  if (!person) return null;
  const { passwordHash, ...shown } = person;
  return { ...shown, invited: passwordHash === null };
}

/**
 * What the people forms offer: the professionals who can supervise, every active advisor (who can
 * take over a leaver's work) and the locations in use.
 */
export async function listPersonChoices(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const scope = scopedToOrganisation(admin);
  const [advisors, locations] = await Promise.all([
    db.user.findMany({
      where: { ...scope, roles: { has: "ADVISOR" }, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, advisorKind: true },
    }),
    db.location.findMany({
      where: { ...scope, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const supervisors = advisors.filter((advisor) => advisor.advisorKind === "PROFESSIONAL");
  return { supervisors, advisors, locations };
}
