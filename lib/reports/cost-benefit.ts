// The cost-benefit analysis (kosten-batenanalyse) of the Hengelo pilot, computed rather than copied:
// the source report, chapter 03 "Beeld van de kosten en baten", tables "Overzicht kosten en baten
// SJD" and "Conclusies". All money is whole euro cents; every division rounds half up (see money.ts).
import { dayOfDateColumn } from "@/lib/dates";
import type { BenefitBeneficiary, BenefitCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { assertWhole, decimalString, INTL_LOCALES, mulDivHalfUp } from "@/lib/money";
import { numberFormat } from "@/lib/intl-formatters";

/** What one advisor hour costs, per component, in cents (the fields of a CostRate row). */
export type HourlyCost = { advisorHourCents: number; projectHourCents: number; serviceHourCents: number };

/**
 * Every case table in the report charges an advisor hour at "Inzet SJD" € 80, "Projectkosten" € 30
 * (legal service and library project costs) and "Servicekosten" € 10 (housing, ICT): € 120.
 */
export const DEFAULT_HOURLY_COST: Readonly<HourlyCost> = Object.freeze({
  advisorHourCents: 8000,
  projectHourCents: 3000,
  serviceHourCents: 1000,
});

export function hourlyCostCents(rate: HourlyCost): number {
  assertRate(rate);
  return rate.advisorHourCents + rate.projectHourCents + rate.serviceHourCents;
}

/**
 * The rate valid on `day` (yyyy-MM-dd): the one with the latest validFrom on or before it. An
 * organisation that has set no rate for that day is charged the report's defaults.
 */
export function rateOn(rates: readonly (HourlyCost & { validFrom: Date })[], day: string): HourlyCost {
  let valid: (HourlyCost & { validFrom: Date }) | undefined;
  for (const rate of rates) {
    const from = dayOfDateColumn(rate.validFrom);
    if (from <= day && (!valid || from > dayOfDateColumn(valid.validFrom))) valid = rate;
  }
  return valid ?? DEFAULT_HOURLY_COST;
}

/**
 * Effects the report names in every case but never puts a price on ("Verhoogd welzijn", "Verhoogd
 * vertrouwen in de overheid", "Verhoogde zelfredzaamheid", "Vermeden zorgkosten"): recorded, not counted.
 * OTHER may go either way: with an amount and a beneficiary it counts, without both it is an effect.
 */
export const UNQUANTIFIED_CATEGORIES = [
  "WELLBEING",
  "TRUST_IN_GOVERNMENT",
  "SELF_RELIANCE",
  "AVOIDED_CARE_COSTS",
] as const satisfies readonly BenefitCategory[];

export function isUnquantifiedCategory(category: BenefitCategory): boolean {
  return (UNQUANTIFIED_CATEGORIES as readonly BenefitCategory[]).includes(category);
}

type BenefitItem = {
  category: BenefitCategory;
  beneficiary: BenefitBeneficiary | null;
  amountCents: number | null;
};

/** One case; `minutes` is all advisor time on it, consultation and aftercare ("spreek- en nazorguren"). */
export type CaseInput = { caseId: string; minutes: number; benefits: readonly BenefitItem[] };

export type CostBreakdown = { advisorCents: number; projectCents: number; serviceCents: number; totalCents: number };

export type CaseCostBenefit = {
  caseId: string;
  minutes: number;
  costs: CostBreakdown;
  clientBenefitsCents: number;
  governmentBenefitsCents: number;
  benefitsCents: number;
  /** "Totaal baten -/- kosten". */
  netCents: number;
  /** The government bears every cost, so its net is its avoided costs minus all costs ("Baten overheid"). */
  governmentNetCents: number;
  /** Unquantified effects, each once, in the order recorded. */
  unquantified: BenefitCategory[];
};

/**
 * Costs are minutes × hourly cost / 60, rounded half up to a cent: the rule a coordinator applies
 * when checking a figure by hand, and on an exact half cent it does not understate what advisor
 * time costs the government. At the default € 120 every minute costs exactly € 2, so rounding only
 * comes into play with a configured rate that is not a multiple of 60 cents. The total is rounded
 * once; the service component takes the rounding difference so the three components add up to it.
 */
export function caseCosts(minutes: number, rate: HourlyCost): CostBreakdown {
  assertWhole(minutes, "minutes");
  if (minutes < 0) throw new RangeError(`A case cannot take ${minutes} minutes.`);
  const totalCents = mulDivHalfUp(minutes, hourlyCostCents(rate), 60);
  const advisorCents = mulDivHalfUp(minutes, rate.advisorHourCents, 60);
  const projectCents = mulDivHalfUp(minutes, rate.projectHourCents, 60);
  return { advisorCents, projectCents, serviceCents: totalCents - advisorCents - projectCents, totalCents };
}

export function caseCostBenefit(input: CaseInput, rate: HourlyCost): CaseCostBenefit {
  const costs = caseCosts(input.minutes, rate);
  let clientBenefitsCents = 0;
  let governmentBenefitsCents = 0;
  const unquantified: BenefitCategory[] = [];
  for (const item of input.benefits) {
    const classified = classify(item);
    if (classified.kind === "effect") {
      if (!unquantified.includes(item.category)) unquantified.push(item.category);
    } else if (classified.beneficiary === "CLIENT") {
      clientBenefitsCents += classified.amountCents;
    } else {
      governmentBenefitsCents += classified.amountCents;
    }
  }
  const benefitsCents = clientBenefitsCents + governmentBenefitsCents;
  return {
    caseId: input.caseId,
    minutes: input.minutes,
    costs,
    clientBenefitsCents,
    governmentBenefitsCents,
    benefitsCents,
    netCents: benefitsCents - costs.totalCents,
    governmentNetCents: governmentBenefitsCents - costs.totalCents,
    unquantified,
  };
}

/** A rational share, part / whole, so that 68% is never a float on its way to the screen. */
export type Share = { part: number; whole: number };
type Split = { client: Share; government: Share };

export type CostBenefitAggregate = {
  cases: CaseCostBenefit[];
  costsCents: number;
  clientBenefitsCents: number;
  governmentBenefitsCents: number;
  benefitsCents: number;
  netCents: number;
  governmentNetCents: number;
  /** Net per case, rounded half up to a cent like the costs; null without cases. */
  averageNetCents: number | null;
  /** Who receives the counted benefits, before costs; null when nothing was counted. */
  benefitSplit: Split | null;
  /**
   * The report's split ("Conclusies": 68% for clients, 32% avoided costs for the government): of
   * the net result, the client's benefits and the government's net. Null when there is no positive
   * net to divide; the government's part is negative when its costs exceed what it avoided.
   */
  netSplit: Split | null;
};

export function aggregateCostBenefit(inputs: readonly CaseInput[], rate: HourlyCost): CostBenefitAggregate {
  return aggregateResults(inputs.map((input) => caseCostBenefit(input, rate)));
}

/** Totals of cases computed already, each with the rate of its own date (a period can span a rate change). */
export function aggregateResults(cases: CaseCostBenefit[]): CostBenefitAggregate {
  const sum = (pick: (result: CaseCostBenefit) => number) => cases.reduce((total, result) => total + pick(result), 0);
  const costsCents = sum((result) => result.costs.totalCents);
  const clientBenefitsCents = sum((result) => result.clientBenefitsCents);
  const governmentBenefitsCents = sum((result) => result.governmentBenefitsCents);
  const benefitsCents = clientBenefitsCents + governmentBenefitsCents;
  const netCents = benefitsCents - costsCents;
  const governmentNetCents = governmentBenefitsCents - costsCents;
  return {
    cases,
    costsCents,
    clientBenefitsCents,
    governmentBenefitsCents,
    benefitsCents,
    netCents,
    governmentNetCents,
    averageNetCents: cases.length === 0 ? null : mulDivHalfUp(netCents, 1, cases.length),
    benefitSplit:
      benefitsCents > 0
        ? {
            client: { part: clientBenefitsCents, whole: benefitsCents },
            government: { part: governmentBenefitsCents, whole: benefitsCents },
          }
        : null,
    netSplit:
      netCents > 0
        ? {
            client: { part: clientBenefitsCents, whole: netCents },
            government: { part: governmentNetCents, whole: netCents },
          }
        : null,
  };
}

/** A share in basis points (1/100 of a percent), rounded half up: 2388 of 3502 → 6819. */
export function shareBasisPoints(share: Share): number {
  return mulDivHalfUp(share.part, 10_000, share.whole);
}

/** A share as a percentage for display, rounded half up: "68%", or "68,19%" with two digits. */
export function formatShare(share: Share, locale: Locale = "nl", fractionDigits = 0): string {
  const scale = fractionDigits + 2;
  return numberFormat(INTL_LOCALES[locale], {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(decimalString(mulDivHalfUp(share.part, 10 ** scale, share.whole), scale));
}

/** `amountCents` × share, rounded half up; the rest is the other party's, so the two parts always add up. */
export function splitAmount(amountCents: number, share: Share): { partCents: number; restCents: number } {
  const partCents = mulDivHalfUp(amountCents, share.part, share.whole);
  return { partCents, restCents: amountCents - partCents };
}

export type ExtrapolationInput = {
  averageNetCents: number;
  /** All questions in the year ("de in totaal 300 gestelde hulpvragen tussen juni 2021 en juni 2022"). */
  questionsPerYear: number;
  /** The share of those questions the cases stand for, in basis points (three legal domains: 66%). */
  representedBasisPoints: number;
  split: Split | null;
};

export type Extrapolation = {
  cases: number;
  netCents: number;
  clientCents: number | null;
  governmentCents: number | null;
};

/**
 * The report's extrapolation ("Conclusies"): the average net per case times the questions the cases
 * represent (66% of 300 = 198), divided between client and government by the net split. The
 * questions outside the represented share are not counted at all, which keeps the estimate low.
 */
export function extrapolate({
  averageNetCents,
  questionsPerYear,
  representedBasisPoints,
  split,
}: ExtrapolationInput): Extrapolation {
  const cases = mulDivHalfUp(questionsPerYear, representedBasisPoints, 10_000);
  // Through mulDivHalfUp only for its checks: whole cents in, a safe integer out.
  const netCents = mulDivHalfUp(averageNetCents, cases, 1);
  if (!split) return { cases, netCents, clientCents: null, governmentCents: null };
  const { partCents, restCents } = splitAmount(netCents, split.client);
  return { cases, netCents, clientCents: partCents, governmentCents: restCents };
}

function assertRate(rate: HourlyCost): void {
  for (const what of ["advisorHourCents", "projectHourCents", "serviceHourCents"] as const) {
    assertWhole(rate[what], what);
    if (rate[what] < 0) throw new RangeError(`${what} cannot be negative.`);
  }
}

type Classified = { kind: "effect" } | { kind: "money"; beneficiary: BenefitBeneficiary; amountCents: number };

/**
 * An item is money when it has an amount and a beneficiary, an effect when it has neither. Anything
 * in between is refused rather than dropped or guessed at: either would make the report wrong
 * without anyone noticing (the benefit item schema keeps such rows out of the database).
 */
function classify({ category, beneficiary, amountCents }: BenefitItem): Classified {
  const effect = isUnquantifiedCategory(category);
  if (amountCents === null && beneficiary === null && (effect || category === "OTHER")) return { kind: "effect" };
  if (amountCents !== null && beneficiary !== null && !effect) {
    assertWhole(amountCents, "amountCents");
    if (amountCents < 0) throw new RangeError("A benefit cannot be negative.");
    return { kind: "money", beneficiary, amountCents };
  }
  throw new RangeError(
    `A ${category} benefit needs ${effect ? "neither an amount nor a beneficiary" : "both an amount and a beneficiary"}.`,
  );
}
