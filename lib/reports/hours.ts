// The weekly hours report (issue 6, point 1): per ISO week the minutes of every person of the
// organisation by kind of work, against the plan that held that week, with the sessions held or
// cancelled and the stand-ins used. Staff data and counts only: no client is named, no dossier is read.
// Spreekuur hours are presence (lib/time/spreekuur.ts); conversation minutes show how much of it
// went to clients.
import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamMoment, startOfIsoWeek, TIME_ZONE } from "@/lib/dates";
import { db } from "@/lib/db";
import { keptPlan } from "@/lib/kept-plan";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdvisorKind, Role, TimeKind } from "@/lib/generated/prisma/enums";
import { assertWhole } from "@/lib/money";
import {
  noSpreekuur,
  presencePerDay,
  SPREEKUUR_PARTS,
  tallySpreekuur,
  utilisationPercent,
  writtenPerDay,
  type SpreekuurMinutes,
} from "@/lib/time/spreekuur";
import { organisationPlanChanges, planInWeek } from "@/lib/time/hours-plan";
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

type SpreekuurFigures = {
  spreekuur: SpreekuurMinutes;
  /** Minutes in conversation per minute of presence (overtime included), in whole per cent; null without presence. */
  utilisationPercent: number | null;
};

type PersonHours = SpreekuurFigures & {
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

type WeekHours = SpreekuurFigures & {
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
  /** Planned minutes per person per week, by role, in the last week of the range. */
  plan: WeeklyPlan;
  /** The plan was changed within the range: each week counts with its own. */
  planChanged: boolean;
  people: PersonHours[];
  weeks: WeekHours[];
  totals: Omit<WeekHours, "week">;
};

const noMinutes = (): Minutes => ({ CONSULTATION: 0, AFTERCARE: 0, COORDINATION: 0, COMMUNICATION: 0, MANAGEMENT: 0 });
const figures = (spreekuur: SpreekuurMinutes): SpreekuurFigures => ({
  spreekuur,
  utilisationPercent: utilisationPercent(spreekuur),
});
const sumOf = (minutes: Minutes) => TIME_KINDS.reduce((sum, kind) => sum + minutes[kind], 0);
const planTotal = (plan: Partial<Record<TimeKind, number>>) =>
  Object.values(plan).reduce((sum, minutes) => sum + minutes, 0);

/** The guide's plan (lib/time/plan.ts) with a library's own plan for the roles it names. */
function weeklyPlan(override: PlanOverride = {}): WeeklyPlan {
  for (const plan of Object.values(override))
    for (const minutes of Object.values(plan)) assertWhole(minutes, "Planned minutes");
  return { ...WEEKLY_PLAN_MINUTES, ...override };
}

const samePlan = (a: WeeklyPlan, b: WeeklyPlan) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The report over a range of ISO weeks (`fromWeek`/`toWeek` as "2026-W48" or a day; anything else
 * falls back to this week), for the coordinator's own organisation only.
 *
 * Time entries carry no location. With a location chosen, an entry counts there when it belongs
 * to a conversation (visit) at that location: the aftercare written on a task that came out of
 * such a visit, and the conversation itself within the presence at that location's sessions.
 * Other hours (coordination, communication, management, contacts outside the hours, time written
 * by hand) belong to the organisation as a whole and are then left out, and so is the plan, which
 * is per person, not per location. Sessions and stand-ins are counted at the chosen location.
 */
export async function getHoursReport(
  actor: Actor | null,
  query: HoursReportQuery,
  options: HoursReportOptions = {},
): Promise<HoursReport> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const scope = scopedToOrganisation(coordinator);
  const now = options.now ?? clock.now();
  const range = weekRange(query.fromWeek, query.toWeek, now);
  const firstDay = range.from.start;
  const endDay = addCalendarDays(range.to.start, 7);
  const [organisation, locations, planChanges] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: coordinator.organisationId }, select: { name: true } }),
    db.location.findMany({ where: scope, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    // The library's own plan unless the caller passes one (tests, what-if views).
    options.plan ? null : organisationPlanChanges(coordinator.organisationId),
  ]);
  // Each week is held against the plan of that week: a plan changed today leaves last month alone.
  const planOfWeek = new Map(
    range.weeks.map((week) => [week.start, weeklyPlan(options.plan ?? planInWeek(planChanges ?? [], week.start))]),
  );
  const lastPlan = planOfWeek.get(range.to.start)!;
  // A location of another organisation, or none at all, is simply not found: the whole organisation.
  const location = locations.find((candidate) => candidate.id === query.locationId) ?? null;

  const filter = { locationId: location?.id };
  // The organisation's people are read beside the hours, not after them: a library has tens of
  // them, and waiting for the hours to know whom to read was one more round trip per report.
  const [writtenRows, presenceRows, sessionRows, staff] = await Promise.all([
    writtenPerDay(coordinator.organisationId, firstDay, endDay, now, filter),
    presencePerDay(coordinator.organisationId, firstDay, endDay, now, filter),
    sessionsPerWeek(coordinator.organisationId, firstDay, endDay, now, location?.id),
    db.user.findMany({ where: scope, select: { id: true, name: true, roles: true, advisorKind: true, active: true } }),
  ]);

  // Everyone who has a plan in some week is shown, also with nothing written; at a location only
  // consultation work counts, so there the advisors are the ones expected.
  const expectedRoles = location
    ? (["ADVISOR"] as Role[])
    : TIME_ROLES.filter((role) => [...planOfWeek.values()].some((plan) => planTotal(plan[role]) > 0));
  const withHours = new Set([...writtenRows, ...presenceRows].map((row) => row.userId));
  const users = staff.filter(
    (user) => withHours.has(user.id) || (user.active && user.roles.some((role) => expectedRoles.includes(role))),
  );

  const tally = () => ({ minutes: noMinutes(), spreekuur: noSpreekuur() });
  const byUser = new Map(users.map((user) => [user.id, tally()]));
  const byWeek = new Map(range.weeks.map((week) => [week.start, tally()]));
  // A year has about a thousand rows over 365 days: each day's week is worked out once.
  const weekOfDay = new Map<string, ReturnType<typeof tally>>();
  for (const row of [...writtenRows, ...presenceRows]) {
    tallySpreekuur(byUser.get(row.userId)!, row);
    let week = weekOfDay.get(row.day);
    if (!week) weekOfDay.set(row.day, (week = byWeek.get(startOfIsoWeek(row.day))!));
    tallySpreekuur(week, row);
  }

  const people = users
    .map((user): PersonHours => {
      const { minutes, spreekuur } = byUser.get(user.id)!;
      const total = sumOf(minutes);
      const plan = location ? null : plannedOver(range.weeks, planOfWeek, user.roles);
      const plannedTotal = plan ? planTotal(plan) : null;
      return {
        userId: user.id,
        name: user.name,
        roles: orderedRoles(user.roles),
        advisorKind: user.advisorKind,
        minutes,
        total,
        ...figures(spreekuur),
        plan,
        plannedTotal,
        difference: plannedTotal === null ? null : total - plannedTotal,
      };
    })
    .sort(
      (a, b) =>
        (TIME_ROLES as readonly Role[]).indexOf(primaryRole(a.roles)) -
          (TIME_ROLES as readonly Role[]).indexOf(primaryRole(b.roles)) || a.name.localeCompare(b.name, "nl"),
    );

  const sessions = new Map(sessionRows.map((row) => [row.week, row]));
  const weeks = range.weeks.map((week): WeekHours => {
    const { minutes, spreekuur } = byWeek.get(week.start)!;
    const total = sumOf(minutes);
    const held = sessions.get(week.start);
    const plannedTotal = location
      ? null
      : people.reduce((sum, person) => sum + planTotal(planOf(person.roles, planOfWeek.get(week.start)!)), 0);
    return {
      week,
      minutes,
      total,
      ...figures(spreekuur),
      plannedTotal,
      difference: plannedTotal === null ? null : total - plannedTotal,
      ratioTenths: ratioTenths(minutes.AFTERCARE, minutes.CONSULTATION),
      sessionsHeld: held?.held ?? 0,
      sessionsCancelled: held?.cancelled ?? 0,
      standIns: held?.standIns ?? 0,
    };
  });

  const minutes = noMinutes();
  const spreekuur = noSpreekuur();
  for (const week of weeks) {
    for (const kind of TIME_KINDS) minutes[kind] += week.minutes[kind];
    for (const part of SPREEKUUR_PARTS) spreekuur[part] += week.spreekuur[part];
  }
  const total = sumOf(minutes);
  const plannedTotal = location ? null : weeks.reduce((sum, week) => sum + (week.plannedTotal ?? 0), 0);
  const count = (key: "sessionsHeld" | "sessionsCancelled" | "standIns") =>
    weeks.reduce((sum, week) => sum + week[key], 0);
  return {
    organisation: organisation.name,
    range,
    location,
    locations,
    plan: lastPlan,
    planChanged: [...planOfWeek.values()].some((plan) => !samePlan(plan, lastPlan)),
    people,
    weeks,
    totals: {
      minutes,
      total,
      ...figures(spreekuur),
      plannedTotal,
      difference: plannedTotal === null ? null : total - plannedTotal,
      ratioTenths: ratioTenths(minutes.AFTERCARE, minutes.CONSULTATION),
      sessionsHeld: count("sessionsHeld"),
      sessionsCancelled: count("sessionsCancelled"),
      standIns: count("standIns"),
    },
  };
}

/** A person's planned minutes per kind over the weeks, each week with its own plan. */
function plannedOver(weeks: readonly IsoWeek[], planOfWeek: Map<string, WeeklyPlan>, roles: readonly Role[]) {
  const plan: Partial<Record<TimeKind, number>> = {};
  for (const week of weeks)
    for (const [kind, perWeek] of Object.entries(planOf(roles, planOfWeek.get(week.start)!)) as [TimeKind, number][])
      plan[kind] = (plan[kind] ?? 0) + perWeek;
  return plan;
}

/** Sessions held and cancelled per ISO week in Amsterdam, and the stand-ins who worked in held ones. */
function sessionsPerWeek(
  organisationId: string,
  firstDay: string,
  endDay: string,
  now: Date,
  locationId: string | undefined,
) {
  const atLocation = locationId ? Prisma.sql`AND s."locationId" = ${locationId}` : Prisma.empty;
  return db.$queryRaw<{ week: string; held: number; cancelled: number; standIns: number }[]>(keptPlan`
    SELECT to_char(date_trunc('week', s."startsAt" AT TIME ZONE ${TIME_ZONE}), 'YYYY-MM-DD') AS "week",
           (COUNT(*) FILTER (WHERE s."status" = 'PLANNED' AND s."endsAt" <= ${now}))::int AS "held",
           (COUNT(*) FILTER (WHERE s."status" = 'CANCELLED'))::int AS "cancelled",
           COALESCE(SUM(staff."standIns") FILTER (WHERE s."status" = 'PLANNED' AND s."endsAt" <= ${now}), 0)::int AS "standIns"
    FROM "Session" s
    CROSS JOIN LATERAL (
      SELECT COUNT(*) AS "standIns" FROM "SessionStaff" ss WHERE ss."sessionId" = s."id" AND ss."standInForId" IS NOT NULL
    ) staff
    WHERE s."organisationId" = ${organisationId}
      AND s."startsAt" >= ${amsterdamMoment(firstDay, 0)} AND s."startsAt" < ${amsterdamMoment(endDay, 0)}
      ${atLocation}
    GROUP BY 1`);
}
