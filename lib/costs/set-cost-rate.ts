import type { MessageKey } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import { parseEuroCents } from "@/lib/money";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** The report's whole advisor hour costs € 120; over € 1.000 for one part is far more likely a missing comma than a rate. */
const MAX_HOUR_CENTS = 100_000;

export const RATE_EXISTS = "refusals.costs.rateExists";

const euroPerHour = (what: "advisorHour" | "projectHour" | "serviceHour") => {
  const hint: MessageKey = `refusals.costs.${what}`;
  return z.string({ error: hint }).transform((text, ctx) => {
    const cents = parseEuroCents(text);
    if (cents === null) ctx.addIssue({ code: "custom", message: hint });
    else if (cents > MAX_HOUR_CENTS) ctx.addIssue({ code: "custom", message: "refusals.costs.hourTooHigh" });
    else return cents;
    return z.NEVER;
  });
};

const setCostRateSchema = z
  .object({
    validFrom: z
      .string({ error: "refusals.costs.validFromRequired" })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "refusals.common.dayFormat")
      .refine(isCalendarDay, "refusals.common.dayNotReal"),
    advisorHour: euroPerHour("advisorHour"),
    projectHour: euroPerHour("projectHour"),
    serviceHour: euroPerHour("serviceHour"),
  })
  .refine((rate) => rate.advisorHour + rate.projectHour + rate.serviceHour > 0, {
    path: ["advisorHour"],
    message: "refusals.costs.hourIsFree",
    when: (payload) => payload.issues.length === 0,
  });

/**
 * What an advisor hour costs from a date on: adviser, project and service costs ("Inzet SJD",
 * "Projectkosten", "Servicekosten"). A new rate never rewrites an earlier one, so a report over a
 * past period keeps the figures it had; one rate per date (the unique index decides, also when two
 * coordinators save at the same moment).
 */
export const setCostRate = defineUseCase({
  name: "costs.setCostRate",
  roles: REPORT_ROLES,
  input: setCostRateSchema,
  run: async (actor, input) => {
    const amounts = {
      advisorHourCents: input.advisorHour,
      projectHourCents: input.projectHour,
      serviceHourCents: input.serviceHour,
    };
    try {
      return await db.$transaction(async (tx) => {
        const rate = await tx.costRate.create({
          data: { organisationId: actor.organisationId, validFrom: dateColumn(input.validFrom), ...amounts },
          select: { id: true },
        });
        await recordAudit(
          {
            actor,
            action: "costRate.create",
            access: "WRITE",
            entityType: "CostRate",
            entityId: rate.id,
            details: { validFrom: input.validFrom, ...amounts },
          },
          tx,
        );
        return ok({ costRateId: rate.id });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return refuse(RATE_EXISTS, { validFrom: [RATE_EXISTS] });
      throw error;
    }
  },
});
