import { recordAudit } from "@/lib/audit";
import { CASE_NOT_FOUND, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { benefitItemSchema } from "@/lib/reports/cost-benefit-schema";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { CASE_ROLES } from "@/lib/auth/policy";

const addBenefitItemSchema = z
  .object({ caseId: z.string({ error: "refusals.choose.case" }).trim().min(1, "refusals.choose.case").max(40) })
  .and(benefitItemSchema);

/**
 * What the help brought, recorded by an advisor who may read the case. Also on a closed case: what
 * an objection yields is often only known weeks after the dossier was closed.
 */
export const addBenefitItem = defineUseCase({
  name: "costs.addBenefitItem",
  roles: CASE_ROLES,
  input: addBenefitItemSchema,
  idempotent: true,
  run: async (actor, { caseId, category, beneficiary, amountCents, description }, { submission }) =>
    db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const found = await tx.case.findFirst({
        where: { ...readableCases(actor), id: caseId },
        select: { id: true, clientId: true },
      });
      if (!found) return refuse(CASE_NOT_FOUND);
      const item = await tx.costBenefitItem.create({
        data: {
          organisationId: actor.organisationId,
          caseId: found.id,
          category,
          beneficiary,
          amountCents,
          description,
          recordedById: actor.userId,
        },
        select: { id: true },
      });
      // The description is the advisor's free text and may name people; the audit keeps the figures.
      await recordAudit(
        {
          actor,
          action: "benefit.add",
          access: "WRITE",
          entityType: "CostBenefitItem",
          entityId: item.id,
          clientId: found.clientId,
          details: { caseId: found.id, category, beneficiary, amountCents },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { benefitItemId: item.id }));
    }),
});
