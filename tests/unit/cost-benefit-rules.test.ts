import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates";
import { decimalString, formatEuro, mulDivHalfUp } from "@/lib/money";
import {
  aggregateCostBenefit,
  caseCostBenefit,
  caseCosts,
  DEFAULT_HOURLY_COST,
  formatShare,
  hourlyCostCents,
  rateOn,
  type CaseInput,
} from "@/lib/reports/cost-benefit";

const rate = (advisorHourCents: number, projectHourCents: number, serviceHourCents: number) => ({
  advisorHourCents,
  projectHourCents,
  serviceHourCents,
});

describe("the hourly cost", () => {
  it("is € 80 + € 30 + € 10 = € 120 by default", () => {
    expect(hourlyCostCents(DEFAULT_HOURLY_COST)).toBe(12_000);
  });

  it("takes the rate whose validFrom is the latest on or before the day, whatever the order of the rows", () => {
    const rates = [
      { validFrom: dateColumn("2026-07-01"), ...rate(9000, 3000, 1000) },
      { validFrom: dateColumn("2025-01-01"), ...rate(8500, 3000, 1000) },
      { validFrom: dateColumn("2027-01-01"), ...rate(9500, 3000, 1000) },
    ];
    expect(hourlyCostCents(rateOn(rates, "2025-01-01"))).toBe(12_500);
    expect(hourlyCostCents(rateOn(rates, "2026-06-30"))).toBe(12_500);
    expect(hourlyCostCents(rateOn(rates, "2026-07-01"))).toBe(13_000);
    expect(hourlyCostCents(rateOn(rates, "2030-01-01"))).toBe(13_500);
  });

  it("falls back to the report's € 120 before an organisation's first rate, or without any", () => {
    expect(rateOn([{ validFrom: dateColumn("2025-01-01"), ...rate(9000, 3000, 1000) }], "2024-12-31")).toEqual(
      DEFAULT_HOURLY_COST,
    );
    expect(rateOn([], "2026-01-01")).toEqual(DEFAULT_HOURLY_COST);
  });

  it("refuses a rate in fractions of a cent or below zero", () => {
    expect(() => hourlyCostCents(rate(8000.5, 3000, 1000))).toThrow(RangeError);
    expect(() => hourlyCostCents(rate(8000, -1, 1000))).toThrow(RangeError);
  });
});

describe("rounding costs to whole cents", () => {
  it("needs no rounding at the default rate: every minute costs exactly € 2", () => {
    expect(caseCosts(7, DEFAULT_HOURLY_COST)).toEqual({
      advisorCents: 933,
      projectCents: 350,
      serviceCents: 117,
      totalCents: 1400,
    });
  });

  it("rounds an exact half cent up (1 minute at € 120,30 is 200,5 cents → 201), where banker's rounding would give 200", () => {
    expect(caseCosts(1, rate(8000, 3000, 1030)).totalCents).toBe(201);
    expect(caseCosts(1, rate(8000, 3000, 1029)).totalCents).toBe(200);
  });

  it("rounds the total once and lets the service costs absorb the difference, so the components add up to it", () => {
    // 133,4 + 50,4 + 17,2 = 201 exactly; rounding each component on its own would give 200.
    expect(caseCosts(1, rate(8004, 3024, 1032))).toEqual({
      advisorCents: 133,
      projectCents: 50,
      serviceCents: 18,
      totalCents: 201,
    });
  });

  it("refuses minutes that are fractional or negative", () => {
    expect(() => caseCosts(1.5, DEFAULT_HOURLY_COST)).toThrow(RangeError);
    expect(() => caseCosts(-30, DEFAULT_HOURLY_COST)).toThrow(RangeError);
  });

  it("rounds half away from zero, so a negative average mirrors a positive one", () => {
    expect(mulDivHalfUp(5, 1, 2)).toBe(3);
    expect(mulDivHalfUp(-5, 1, 2)).toBe(-3);
    expect(mulDivHalfUp(5, -1, 2)).toBe(-3);
    expect(mulDivHalfUp(350_200, 1, 6)).toBe(58_367);
    expect(mulDivHalfUp(-350_200, 1, 6)).toBe(-58_367);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError);
  });

  it("stays exact beyond the range where a float would lose cents", () => {
    expect(mulDivHalfUp(9_000_000_000_000, 6819, 10_000)).toBe(6_137_100_000_000);
    expect(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(RangeError);
  });
});

describe("benefits", () => {
  const base: CaseInput = { caseId: "c", minutes: 60, benefits: [] };

  it("counts only amounts with a beneficiary; effects are listed once each, in the order recorded", () => {
    const result = caseCostBenefit(
      {
        ...base,
        benefits: [
          { category: "WELLBEING", beneficiary: null, amountCents: null },
          { category: "OTHER", beneficiary: "CLIENT", amountCents: 2_500 },
          { category: "AVOIDED_CARE_COSTS", beneficiary: null, amountCents: null },
          { category: "WELLBEING", beneficiary: null, amountCents: null },
          { category: "OTHER", beneficiary: null, amountCents: null },
        ],
      },
      DEFAULT_HOURLY_COST,
    );
    expect(result).toMatchObject({
      clientBenefitsCents: 2_500,
      governmentBenefitsCents: 0,
      benefitsCents: 2_500,
      netCents: 2_500 - 12_000,
    });
    expect(result.unquantified).toEqual(["WELLBEING", "AVOIDED_CARE_COSTS", "OTHER"]);
  });

  it("refuses an item that is neither money nor an effect, rather than dropping or guessing its amount", () => {
    const refuses = (benefit: CaseInput["benefits"][number]) =>
      expect(() => caseCostBenefit({ ...base, benefits: [benefit] }, DEFAULT_HOURLY_COST)).toThrow(RangeError);
    refuses({ category: "INCOME_IMPROVEMENT", beneficiary: null, amountCents: 60_000 });
    refuses({ category: "INCOME_IMPROVEMENT", beneficiary: "CLIENT", amountCents: null });
    refuses({ category: "WELLBEING", beneficiary: "CLIENT", amountCents: 10_000 });
    refuses({ category: "AVOIDED_COURT_COSTS", beneficiary: "GOVERNMENT", amountCents: 500.5 });
    refuses({ category: "AVOIDED_COURT_COSTS", beneficiary: "GOVERNMENT", amountCents: -50_000 });
  });
});

describe("aggregates", () => {
  it("has no average and no split without cases", () => {
    expect(aggregateCostBenefit([], DEFAULT_HOURLY_COST)).toMatchObject({
      cases: [],
      netCents: 0,
      averageNetCents: null,
      benefitSplit: null,
      netSplit: null,
    });
  });

  it("does not split a loss, and gives the government a negative share when its costs exceed what it avoided", () => {
    const loss = aggregateCostBenefit(
      [
        {
          caseId: "a",
          minutes: 120,
          benefits: [{ category: "CLAIM_REDUCED", beneficiary: "CLIENT", amountCents: 10_000 }],
        },
      ],
      DEFAULT_HOURLY_COST,
    );
    expect(loss).toMatchObject({ netCents: -14_000, averageNetCents: -14_000, netSplit: null });
    expect(loss.benefitSplit && formatShare(loss.benefitSplit.client)).toBe("100%");

    const clientOnly = aggregateCostBenefit(
      [
        {
          caseId: "b",
          minutes: 60,
          benefits: [{ category: "INCOME_IMPROVEMENT", beneficiary: "CLIENT", amountCents: 60_000 }],
        },
      ],
      DEFAULT_HOURLY_COST,
    );
    expect(
      clientOnly.netSplit && [formatShare(clientOnly.netSplit.client), formatShare(clientOnly.netSplit.government)],
    ).toEqual(["125%", "-25%"]);
  });

  it("rounds the average net half up to a cent", () => {
    const cases = [0, 1].map((i) => ({
      caseId: `c${i}`,
      minutes: 0,
      benefits: i === 0 ? [{ category: "OTHER" as const, beneficiary: "CLIENT" as const, amountCents: 1 }] : [],
    }));
    expect(aggregateCostBenefit(cases, DEFAULT_HOURLY_COST).averageNetCents).toBe(1);
  });
});

describe("display", () => {
  it("writes euros the Dutch way, with a non-breaking space after the sign", () => {
    expect(formatEuro(123_456)).toBe("€\u00a01.234,56");
    expect(formatEuro(5)).toBe("€\u00a00,05");
    expect(formatEuro(-36_000)).toBe("€\u00a0-360,00");
    expect(formatEuro(123_456, "en")).toBe("€1,234.56");
  });

  it("formats a share from its exact fraction, to whole percents or to hundredths", () => {
    expect(formatShare({ part: 238_800, whole: 350_200 }, "nl", 2)).toBe("68,19%");
    expect(formatShare({ part: 1, whole: 200 })).toBe("1%");
    expect(formatShare({ part: 238_800, whole: 350_200 }, "en", 1)).toBe("68.2%");
  });

  it("turns whole units into exact decimal strings", () => {
    expect(decimalString(5, 2)).toBe("0.05");
    expect(decimalString(-123_456, 2)).toBe("-1234.56");
    expect(decimalString(68, 0)).toBe("68");
  });
});
