import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Role, TimeKind } from "@/lib/generated/prisma/enums";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { TIME_KINDS, WEEKLY_PLAN_MINUTES } from "./plan";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** The roles whose hours are planned per week: a domain list (the guide plans these two), not a rule of access. */
export const ROLES_WITH_A_PLAN = ["ADVISOR", "COORDINATOR"] as const satisfies readonly Role[];

/**
 * The library's own plan, as whole roles: a role with any row of its own keeps the guide's
 * minutes for the kinds it did not set (the hours report replaces a named role as a whole).
 */
export async function organisationPlan(
  organisationId: string,
): Promise<Partial<Record<Role, Partial<Record<TimeKind, number>>>>> {
  const rows = await db.hoursPlan.findMany({
    where: { organisationId },
    select: { role: true, kind: true, minutesPerWeek: true },
  });
  const plan: Partial<Record<Role, Partial<Record<TimeKind, number>>>> = {};
  for (const row of rows)
    plan[row.role] = { ...(plan[row.role] ?? WEEKLY_PLAN_MINUTES[row.role]), [row.kind]: row.minutesPerWeek };
  return plan;
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

export const setHoursPlan = defineUseCase({
  name: "time.setHoursPlan",
  roles: REPORT_ROLES,
  input: z.object({
    role: z.enum(ROLES_WITH_A_PLAN, { error: "refusals.time.choosePlanRole" }),
    kind: z.enum(TIME_KINDS, { error: "refusals.time.chooseKind" }),
    hours: hoursAsMinutes,
  }),
  run: async (actor, input) =>
    db.$transaction(async (tx) => {
      const key = { organisationId: actor.organisationId, role: input.role, kind: input.kind };
      const before = await tx.hoursPlan.findUnique({
        where: { organisationId_role_kind: key },
        select: { minutesPerWeek: true },
      });
      await tx.hoursPlan.upsert({
        where: { organisationId_role_kind: key },
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
            from: before?.minutesPerWeek ?? WEEKLY_PLAN_MINUTES[input.role][input.kind] ?? 0,
            to: input.hours,
          },
        },
        tx,
      );
      return ok({ minutesPerWeek: input.hours });
    }),
});
