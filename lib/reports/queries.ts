import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamDay, amsterdamMonthRange } from "@/lib/dates";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { heldBy } from "@/lib/schedule/session-phase";
import { figuresWithCells } from "./monitoring";
import { REPORT_ROLES } from "@/lib/auth/policy";

/**
 * Aggregate counts only: nothing here identifies a client. The contacts are the monitoring
 * figures' own count for the month, suppressed as there, so this page cannot show exactly what
 * the monitoring page hides.
 */
export async function getMonthSummaries(actor: Actor | null, now = clock.now()) {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const scope = scopedToOrganisation(coordinator);
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: coordinator.organisationId },
    select: { name: true },
  });

  const summarise = async (offset: number) => {
    const { start, end, month } = amsterdamMonthRange(now, offset);
    const period = { from: amsterdamDay(start), to: addCalendarDays(amsterdamDay(end), -1) };
    const [contacts, sessionsHeld, sessionsCancelled] = await Promise.all([
      figuresWithCells(coordinator.organisationId, period).then(({ figures }) => figures.contacts.total),
      db.session.count({ where: { ...scope, ...heldBy(now), startsAt: { gte: start, lt: end } } }),
      db.session.count({ where: { ...scope, status: "CANCELLED", startsAt: { gte: start, lt: end } } }),
    ]);
    return { month, contacts, sessionsHeld, sessionsCancelled };
  };
  const [thisMonth, lastMonth, openDossiers] = await Promise.all([
    summarise(0),
    summarise(-1),
    db.case.count({ where: { ...scope, kind: "DOSSIER", status: { not: "CLOSED" } } }),
  ]);
  return { organisation: organisation.name, thisMonth, lastMonth, openDossiers };
}
