import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { amsterdamDay, amsterdamDayRange } from "@/lib/dates";
import { db } from "@/lib/db";

export const DESK_ROLES = ["HOST", "COORDINATOR"] as const;

/**
 * What the host sees at the desk: today's sessions at one location and who is there. By design
 * it selects names, times, the spoken category and the slot: never a note, document or case.
 */
export async function getTodaysDesk(actor: Actor | null, now = new Date()) {
  const host = requireRole(actor, DESK_ROLES);
  const scope = scopedToOrganisation(host);
  const user = await db.user.findFirst({ where: { id: host.userId, ...scope }, select: { homeLocationId: true } });
  const location = await db.location.findFirst({
    where: { ...scope, active: true, ...(user?.homeLocationId ? { id: user.homeLocationId } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const day = amsterdamDay(now);
  if (!location) return { day, location: null, sessions: [] };

  const { start, end } = amsterdamDayRange(day);
  const sessions = await db.session.findMany({
    where: { ...scope, locationId: location.id, startsAt: { gte: start, lt: end } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      cancelReason: true,
      staff: { select: { advisor: { select: { id: true, name: true, advisorKind: true } }, room: { select: { name: true } } } },
      visits: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ arrivedAt: { sort: "asc", nulls: "last" } }, { plannedStartsAt: "asc" }],
        select: {
          id: true,
          kind: true,
          status: true,
          arrivedAt: true,
          client: { select: { displayName: true } },
          category: { select: { nameNl: true, nameEn: true } },
          slot: { select: { startsAt: true, advisor: { select: { name: true } } } },
        },
      },
    },
  });
  return { day, location, sessions };
}
