// The weekly hours report (issue 6, point 1): per ISO week the minutes of every person of the
// organisation by kind of work, against the guide's plan, with the sessions held or cancelled and
// the stand-ins used. Staff data and counts only: no client is named, no dossier is read.
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamMoment, TIME_ZONE } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdvisorKind, Role, TimeKind } from "@/lib/generated/prisma/enums";
import { assertWhole } from "@/lib/money";
import { organisationPlan } from "@/lib/time/hours-plan";
import { planOf, TIME_KINDS, WEEKLY_PLAN_MINUTES } from "@/lib/time/plan";
import { orderedRoles, primaryRole } from "@/lib/auth/roles";
import { ratioTenths } from "./hours-format";
import { weekRange, type IsoWeek, type WeekRange } from "./hours-weeks";
import { clock } from "@/lib/clock";
import { REPORT_ROLES, TIME_ROLES } from "@/lib/auth/policy";

export type Minutes = Record<TimeKind, number>;
export type WeeklyPlan = Record<Role, Partial<Record<TimeKind, number>>>;

/**
 * A library's own plan per person per week for some roles, e.g. the pilot that planned an advisor
 * 5 h consultation + 5 h aftercare: { ADVISOR: { CONSULTATION: 300, AFTERCARE: 300 } }. A role that
 * is named replaces the guide's plan for that role; the other roles keep it.
 */
type PlanOverride = Partial<WeeklyPlan>;

export type HoursReportQuery = { fromWeek?: unknown; toWeek?: unknown; locationId?: unknown };
export type HoursReportOptions = { now?: Date; plan?: PlanOverride };

type PersonHours = {
  userId: string;
  name: string;
  roles: Role[];
  advisorKind: AdvisorKind | null;
  minutes: Minutes;
  total: number;
  /** Planned minutes over all weeks of the range; null when a location is chosen. */
  plan: Partial<Record<TimeKind, number>> | null;
  plannedTotal: number | null;
  /** Worked minus planned; more worked than planned is positive. */
  difference: number | null;
};

type WeekHours = {
  week: IsoWeek;
  minutes: Minutes;
  total: number;
  plannedTotal: number | null;
  difference: number | null;
  /** Aftercare per hour of consultation in tenths; null without consultation. */
  ratioTenths: number | null;
  sessionsHeld: number;
  sessionsCancelled: number;
  standIns: number;
};

export type HoursReport = {
  organisation: string;
  range: WeekRange;
  location: { id: string; name: string } | null;
  locations: { id: string; name: string }[];
  /** Planned minutes per person per week, by role. */
  plan: WeeklyPlan;
  people: PersonHours[];
  weeks: WeekHours[];
  totals: Omit<WeekHours, "week">;
};

const noMinutes = (): Minutes => ({ CONSULTATION: 0, AFTERCARE: 0, COORDINATION: 0, COMMUNICATION: 0, MANAGEMENT: 0 });
const sumOf = (minutes: Minutes) => TIME_KINDS.reduce((sum, kind) => sum + minutes[kind], 0);
const planTotal = (plan: Partial<Record<TimeKind, number>>) =>
  Object.values(plan).reduce((sum, minutes) => sum + minutes, 0);

/** The guide's plan (lib/time/plan.ts) with a library's own plan for the roles it names. */
function weeklyPlan(override: PlanOverride = {}): WeeklyPlan {
  for (const plan of Object.values(override))
    for (const minutes of Object.values(plan)) assertWhole(minutes, "Planned minutes");
  return { ...WEEKLY_PLAN_MINUTES, ...override };
}

/**
 * The report over a range of ISO weeks (`fromWeek`/`toWeek` as "2026-W48" or a day; anything else
 * falls back to this week), for the coordinator's own organisation only.
 *
 * Time entries carry no location. With a location chosen, an entry counts there when it belongs
 * to a conversation (visit) at that location: the consultation minutes written for the visit, and
 * aftercare written on a task that came out of such a visit. Other hours (coordination,
 * communication, management, time written on a dossier without a conversation) belong to the
 * organisation as a whole and are then left out, and so is the plan, which is per person, not per
 * location. Sessions and stand-ins are counted at the chosen location.
 */
export async function getHoursReport(
  actor: Actor | null,
  query: HoursReportQuery,
  options: HoursReportOptions = {},
): Promise<HoursReport> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const scope = scopedToOrganisation(coordinator);
  const range = weekRange(query.fromWeek, query.toWeek, options.now ?? clock.now());
  // The library's own plan unless the caller passes one (tests, what-if views).
  const plans = weeklyPlan(options.plan ?? (await organisationPlan(coordinator.organisationId)));
  const [organisation, locations] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: coordinator.organisationId }, select: { name: true } }),
    db.location.findMany({ where: scope, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  // A location of another organisation, or none at all, is simply not found: the whole organisation.
  const location = locations.find((candidate) => candidate.id === query.locationId) ?? null;

  const firstDay = range.from.start;
  const endDay = addCalendarDays(range.to.start, 7);
  const [timeRows, sessionRows] = await Promise.all([
    minutesPerWeek(coordinator.organisationId, firstDay, endDay, location?.id),
    sessionsPerWeek(coordinator.organisationId, firstDay, endDay, location?.id),
  ]);

  // Everyone who has a plan is shown, also with nothing written; at a location only consultation
  // work counts, so there the advisors are the ones expected.
  const expectedRoles = location ? (["ADVISOR"] as Role[]) : TIME_ROLES.filter((role) => planTotal(plans[role]) > 0);
  const users = await db.user.findMany({
    where: {
      ...scope,
      OR: [
        { id: { in: [...new Set(timeRows.map((row) => row.userId))] } },
        { active: true, roles: { hasSome: expectedRoles } },
      ],
    },
    select: { id: true, name: true, roles: true, advisorKind: true },
  });

  const weekCount = range.weeks.length;
  const byUser = new Map(users.map((user) => [user.id, noMinutes()]));
  const byWeek = new Map(range.weeks.map((week) => [week.start, noMinutes()]));
  for (const row of timeRows) {
    byUser.get(row.userId)![row.kind] += row.minutes;
    byWeek.get(row.week)![row.kind] += row.minutes;
  }

  const people = users
    .map((user): PersonHours => {
      const minutes = byUser.get(user.id)!;
      const total = sumOf(minutes);
      const plan = location
        ? null
        : Object.fromEntries(
            Object.entries(planOf(user.roles, plans)).map(([kind, perWeek]) => [kind, (perWeek ?? 0) * weekCount]),
          );
      const plannedTotal = plan ? planTotal(plan) : null;
      return {
        userId: user.id,
        name: user.name,
        roles: orderedRoles(user.roles),
        advisorKind: user.advisorKind,
        minutes,
        total,
        plan,
        plannedTotal,
        difference: plannedTotal === null ? null : total - plannedTotal,
      };
    })
    .sort(
      (a, b) =>
        TIME_ROLES.indexOf(primaryRole(a.roles)) - TIME_ROLES.indexOf(primaryRole(b.roles)) ||
        a.name.localeCompare(b.name, "nl"),
    );

  const plannedPerWeek = location
    ? null
    : people.reduce((sum, person) => sum + planTotal(planOf(person.roles, plans)), 0);
  const sessions = new Map(sessionRows.map((row) => [row.week, row]));
  const weeks = range.weeks.map((week): WeekHours => {
    const minutes = byWeek.get(week.start)!;
    const total = sumOf(minutes);
    const held = sessions.get(week.start);
    return {
      week,
      minutes,
      total,
      plannedTotal: plannedPerWeek,
      difference: plannedPerWeek === null ? null : total - plannedPerWeek,
      ratioTenths: ratioTenths(minutes.AFTERCARE, minutes.CONSULTATION),
      sessionsHeld: held?.held ?? 0,
      sessionsCancelled: held?.cancelled ?? 0,
      standIns: held?.standIns ?? 0,
    };
  });

  const minutes = noMinutes();
  for (const week of weeks) for (const kind of TIME_KINDS) minutes[kind] += week.minutes[kind];
  const total = sumOf(minutes);
  const plannedTotal = plannedPerWeek === null ? null : plannedPerWeek * weekCount;
  const count = (key: "sessionsHeld" | "sessionsCancelled" | "standIns") =>
    weeks.reduce((sum, week) => sum + week[key], 0);
  return {
    organisation: organisation.name,
    range,
    location,
    locations,
    plan: plans,
    people,
    weeks,
    totals: {
      minutes,
      total,
      plannedTotal,
      difference: plannedTotal === null ? null : total - plannedTotal,
      ratioTenths: ratioTenths(minutes.AFTERCARE, minutes.CONSULTATION),
      sessionsHeld: count("sessionsHeld"),
      sessionsCancelled: count("sessionsCancelled"),
      standIns: count("standIns"),
    },
  };
}

/**
 * Minutes per ISO week (its Monday), person and kind, summed by PostgreSQL. A correction is an entry
 * of its own with signed minutes on the day of the entry it corrects, so plain sums count it.
 */
function minutesPerWeek(organisationId: string, firstDay: string, endDay: string, locationId: string | undefined) {
  // The visit of an aftercare entry is the one its task came out of, when the entry itself has none.
  const atLocation = locationId
    ? Prisma.sql`AND EXISTS (
        SELECT 1 FROM "Visit" v
        LEFT JOIN "AftercareTask" a ON a."id" = t."aftercareTaskId"
        WHERE v."id" = COALESCE(t."visitId", a."visitId") AND v."organisationId" = ${organisationId} AND v."locationId" = ${locationId})`
    : Prisma.empty;
  // workedOn is a date; as a timestamp without zone the week cannot shift with the server's zone.
  return db.$queryRaw<{ week: string; userId: string; kind: TimeKind; minutes: number }[]>`
    SELECT to_char(date_trunc('week', t."workedOn"::timestamp), 'YYYY-MM-DD') AS "week",
           t."userId" AS "userId", t."kind"::text AS "kind", SUM(t."minutes")::int AS "minutes"
    FROM "TimeEntry" t
    WHERE t."organisationId" = ${organisationId}
      AND t."workedOn" >= ${firstDay}::date AND t."workedOn" < ${endDay}::date
      ${atLocation}
    GROUP BY 1, 2, 3`;
}

/** Sessions held and cancelled per ISO week in Amsterdam, and the stand-ins who worked in held ones. */
function sessionsPerWeek(organisationId: string, firstDay: string, endDay: string, locationId: string | undefined) {
  const atLocation = locationId ? Prisma.sql`AND s."locationId" = ${locationId}` : Prisma.empty;
  return db.$queryRaw<{ week: string; held: number; cancelled: number; standIns: number }[]>`
    SELECT to_char(date_trunc('week', s."startsAt" AT TIME ZONE ${TIME_ZONE}), 'YYYY-MM-DD') AS "week",
           (COUNT(*) FILTER (WHERE s."status" = 'HELD'))::int AS "held",
           (COUNT(*) FILTER (WHERE s."status" = 'CANCELLED'))::int AS "cancelled",
           COALESCE(SUM(staff."standIns") FILTER (WHERE s."status" = 'HELD'), 0)::int AS "standIns"
    FROM "Session" s
    CROSS JOIN LATERAL (
      SELECT COUNT(*) AS "standIns" FROM "SessionStaff" ss WHERE ss."sessionId" = s."id" AND ss."standInForId" IS NOT NULL
    ) staff
    WHERE s."organisationId" = ${organisationId}
      AND s."startsAt" >= ${amsterdamMoment(firstDay, 0)} AND s."startsAt" < ${amsterdamMoment(endDay, 0)}
      ${atLocation}
    GROUP BY 1`;
}
