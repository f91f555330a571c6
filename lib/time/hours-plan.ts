import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { amsterdamDay, dateColumn, dayOfDateColumn, startOfIsoWeek } from "@/lib/dates";
import { db } from "@/lib/db";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import type { Role, TimeKind } from "@/lib/generated/prisma/enums";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { TIME_KINDS, WEEKLY_PLAN_MINUTES } from "./plan";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** The roles whose hours are planned per week: a domain list (the guide plans these two), not a rule of access. */
export const ROLES_WITH_A_PLAN = ["ADVISOR", "COORDINATOR"] as const satisfies readonly Role[];

export type PlanInWeek = Partial<Record<Role, Partial<Record<TimeKind, number>>>>;

/** One of the library's plan settings: minutes per person per week from a Monday on. */
export type PlanChange = { role: Role; kind: TimeKind; minutesPerWeek: number; validFrom: string };

/** Every setting of the library's plan, oldest first. */
export async function organisationPlanChanges(organisationId: string): Promise<PlanChange[]> {
  const rows = await db.hoursPlan.findMany({
    where: { organisationId },
    orderBy: [{ validFrom: "asc" }, { role: "asc" }, { kind: "asc" }],
    select: { role: true, kind: true, minutesPerWeek: true, validFrom: true },
  });
  return rows.map((row) => ({ ...row, validFrom: dayOfDateColumn(row.validFrom) }));
}

/**
 * The library's own plan in the week of `monday`, as whole roles: per role and kind the latest
 * setting from that week or before (`changes` oldest first, as organisationPlanChanges gives
 * them); a role with any setting keeps the guide's minutes for the kinds it did not set (the hours
 * report replaces a named role as a whole). Settings from later weeks do not count, so a plan
 * changed today leaves the weeks before it as they were.
 */
export function planInWeek(changes: readonly PlanChange[], monday: string): PlanInWeek {
  const plan: PlanInWeek = {};
  for (const change of changes)
    if (change.validFrom <= monday)
      plan[change.role] = {
        ...(plan[change.role] ?? WEEKLY_PLAN_MINUTES[change.role]),
        [change.kind]: change.minutesPerWeek,
      };
  return plan;
}

/** The coordinator's view of the plan: each setting, newest first, for the settings page. */
export async function listHoursPlan(actor: Actor | null): Promise<PlanChange[]> {
  const coordinator = requireRole(actor, REPORT_ROLES);
  return (await organisationPlanChanges(coordinator.organisationId)).reverse();
}

/** "6", "0,3" or "1.25" hours as whole minutes, without floating point: 0,3 h is exactly 18 minutes. */
const hoursAsMinutes = z
  .string({ error: "refusals.time.hoursRequired" })
  .trim()
  .regex(/^\d{1,2}([.,]\d{1,2})?$/, "refusals.time.hoursFormat")
  .transform((text) => {
    const [whole, fraction = ""] = text.split(/[.,]/);
    return Number(whole) * 60 + Math.round((Number(fraction || "0") * 60) / 10 ** fraction.length);
  })
  .refine((minutes) => minutes <= 40 * 60, "refusals.time.hoursMax");

/** Only this century: the service began in 2021, and a plan for 1926 is a typing error. */
const validFromDay = z
  .string()
  .trim()
  .regex(/^20\d{2}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
  .refine(isCalendarDay, "refusals.common.dayNotReal")
  .optional()
  .or(z.literal("").transform(() => undefined));

/**
 * Sets the minutes per person per week for a role and kind, from the week of `validFrom` (today's
 * week when left empty) on. Weeks before keep the plan that held then; setting the same week again
 * replaces that week's setting.
 */
export const setHoursPlan = defineUseCase({
  name: "time.setHoursPlan",
  roles: REPORT_ROLES,
  input: z.object({
    role: z.enum(ROLES_WITH_A_PLAN, { error: "refusals.time.choosePlanRole" }),
    kind: z.enum(TIME_KINDS, { error: "refusals.time.chooseKind" }),
    hours: hoursAsMinutes,
    validFrom: validFromDay,
  }),
  run: async (actor, input, { now }) => {
    const validFrom = startOfIsoWeek(input.validFrom ?? amsterdamDay(now));
    return db.$transaction(async (tx) => {
      const key = {
        organisationId: actor.organisationId,
        role: input.role,
        kind: input.kind,
        validFrom: dateColumn(validFrom),
      };
      // What held in that week until now, for the audit trail: the latest setting up to it.
      const before = await tx.hoursPlan.findFirst({
        where: { ...key, validFrom: { lte: key.validFrom } },
        orderBy: { validFrom: "desc" },
        select: { minutesPerWeek: true },
      });
      await tx.hoursPlan.upsert({
        where: { organisationId_role_kind_validFrom: key },
        create: { ...key, minutesPerWeek: input.hours },
        update: { minutesPerWeek: input.hours },
      });
      await recordAudit(
        {
          actor,
          action: "hours_plan.set",
          access: "WRITE",
          entityType: "HoursPlan",
          details: {
            role: input.role,
            kind: input.kind,
            validFrom,
            from: before?.minutesPerWeek ?? WEEKLY_PLAN_MINUTES[input.role][input.kind] ?? 0,
            to: input.hours,
          },
        },
        tx,
      );
      return ok({ minutesPerWeek: input.hours, validFrom });
    });
  },
});
