import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { readableCases } from "@/lib/cases/access";
import { dateColumn, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { TimeKind } from "@/lib/generated/prisma/enums";
import { hasRole } from "@/lib/auth/roles";
import { organisationPlanChanges, planInWeek } from "./hours-plan";
import { loggableKinds, planOf, TIME_KINDS, WEEKLY_PLAN_MINUTES } from "./plan";
import { noSpreekuur, presencePerDay, tallySpreekuur, utilisationPercent, writtenPerDay } from "./spreekuur";
import { weekOf, type Week } from "./week";
import { clock } from "@/lib/clock";
import { TIME_ROLES } from "@/lib/auth/policy";

const inWeek = (week: Week) => ({ gte: dateColumn(week.start), lt: dateColumn(week.next) });

const noMinutes = (): Record<TimeKind, number> => ({
  CONSULTATION: 0,
  AFTERCARE: 0,
  COORDINATION: 0,
  COMMUNICATION: 0,
  MANAGEMENT: 0,
});

/**
 * My week in minutes per day and kind, counted as the weekly report counts them (spreekuur is my
 * presence at held sessions, lib/time/spreekuur.ts; corrections on the day of the entry they
 * correct), against my library's plan of that week for my roles. Kinds show when I may write them,
 * they are planned, or someone wrote them for me (time on a dossier, a coordinator's correction).
 */
export async function getMyWeek(actor: Actor | null, isoWeekStart?: unknown, now = clock.now()) {
  const person = requireRole(actor, TIME_ROLES);
  const week = weekOf(isoWeekStart, now);
  const filter = { userId: person.userId };
  const [written, presence, planChanges] = await Promise.all([
    writtenPerDay(person.organisationId, week.start, week.next, now, filter),
    presencePerDay(person.organisationId, week.start, week.next, now, filter),
    organisationPlanChanges(person.organisationId),
  ]);
  const byDay = new Map(week.days.map((day) => [day, { minutes: noMinutes(), spreekuur: noSpreekuur() }]));
  const totals = { minutes: noMinutes(), spreekuur: noSpreekuur() };
  for (const row of [...written, ...presence]) {
    tallySpreekuur(byDay.get(row.day)!, row);
    tallySpreekuur(totals, row);
  }
  const plan = planOf(person.roles, { ...WEEKLY_PLAN_MINUTES, ...planInWeek(planChanges, week.start) });
  const mine = loggableKinds(person.roles);
  const kinds = TIME_KINDS.filter(
    (kind) => mine.includes(kind) || plan[kind] !== undefined || totals.minutes[kind] !== 0,
  );
  return {
    week,
    kinds,
    days: week.days.map((day) => {
      const { minutes } = byDay.get(day)!;
      return { day, minutes, total: TIME_KINDS.reduce((sum, kind) => sum + minutes[kind], 0) };
    }),
    totals: totals.minutes,
    total: TIME_KINDS.reduce((sum, kind) => sum + totals.minutes[kind], 0),
    spreekuur: totals.spreekuur,
    utilisationPercent: utilisationPercent(totals.spreekuur),
    plan,
    plannedTotal: Object.values(plan).reduce((sum, minutes) => sum + (minutes ?? 0), 0),
  };
}

/**
 * My entries of a week, each with its corrections and the minutes it now counts for. A dossier
 * link only where I can read the dossier: the hours page is no way around the dossier filter.
 */
export async function listMyEntries(actor: Actor | null, isoWeekStart?: unknown, now = clock.now()) {
  const person = requireRole(actor, TIME_ROLES);
  const week = weekOf(isoWeekStart, now);
  const rows = await db.timeEntry.findMany({
    where: { ...scopedToOrganisation(person), userId: person.userId, workedOn: inWeek(week) },
    orderBy: [{ workedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      minutes: true,
      workedOn: true,
      description: true,
      correctsId: true,
      caseId: true,
      visitId: true,
      createdAt: true,
      aftercareTask: { select: { title: true } },
      enteredBy: { select: { id: true, name: true } },
    },
  });
  const caseIds = [...new Set(rows.flatMap((row) => (row.caseId ? [row.caseId] : [])))];
  const readable =
    hasRole(person, "ADVISOR") && caseIds.length
      ? new Set(
          (
            await db.case.findMany({ where: { ...readableCases(person), id: { in: caseIds } }, select: { id: true } })
          ).map((dossier) => dossier.id),
        )
      : new Set<string>();

  // Who entered a correction is shown: a coordinator may have put my hours right.
  const correctionsOf = new Map<
    string,
    { id: string; minutes: number; description: string | null; createdAt: Date; enteredBy: string | null }[]
  >();
  for (const row of rows) {
    if (!row.correctsId) continue;
    const corrections = correctionsOf.get(row.correctsId) ?? [];
    corrections.push({
      id: row.id,
      minutes: row.minutes,
      description: row.description,
      createdAt: row.createdAt,
      enteredBy: row.enteredBy.id === person.userId ? null : row.enteredBy.name,
    });
    correctionsOf.set(row.correctsId, corrections);
  }

  return {
    week,
    entries: rows
      .filter((row) => !row.correctsId)
      .map((row) => {
        const corrections = correctionsOf.get(row.id) ?? [];
        return {
          id: row.id,
          kind: row.kind,
          minutes: row.minutes,
          description: row.description,
          day: dayOfDateColumn(row.workedOn),
          taskTitle: row.aftercareTask?.title ?? null,
          caseId: row.caseId && readable.has(row.caseId) ? row.caseId : null,
          // A conversation's minutes lie within the presence at its session (lib/time/spreekuur.ts).
          withinPresence: row.kind === "CONSULTATION" && row.visitId !== null,
          corrections,
          total: row.minutes + corrections.reduce((sum, correction) => sum + correction.minutes, 0),
        };
      }),
  };
}
