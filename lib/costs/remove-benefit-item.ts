import { recordAudit } from "@/lib/audit";
import { readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { CASE_ROLES } from "@/lib/auth/policy";

export const BENEFIT_NOT_FOUND = "refusals.costs.benefitNotFound";

const removeBenefitItemSchema = z.object({
  benefitItemId: z.string({ error: BENEFIT_NOT_FOUND }).trim().min(1, BENEFIT_NOT_FOUND).max(40),
});

/** A wrongly recorded benefit taken off its case; the audit keeps what it was. */
export const removeBenefitItem = defineUseCase({
  name: "costs.removeBenefitItem",
  roles: CASE_ROLES,
  input: removeBenefitItemSchema,
  run: async (actor, { benefitItemId }) =>
    db.$transaction(async (tx) => {
      const item = await tx.costBenefitItem.findFirst({
        where: { id: benefitItemId, organisationId: actor.organisationId, case: readableCases(actor) },
        select: {
          id: true,
          caseId: true,
          category: true,
          beneficiary: true,
          amountCents: true,
          case: { select: { clientId: true } },
        },
      });
      if (!item) return refuse(BENEFIT_NOT_FOUND);
      await tx.costBenefitItem.delete({ where: { id: item.id } });
      await recordAudit(
        {
          actor,
          action: "benefit.remove",
          access: "WRITE",
          entityType: "CostBenefitItem",
          entityId: item.id,
          clientId: item.case.clientId,
          details: {
            caseId: item.caseId,
            category: item.category,
            beneficiary: item.beneficiary,
            amountCents: item.amountCents,
          },
        },
        tx,
      );
      return ok();
    }),
});
