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

export const RATE_EXISTS = "Vanaf deze datum is al een tarief vastgelegd. Kies een andere datum.";

const euroPerHour = (what: string) =>
  z.string({ error: `Vul ${what} per uur in euro’s in, bijvoorbeeld 80 of 82,50.` }).transform((text, ctx) => {
    const cents = parseEuroCents(text);
    if (cents === null)
      ctx.addIssue({ code: "custom", message: `Vul ${what} per uur in euro’s in, bijvoorbeeld 80 of 82,50.` });
    else if (cents > MAX_HOUR_CENTS)
      ctx.addIssue({ code: "custom", message: "Meer dan € 1.000 per uur kan niet. Kijk of er een komma mist." });
    else return cents;
    return z.NEVER;
  });

const setCostRateSchema = z
  .object({
    validFrom: z
      .string({ error: "Vul de datum in vanaf wanneer het tarief geldt." })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum in als jjjj-mm-dd.")
      .refine(isCalendarDay, "Deze datum bestaat niet."),
    advisorHour: euroPerHour("de inzet van de adviseur"),
    projectHour: euroPerHour("de projectkosten"),
    serviceHour: euroPerHour("de servicekosten"),
  })
  .refine((rate) => rate.advisorHour + rate.projectHour + rate.serviceHour > 0, {
    path: ["advisorHour"],
    message: "Een uur advies kost samen meer dan € 0.",
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
