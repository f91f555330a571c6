// The cost-benefit overview for the coordinator: the report's analysis ("Beeld van de kosten en
// baten") over the cases of a period, computed by lib/reports/cost-benefit.ts. Nothing here names
// or describes a client: a case is "Casus 1", a legal domain and a month.
import type { MessageKey } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { costRatesOf, minutesPerCase, primaryDomainSelect, topLevelDomain, type DomainName } from "@/lib/costs/inputs";
import { addCalendarDays, amsterdamDay, amsterdamDayRange, amsterdamMonthRange, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { keptPlan } from "@/lib/kept-plan";
import { isCalendarDay } from "@/lib/deadlines/calendar-day";
import type { BenefitCategory } from "@/lib/generated/prisma/enums";
import { mulDivHalfUp } from "@/lib/money";
import {
  aggregateResults,
  caseCostBenefit,
  extrapolate,
  hourlyCostCents,
  rateOn,
  UNQUANTIFIED_CATEGORIES,
  type CaseCostBenefit,
  type CaseInput,
  type CostBenefitAggregate,
  type CostBreakdown,
  type Extrapolation,
  type HourlyCost,
  type Share,
} from "@/lib/reports/cost-benefit";
import { clock } from "@/lib/clock";
import { REPORT_ROLES } from "@/lib/auth/policy";

/** Calendar days (yyyy-MM-dd), both included. */
export type Period = { from: string; to: string };

/** Longer than this is a typo in a year, not a period anyone reports on. */
const MAX_PERIOD_DAYS = 10 * 366;

export const PERIOD_INVALID: MessageKey = "refusals.reports.periodInvalid";

/**
 * The period asked for in the address (?van=&tot=), or the last twelve months up to today: the
 * report itself looked back a year (June 2021 – June 2022). A wrong period is said, not guessed at.
 */
export function costBenefitPeriod(
  query: { van?: string | string[]; tot?: string | string[] },
  now = clock.now(),
): { period: Period; error: MessageKey | null } {
  const fallback = { from: amsterdamDay(amsterdamMonthRange(now, -11).start), to: amsterdamDay(now) };
  const from = typeof query.van === "string" ? query.van.trim() : "";
  const to = typeof query.tot === "string" ? query.tot.trim() : "";
  if (from === "" && to === "") return { period: fallback, error: null };
  const valid = isCalendarDay(from) && isCalendarDay(to) && from <= to && addCalendarDays(from, MAX_PERIOD_DAYS) >= to;
  return valid ? { period: { from, to }, error: null } : { period: fallback, error: PERIOD_INVALID };
}

type OverviewCase = Omit<CaseCostBenefit, "caseId"> & {
  /** "Casus 1", "Casus 2", … in the order the cases were closed; not a dossier number. */
  number: number;
  domain: DomainName | null;
  /** yyyy-MM: a month, not a day, so a row cannot be matched to one conversation. */
  closedMonth: string;
  hourlyCostCents: number;
  /** Only when the client consented to the use of their story (and was not anonymised). */
  storyCaseId: string | null;
};

export type OverviewTotals = Omit<CostBenefitAggregate, "cases" | "costsCents"> & {
  minutes: number;
  costs: CostBreakdown;
};

export type OverviewExtrapolation = Extrapolation & {
  /** Contacts in the period: visits whose conversation took place. */
  questions: number;
  /** Of those, the questions in the legal domains of the counted cases. */
  represented: Share;
  domains: DomainName[];
};

/**
 * The overview of a period. Which cases count: every case of the organisation closed in the period
 * that has at least one benefit item, whatever it yielded, so a case that only brought wellbeing
 * counts with its costs, as the report's cases 2 and 4 do. The report chose six representative
 * cases; here nothing is chosen, and `closedWithoutBenefits` says how many closed cases have no
 * benefit recorded and are therefore left out. Each case is charged the rate valid on its close date.
 */
export async function getCostBenefitOverview(actor: Actor | null, period: Period, now = clock.now()) {
  const coordinator = requireRole(actor, REPORT_ROLES);
  const { organisationId } = coordinator;
  const [{ closedCases, rated, rates }, organisation, questionsByDomain] = await Promise.all([
    rateClosedCases(organisationId, period),
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
    questionsPerDomain(organisationId, amsterdamDayRange(period.from).start, amsterdamDayRange(period.to).end),
  ]);
  const totals = aggregateResults(rated.map(({ rate, input }) => caseCostBenefit(input, rate)));
  const resultOf = new Map(totals.cases.map((result) => [result.caseId, result]));

  const rows: OverviewCase[] = rated.map(({ found, rate }, index) => {
    const { caseId, ...result } = resultOf.get(found.id)!;
    const consented =
      found.anonymisedAt === null && found.client.anonymisedAt === null && found.client.consents.length > 0;
    return {
      number: index + 1,
      domain: topLevelDomain(found.legalDomains),
      closedMonth: amsterdamDay(found.closedAt!).slice(0, 7),
      hourlyCostCents: hourlyCostCents(rate),
      ...result,
      storyCaseId: consented ? caseId : null,
    };
  });

  const effects = [...UNQUANTIFIED_CATEGORIES, "OTHER" as const]
    .map((category: BenefitCategory) => ({
      category,
      cases: rows.filter((row) => row.unquantified.includes(category)).length,
    }))
    .filter((effect) => effect.cases > 0 || effect.category !== "OTHER");

  return {
    organisation: organisation.name,
    period,
    closedCases,
    closedWithoutBenefits: closedCases - rows.length,
    rows,
    totals: summarise(totals),
    effects,
    extrapolation: extrapolation(totals, rows, questionsByDomain),
    rates: rates.map((rate) => ({
      validFrom: dayOfDateColumn(rate.validFrom),
      ...pickRate(rate),
      hourlyCostCents: hourlyCostCents(rate),
    })),
    currentRate: pickRate(rateOn(rates, amsterdamDay(now))),
  };
}

/** The period's closed cases with benefits, each with the rate of its close date. */
async function rateClosedCases(organisationId: string, period: Period) {
  const scope = { organisationId };
  const start = amsterdamDayRange(period.from).start;
  const end = amsterdamDayRange(period.to).end;
  const closedInPeriod = { ...scope, status: "CLOSED" as const, closedAt: { gte: start, lt: end } };

  const [closedCases, cases, rates] = await Promise.all([
    db.case.count({ where: closedInPeriod }),
    db.case.findMany({
      // The item's organisation too: its index leads with it, and by the case alone PostgreSQL
      // searched that index once per library in the country for every closed case (59 of 82 ms
      // for a quarter of library 5 on the scale data set).
      where: { ...closedInPeriod, costBenefitItems: { some: scope } },
      orderBy: [{ closedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        closedAt: true,
        anonymisedAt: true,
        legalDomains: primaryDomainSelect,
        costBenefitItems: {
          where: scope,
          orderBy: { createdAt: "asc" },
          select: { category: true, beneficiary: true, amountCents: true },
        },
        client: {
          select: {
            anonymisedAt: true,
            // By organisation too, for its index (as the items above).
            consents: { where: { ...scope, purpose: "STORY", withdrawnAt: null }, take: 1, select: { id: true } },
          },
        },
      },
    }),
    costRatesOf(organisationId),
  ]);
  const minutes = await minutesPerCase(
    organisationId,
    cases.map((found) => found.id),
  );
  const rated = cases.map((found) => {
    // Closed in the period, so closedAt is set.
    const rate = rateOn(rates, amsterdamDay(found.closedAt!));
    const input: CaseInput = {
      caseId: found.id,
      minutes: minutes.get(found.id) ?? 0,
      benefits: found.costBenefitItems,
    };
    return { found, rate, input };
  });
  return { closedCases, rated, rates };
}

export type CostBenefitTotals = {
  closedCases: number;
  /** The closed cases with at least one benefit recorded: the ones the amounts are about. */
  countedCases: number;
  costsCents: number;
  benefitsCents: number;
  netCents: number;
};

/**
 * The totals of one partnership's cost-benefit overview, for a caller that authorised already (a
 * programme with the partnership's grant): no case, no domain, no story, only the sums.
 */
export async function costBenefitTotals(organisationId: string, period: Period): Promise<CostBenefitTotals> {
  const { closedCases, rated } = await rateClosedCases(organisationId, period);
  const totals = aggregateResults(rated.map(({ rate, input }) => caseCostBenefit(input, rate)));
  return {
    closedCases,
    countedCases: rated.length,
    costsCents: totals.costsCents,
    benefitsCents: totals.benefitsCents,
    netCents: totals.netCents,
  };
}

export type CostBenefitOverview = Awaited<ReturnType<typeof getCostBenefitOverview>>;

function pickRate(rate: HourlyCost): HourlyCost {
  return {
    advisorHourCents: rate.advisorHourCents,
    projectHourCents: rate.projectHourCents,
    serviceHourCents: rate.serviceHourCents,
  };
}

function summarise({ cases, costsCents, ...aggregate }: CostBenefitAggregate): OverviewTotals {
  const sum = (pick: (result: CaseCostBenefit) => number) => cases.reduce((total, result) => total + pick(result), 0);
  return {
    ...aggregate,
    minutes: sum((result) => result.minutes),
    costs: {
      advisorCents: sum((result) => result.costs.advisorCents),
      projectCents: sum((result) => result.costs.projectCents),
      serviceCents: sum((result) => result.costs.serviceCents),
      totalCents: costsCents,
    },
  };
}

/**
 * The report's extrapolation: its six cases came from three legal domains that together held 66%
 * of the 300 questions, so the average net was multiplied by those 198 questions. Here the same:
 * the questions of the period in the legal domains of the counted cases. A question's domain is
 * the top level of its case's primary domain, or, without a case, the category named at the desk.
 */
function extrapolation(
  totals: CostBenefitAggregate,
  rows: readonly OverviewCase[],
  questionsByDomain: ReadonlyMap<string | null, number>,
): OverviewExtrapolation | null {
  const questions = [...questionsByDomain.values()].reduce((total, count) => total + count, 0);
  if (totals.averageNetCents === null || questions === 0) return null;
  const domains = new Map(rows.flatMap((row) => (row.domain ? [[row.domain.id, row.domain] as const] : [])));
  const represented = [...domains.keys()].reduce((total, id) => total + (questionsByDomain.get(id) ?? 0), 0);
  const result = extrapolate({
    averageNetCents: totals.averageNetCents,
    questionsPerYear: questions,
    representedBasisPoints: mulDivHalfUp(represented, 10_000, questions),
    split: totals.netSplit,
  });
  return { ...result, questions, represented: { part: represented, whole: questions }, domains: [...domains.values()] };
}

/**
 * Contacts (visits whose conversation took place) in [start, end), counted per top-level legal domain
 * in the database: the domain its question is counted under (kept on the case), else the category
 * named at the desk.
 */
async function questionsPerDomain(organisationId: string, start: Date, end: Date): Promise<Map<string | null, number>> {
  const rows = await db.$queryRaw<{ domainId: string | null; questions: number }[]>(keptPlan`
    SELECT COALESCE(d."parentId", d."id", v."categoryId") AS "domainId", COUNT(*)::int AS "questions"
      FROM "Visit" v
      LEFT JOIN "Case" c ON c."id" = v."caseId"
      LEFT JOIN "LegalDomain" d ON d."id" = c."countedLegalDomainId"
     -- A started visit counts at its start (countedAt, indexed): the range of one is the range of the other.
     WHERE v."organisationId" = ${organisationId} AND v."status" = 'DONE'
       AND v."countedAt" >= ${start} AND v."countedAt" < ${end} AND v."startedAt" IS NOT NULL
     GROUP BY 1`);
  return new Map(rows.map((row) => [row.domainId, row.questions]));
}
