import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit";
import { amsterdamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { caseCostBenefit, hourlyCostCents, rateOn } from "@/lib/reports/cost-benefit";
import { costRatesOf, minutesPerCase, primaryDomainSelect, topLevelDomain } from "./inputs";
import { recordIdFromUrl } from "@/lib/record-id";
import { clock } from "@/lib/clock";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** Ten-year bands, open at both ends, so that an age never points at one person. */
export type AgeBand = { from: number | null; to: number | null };

export function ageBand(birthYear: number | null, year: number): AgeBand | null {
  if (birthYear === null) return null;
  const age = year - birthYear;
  if (age < 20) return { from: null, to: 19 };
  if (age >= 80) return { from: 80, to: null };
  const from = Math.floor(age / 10) * 10;
  return { from, to: from + 9 };
}

/**
 * One case told as a story for the municipality or the funder ("Uitgewerkte casussen"), for the
 * coordinator, and only while the client's consent to use their story (STORY) stands. It is
 * anonymised: no name, phone, e-mail or postcode, an age band instead of a birth year, the
 * municipality instead of an area. Every free text (the question, notes, the descriptions of actions
 * and benefits) stays out, since an advisor's words can name the client or others; what remains is
 * what kind of help was given and what it brought. Null without consent, like a case that does not
 * exist; every look, also a refused one, is audited.
 */
export async function getStoryCase(actor: Actor | null, caseId: string, now = clock.now()) {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const found = await db.case.findFirst({
    where: {
      ...scopedToOrganisation(coordinator),
      id: caseId,
      anonymisedAt: null,
      // By organisation too, here and below: the indexes by client and by case lead with it.
      client: {
        anonymisedAt: null,
        consents: { some: { ...scopedToOrganisation(coordinator), purpose: "STORY", withdrawnAt: null } },
      },
    },
    select: {
      id: true,
      clientId: true,
      kind: true,
      status: true,
      outcome: true,
      openedAt: true,
      closedAt: true,
      legalDomains: primaryDomainSelect,
      actions: { orderBy: { performedAt: "asc" }, select: { kind: true } },
      costBenefitItems: {
        where: scopedToOrganisation(coordinator),
        orderBy: { createdAt: "asc" },
        select: { category: true, beneficiary: true, amountCents: true },
      },
      client: { select: { birthYear: true } },
      organisation: { select: { municipality: true } },
    },
  });
  await recordAudit({
    actor: coordinator,
    action: found ? "case.story_read" : "case.story_refused",
    access: "READ",
    entityType: "Case",
    entityId: recordIdFromUrl(caseId),
    clientId: found?.clientId,
  });
  if (!found) return null;

  const [minutes, rates] = await Promise.all([
    minutesPerCase(coordinator.organisationId, [found.id]),
    costRatesOf(coordinator.organisationId),
  ]);
  const rate = rateOn(rates, amsterdamDay(found.closedAt ?? now));
  const result = caseCostBenefit(
    { caseId: found.id, minutes: minutes.get(found.id) ?? 0, benefits: found.costBenefitItems },
    rate,
  );
  return {
    municipality: found.organisation.municipality,
    ageBand: ageBand(found.client.birthYear, Number(amsterdamDay(now).slice(0, 4))),
    domain: topLevelDomain(found.legalDomains),
    /** The sub-domain ("Toeslagen") tells the story better than the domain alone and names no one. */
    subDomain: found.legalDomains[0]?.legalDomain.parent ? found.legalDomains[0].legalDomain : null,
    kind: found.kind,
    status: found.status,
    outcome: found.outcome,
    openedMonth: amsterdamDay(found.openedAt).slice(0, 7),
    closedMonth: found.closedAt ? amsterdamDay(found.closedAt).slice(0, 7) : null,
    /** Each kind of help once, in the order first given. */
    actions: [...new Set(found.actions.map((action) => action.kind))],
    benefits: found.costBenefitItems.filter((item) => item.amountCents !== null),
    hourlyCostCents: hourlyCostCents(rate),
    result,
  };
}
