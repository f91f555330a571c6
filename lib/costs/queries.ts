import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { auditCaseRead, readableCases } from "@/lib/cases/access";
import { amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { caseCostBenefit, hourlyCostCents, rateOn } from "@/lib/reports/cost-benefit";
import { costRatesOf, minutesPerCase } from "./inputs";
import { clock } from "@/lib/clock";
import { CASE_ROLES } from "@/lib/auth/policy";

/**
 * The benefits of one case for its dossier page, with the case's costs and net as the cost-benefit
 * report will count them: the time so far at the rate valid on the close date (today while open).
 * Null when the advisor may not read the case, like the dossier itself; audited like it too.
 */
export async function getCaseBenefits(actor: Actor | null, caseId: string, now = clock.now()) {
  const advisor = requireRole(actor, CASE_ROLES);
  const found = await db.case.findFirst({
    where: { ...readableCases(advisor), id: caseId },
    select: {
      id: true,
      clientId: true,
      closedAt: true,
      // The organisation too, here and below: the indexes by case and by client lead with it.
      costBenefitItems: {
        where: { organisationId: advisor.organisationId },
        orderBy: { createdAt: "asc" },
        select: { id: true, category: true, beneficiary: true, amountCents: true, description: true },
      },
      client: {
        select: {
          consents: {
            where: { organisationId: advisor.organisationId, purpose: "STORY", withdrawnAt: null },
            orderBy: { givenAt: "asc" },
            take: 1,
            select: { givenAt: true },
          },
        },
      },
    },
  });
  await auditCaseRead(advisor, caseId, found?.clientId, "benefits");
  if (!found) return null;
  const [minutes, rates] = await Promise.all([
    minutesPerCase(advisor.organisationId, [found.id]),
    costRatesOf(advisor.organisationId),
  ]);
  const rate = rateOn(rates, amsterdamDay(found.closedAt ?? now));
  const result = caseCostBenefit(
    { caseId: found.id, minutes: minutes.get(found.id) ?? 0, benefits: found.costBenefitItems },
    rate,
  );
  return {
    items: found.costBenefitItems,
    storyConsentGivenAt: found.client.consents[0]?.givenAt ?? null,
    hourlyCostCents: hourlyCostCents(rate),
    result,
  };
}
