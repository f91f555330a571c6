import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamDay, amsterdamDayRange } from "@/lib/dates";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { keptPlan } from "@/lib/kept-plan";
import { activeTopLegalDomains } from "@/lib/legal-domains/queries";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/clock";
import { DESK_ROLES } from "@/lib/auth/policy";

type SlotState = "FREE" | "PAST" | VisitStatus;

/**
 * The sessions a desk shows on `day`: those that run during it, so an evening session that goes on
 * past midnight stays on the desk until it ends. A session never lasts a day, which bounds the
 * search on its start.
 */
function runningOn(day: string) {
  const { start, end } = amsterdamDayRange(day);
  return { startsAt: { gte: amsterdamDayRange(addCalendarDays(day, -1)).start, lt: end }, endsAt: { gt: start } };
}

/**
 * The location a desk shows: the one asked for, else the user's own, else where the user works
 * today (an advisor), else the first one.
 */
async function deskLocation(actor: Actor, day: string, locationId?: string) {
  const scope = scopedToOrganisation(actor);
  const [locations, user, staffedToday] = await Promise.all([
    db.location.findMany({
      where: { ...scope, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.user.findFirst({ where: { id: actor.userId, ...scope }, select: { homeLocationId: true } }),
    db.session.findFirst({
      where: { ...scope, ...runningOn(day), staff: { some: { advisorId: actor.userId } } },
      select: { locationId: true },
    }),
  ]);
  const location =
    locations.find((l) => l.id === locationId) ??
    locations.find((l) => l.id === user?.homeLocationId) ??
    locations.find((l) => l.id === staffedToday?.locationId) ??
    locations[0] ??
    null;
  return { location, locations };
}

/**
 * What the desk shows: today's sessions at one location, per advisor the half-hour slots and who
 * sits in them, and the queue in order of arrival. By design it selects names, times, the spoken
 * category and the slot: never a note, a document or anything of a case.
 */
export async function getTodaysDesk(actor: Actor | null, options: { locationId?: string; now?: Date } = {}) {
  const user = requireRole(actor, DESK_ROLES);
  const now = options.now ?? clock.now();
  const day = amsterdamDay(now);
  const { location, locations } = await deskLocation(user, day, options.locationId);
  if (!location) return { day, now, location: null, locations, sessions: [], queue: [], stand: null };

  // Read before the desk itself: a change in between then shows as a new fingerprint at the
  // screen's first question, never as a change the screen misses.
  const stand = await deskStandOf(user.organisationId, location.id, now);
  const sessions = await db.session.findMany({
    where: { ...scopedToOrganisation(user), locationId: location.id, ...runningOn(day) },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      cancelReason: true,
      staff: {
        orderBy: { advisor: { name: "asc" } },
        select: {
          advisor: { select: { id: true, name: true, advisorKind: true } },
          room: { select: { name: true } },
          standInFor: { select: { name: true } },
        },
      },
      slots: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          advisorId: true,
          startsAt: true,
          endsAt: true,
          visit: { select: { id: true, status: true, client: { select: { displayName: true } } } },
        },
      },
      visits: {
        // The organisation too, for the index that leads with it (as deskStandOf does).
        where: { ...scopedToOrganisation(user), status: { not: "CANCELLED" } },
        select: {
          id: true,
          kind: true,
          status: true,
          // Only an id: advisors get a link to the dossier, the desk never sees its content.
          caseId: true,
          arrivedAt: true,
          startedAt: true,
          endedAt: true,
          plannedStartsAt: true,
          client: { select: { displayName: true } },
          category: { select: { nameNl: true, nameEn: true } },
          slot: { select: { startsAt: true, endsAt: true, advisor: { select: { name: true } } } },
          // Whether the reminder mail went out (lib/reminders/): its state, no content. One per
          // planned start: after a move, the old time's reminder says nothing of the new one.
          reminders: { select: { status: true, forStartsAt: true } },
        },
      },
    },
  });

  const board = sessions.map((session) => ({
    id: session.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    status: session.status,
    cancelReason: session.cancelReason,
    advisors: session.staff.map((staff) => ({
      ...staff.advisor,
      room: staff.room?.name ?? null,
      standInFor: staff.standInFor?.name ?? null,
      slots: session.slots
        .filter((slot) => slot.advisorId === staff.advisor.id)
        .map((slot) => ({
          id: slot.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          state: (slot.visit?.status ?? (slot.endsAt <= now ? "PAST" : "FREE")) as SlotState,
          clientName: slot.visit?.client.displayName ?? null,
        })),
    })),
    freeSlots: session.slots.filter((slot) => !slot.visit && slot.endsAt > now).length,
    visits: session.visits
      .map(({ reminders, ...visit }) => ({
        ...visit,
        reminder:
          reminders.find((reminder) => reminder.forStartsAt.getTime() === visit.plannedStartsAt?.getTime())?.status ??
          null,
      }))
      .sort(
        (a, b) =>
          (a.slot?.startsAt ?? a.plannedStartsAt ?? a.arrivedAt ?? now).getTime() -
          (b.slot?.startsAt ?? b.plannedStartsAt ?? b.arrivedAt ?? now).getTime(),
      ),
  }));
  const queue = board
    .flatMap((session) => session.visits.filter((visit) => visit.status === "WAITING"))
    .sort((a, b) => (a.arrivedAt?.getTime() ?? 0) - (b.arrivedAt?.getTime() ?? 0))
    .map((visit) => ({
      ...visit,
      // Counted on in the browser from here (components/desk/clock-minutes.tsx).
      waitedMs: visit.arrivedAt ? Math.max(0, now.getTime() - visit.arrivedAt.getTime()) : 0,
    }));
  return { day, now, location, locations, sessions: board, queue, stand };
}

/**
 * A fingerprint of what changes on today's desk at one location during the day: the sessions,
 * who staffs them in which room, the half hours, and the visits with their status, times and
 * client's name. An open desk asks for it every few seconds and renders itself again only when it
 * changed (components/desk/auto-refresh.tsx), so twenty desks that wait for a client cost twenty
 * small queries, not twenty page renders (docs/performance.md). It is read fresh on every call,
 * so it cannot be stale under writes. Of what only the clock changes, it holds the half hours and
 * sessions that have ended by `now` (a slot turns "past", the walk-in form drops a session); the
 * minutes waited and run over count on in the browser (components/desk/clock-minutes.tsx). The
 * reminder mails' states are in it too, since the job sends them without a desk. An admin's edits
 * elsewhere (names of categories, locations and partners) show at the desk's render every ten
 * minutes. Each part is a row value (`ROW(…)::text`), which keeps empty fields and separators
 * inside names apart.
 */
async function deskStandOf(organisationId: string, locationId: string, now: Date): Promise<string | null> {
  const { startsAt, endsAt } = runningOn(amsterdamDay(now));
  // The location's own check is part of the statement: the change check is the most frequent
  // request of all (every open desk, every few seconds), and one round trip is half its queries.
  // Its plan is kept (lib/kept-plan.ts): planned afresh, the five parts took PostgreSQL 1.9 ms of
  // planning and 2.1 ms of CPU a check in all; kept, 0.45 ms (400 checks in a loop, scale data).
  const [row] = await db.$queryRaw<{ stand: string | null }[]>(keptPlan`
    WITH place AS (
      SELECT id FROM "Location" WHERE id = ${locationId} AND "organisationId" = ${organisationId}
    ), today AS (
      SELECT id, status, "cancelReason", "startsAt", "endsAt" FROM "Session"
      WHERE "organisationId" = ${organisationId} AND "locationId" = (SELECT id FROM place)
        AND "startsAt" >= ${startsAt.gte} AND "startsAt" < ${startsAt.lt} AND "endsAt" > ${endsAt.gt}
    )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM place) THEN md5(COALESCE(string_agg(part, '|' ORDER BY part), '')) END AS stand FROM (
      SELECT ROW('session', t.id, t.status, t."cancelReason", t."startsAt", t."endsAt", t."endsAt" <= ${now})::text AS part FROM today t
      UNION ALL
      SELECT ROW('staff', st."sessionId", st."advisorId", a.name, a."advisorKind", r.name, s.name)::text
      FROM "SessionStaff" st JOIN today t ON t.id = st."sessionId" JOIN "User" a ON a.id = st."advisorId"
      LEFT JOIN "Room" r ON r.id = st."roomId" LEFT JOIN "User" s ON s.id = st."standInForId"
      UNION ALL
      SELECT ROW('slots', sl."sessionId", count(*), min(sl."startsAt"), max(sl."endsAt"), count(*) FILTER (WHERE sl."endsAt" <= ${now}))::text
      FROM "Slot" sl JOIN today t ON t.id = sl."sessionId" GROUP BY sl."sessionId"
      UNION ALL
      SELECT ROW('visit', v.id, v.kind, v.status, v."slotId", v."caseId", v."categoryId", v."plannedStartsAt", v."arrivedAt", v."startedAt", v."endedAt", c."displayName")::text
      FROM "Visit" v JOIN today t ON t.id = v."sessionId" JOIN "Client" c ON c.id = v."clientId"
      WHERE v."organisationId" = ${organisationId}
      UNION ALL
      SELECT ROW('reminder', r."visitId", r."forStartsAt", r.status)::text
      FROM "AppointmentReminder" r JOIN "Visit" v ON v.id = r."visitId" JOIN today t ON t.id = v."sessionId"
      WHERE v."organisationId" = ${organisationId}
    ) parts`);
  return row.stand;
}

/** The desk's fingerprint (see deskStandOf), or null when the location is not of the caller's organisation. */
export async function getDeskStand(
  actor: Actor | null,
  { locationId, now = clock.now() }: { locationId: string; now?: Date },
): Promise<string | null> {
  const user = requireRole(actor, DESK_ROLES);
  return deskStandOf(user.organisationId, locationId, now);
}

/** The choices of the intake form: categories in plain words and the partners who send people. */
export async function getIntakeOptions(actor: Actor | null) {
  const user = requireRole(actor, DESK_ROLES);
  const [categories, referrers] = await Promise.all([
    activeTopLegalDomains(),
    db.partner.findMany({
      where: { ...scopedToOrganisation(user), active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { categories, referrers };
}

const APPOINTMENT_DAYS_AHEAD = 28;

/** Free half hours in the coming weeks at one location, for booking an appointment. */
export async function listBookableSlots(actor: Actor | null, options: { locationId: string; now?: Date }) {
  const user = requireRole(actor, DESK_ROLES);
  const now = options.now ?? clock.now();
  const until = amsterdamDayRange(addCalendarDays(amsterdamDay(now), APPOINTMENT_DAYS_AHEAD)).end;
  return db.slot.findMany({
    where: {
      ...scopedToOrganisation(user),
      startsAt: { gt: now, lt: until },
      visit: null,
      session: { locationId: options.locationId, status: { not: "CANCELLED" } },
    },
    orderBy: [{ startsAt: "asc" }, { advisor: { name: "asc" } }],
    take: 200,
    select: { id: true, startsAt: true, endsAt: true, advisor: { select: { name: true, advisorKind: true } } },
  });
}

/** The slip the client takes home: when, where, with whom (professional or volunteer), what to bring. */
export async function getAppointmentSlip(actor: Actor | null, visitId: string) {
  const user = requireRole(actor, DESK_ROLES);
  const visit = await db.visit.findFirst({
    where: { id: visitId, ...scopedToOrganisation(user), kind: "APPOINTMENT" },
    select: {
      id: true,
      clientId: true,
      status: true,
      plannedStartsAt: true,
      client: { select: { displayName: true, preferredLanguage: true } },
      slot: { select: { endsAt: true, advisor: { select: { name: true, advisorKind: true } } } },
      location: {
        select: {
          name: true,
          street: true,
          postcode: true,
          city: true,
          directions: true,
          organisation: { select: { name: true } },
        },
      },
    },
  });
  if (!visit) return null;
  await recordAudit({
    actor: user,
    action: "visit.slip_view",
    access: "READ",
    entityType: "Visit",
    entityId: visit.id,
    clientId: visit.clientId,
  });
  return visit;
}
