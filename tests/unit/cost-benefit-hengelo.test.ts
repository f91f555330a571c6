// The six Hengelo cases of the source report (/work/shared/domain/000_4e6eaf31a06dd73b.txt,
// chapter 03 "Beeld van de kosten en baten"), entered exactly as the report states hours and amounts.
// Line numbers refer to that text. The extracted text puts each table "Overzicht kosten en baten SJD"
// a page away from its case; each is matched to its case by content (case 1's table is also printed,
// identically, as the guide's "Voorbeeld casus schrijven bezwaarschrift", lines 1043-1063).
import { describe, expect, it } from "vitest";
import type { BenefitBeneficiary, BenefitCategory } from "@/lib/generated/prisma/enums";
import { formatEuro } from "@/lib/money";
import {
  aggregateCostBenefit,
  caseCostBenefit,
  DEFAULT_HOURLY_COST,
  extrapolate,
  formatShare,
  shareBasisPoints,
  splitAmount,
  type CaseInput,
} from "@/lib/reports/cost-benefit";

const euros = (amount: number) => amount * 100;
const money = (category: BenefitCategory, beneficiary: BenefitBeneficiary, amount: number) => ({
  category,
  beneficiary,
  amountCents: euros(amount),
});
const effect = (category: BenefitCategory) => ({ category, beneficiary: null, amountCents: null });

type Printed = {
  advisor: number;
  project: number;
  service: number;
  costs: number;
  benefits: number;
  net: number;
  client: number;
  government: number;
};

/** Each case with its table's figures in euros; "Baten overheid" is the government's net, "Kosten overheid" a negative one. */
const HENGELO: { input: CaseInput; printed: Printed }[] = [
  {
    // 1. Objection letter (lines 1210-1258, table 1270-1290): 5% of the assistance benefit, € 50 a
    // month, no longer withheld, counted for this year only (€ 600).
    input: {
      caseId: "1-bezwaarschrift-bijstand",
      minutes: 2 * 60,
      benefits: [
        money("INCOME_IMPROVEMENT", "CLIENT", 600),
        money("AVOIDED_LEGAL_AID", "GOVERNMENT", 800),
        money("AVOIDED_SPECIAL_ASSISTANCE", "GOVERNMENT", 214),
        effect("TRUST_IN_GOVERNMENT"),
        effect("WELLBEING"),
        effect("SELF_RELIANCE"),
      ],
    },
    printed: {
      advisor: 160,
      project: 60,
      service: 20,
      costs: 240,
      benefits: 1614,
      net: 1374,
      client: 600,
      government: 774,
    },
  },
  {
    // 2. Mediation and complaint letter about the Wmo (lines 1259-1325, table 1348-1366): only
    // unpriced effects, among them the avoided psychologist ("Vermeden zorgkosten").
    input: {
      caseId: "2-klachtenbrief-wmo",
      minutes: 3 * 60,
      benefits: [
        effect("TRUST_IN_GOVERNMENT"),
        effect("WELLBEING"),
        effect("SELF_RELIANCE"),
        effect("AVOIDED_CARE_COSTS"),
      ],
    },
    printed: {
      advisor: 240,
      project: 90,
      service: 30,
      costs: 360,
      benefits: 0,
      net: -360,
      client: 0,
      government: -360,
    },
  },
  {
    // 3. Mediation with a bailiff (lines 1326-1394, table 1395-1415).
    input: {
      caseId: "3-deurwaarder",
      minutes: 2 * 60,
      benefits: [
        money("CLAIM_REDUCED", "CLIENT", 400),
        effect("WELLBEING"),
        effect("SELF_RELIANCE"),
        money("AVOIDED_DEBT_HELP", "GOVERNMENT", 180),
        money("AVOIDED_BAILIFF_COSTS", "GOVERNMENT", 200),
        money("AVOIDED_COURT_COSTS", "GOVERNMENT", 500),
      ],
    },
    printed: {
      advisor: 160,
      project: 60,
      service: 20,
      costs: 240,
      benefits: 1280,
      net: 1040,
      client: 400,
      government: 640,
    },
  },
  {
    // 4. DUO repayments with a bailiff (lines 1418-1463, table 1491-1503): clarity, no money.
    input: {
      caseId: "4-duo",
      minutes: 2 * 60,
      benefits: [effect("TRUST_IN_GOVERNMENT"), effect("WELLBEING"), effect("SELF_RELIANCE")],
    },
    printed: {
      advisor: 160,
      project: 60,
      service: 20,
      costs: 240,
      benefits: 0,
      net: -240,
      client: 0,
      government: -240,
    },
  },
  {
    // 5. Objection against a € 500 rent-benefit repayment (lines 1464-1526, table 1527-1547).
    input: {
      caseId: "5-huurtoeslag",
      minutes: 1 * 60,
      benefits: [
        money("REPAYMENT_CANCELLED", "CLIENT", 500),
        effect("WELLBEING"),
        effect("TRUST_IN_GOVERNMENT"),
        effect("SELF_RELIANCE"),
        money("AVOIDED_DEBT_HELP", "GOVERNMENT", 180),
        money("AVOIDED_COLLECTION_COSTS", "GOVERNMENT", 150),
      ],
    },
    printed: {
      advisor: 80,
      project: 30,
      service: 10,
      costs: 120,
      benefits: 830,
      net: 710,
      client: 500,
      government: 210,
    },
  },
  {
    // 6. Offsetting of benefit repayments stopped (lines 1550-1598, table 1617-1638): € 74 a month,
    // counted for this year only (€ 888).
    input: {
      caseId: "6-verrekening-toeslagen",
      minutes: 2 * 60,
      benefits: [
        money("INCOME_IMPROVEMENT", "CLIENT", 888),
        effect("WELLBEING"),
        effect("TRUST_IN_GOVERNMENT"),
        effect("SELF_RELIANCE"),
        money("AVOIDED_DEBT_HELP", "GOVERNMENT", 180),
        money("AVOIDED_COLLECTION_COSTS", "GOVERNMENT", 150),
      ],
    },
    // The table prints "Totaal: € 120,-" for the costs (line 1634); see the test on case 6 below.
    printed: {
      advisor: 160,
      project: 60,
      service: 20,
      costs: 240,
      benefits: 1218,
      net: 978,
      client: 888,
      government: 90,
    },
  },
];

describe("the six Hengelo cases, at the report's € 80 + € 30 + € 10 an hour", () => {
  it.each(HENGELO)(
    "case $input.caseId: costs, benefits per beneficiary and net as the report's table",
    ({ input, printed }) => {
      const result = caseCostBenefit(input, DEFAULT_HOURLY_COST);
      expect(result.costs).toEqual({
        advisorCents: euros(printed.advisor),
        projectCents: euros(printed.project),
        serviceCents: euros(printed.service),
        totalCents: euros(printed.costs),
      });
      expect(result.benefitsCents).toBe(euros(printed.benefits));
      expect(result.clientBenefitsCents).toBe(euros(printed.client));
      expect(result.netCents).toBe(euros(printed.net));
      expect(result.governmentNetCents).toBe(euros(printed.government));
      // The report's own check: the client's benefits plus the government's net make the net.
      expect(result.clientBenefitsCents + result.governmentNetCents).toBe(result.netCents);
    },
  );

  it("case 6 costs € 240, not the € 120 its table prints: € 160 + € 60 + € 20 for 2 hours, and the table's own net (€ 1.218 - € 240 = € 978) and government net (€ 330 - € 240 = € 90) use € 240", () => {
    const result = caseCostBenefit(HENGELO[5].input, DEFAULT_HOURLY_COST);
    expect(result.costs.totalCents).toBe(euros(240));
    expect(result.netCents).toBe(euros(1218 - 240));
    expect(result.governmentNetCents).toBe(euros(330 - 240));
  });

  it("lists the unpriced effects of each case without counting them", () => {
    const result = caseCostBenefit(HENGELO[1].input, DEFAULT_HOURLY_COST);
    expect(result.unquantified).toEqual(["TRUST_IN_GOVERNMENT", "WELLBEING", "SELF_RELIANCE", "AVOIDED_CARE_COSTS"]);
    expect(result.benefitsCents).toBe(0);
  });
});

describe("the report's conclusions (lines 1599-1610)", () => {
  const total = aggregateCostBenefit(
    HENGELO.map(({ input }) => input),
    DEFAULT_HOURLY_COST,
  );

  it("totals the six cases: € 1.440 costs, € 4.942 benefits (€ 2.388 client, € 2.554 government), € 3.502 net", () => {
    expect(total.costsCents).toBe(euros(1440));
    expect(total.clientBenefitsCents).toBe(euros(2388));
    expect(total.governmentBenefitsCents).toBe(euros(2554));
    expect(total.benefitsCents).toBe(euros(4942));
    expect(total.netCents).toBe(euros(3502));
    expect(total.governmentNetCents).toBe(euros(1114));
  });

  it("averages € 583,67 net per case; the report's '583 euro' drops the cents of € 3.502 / 6 = € 583,666…, it does not round", () => {
    expect(total.averageNetCents).toBe(58_367);
    expect(formatEuro(total.averageNetCents ?? 0)).toBe("€\u00a0583,67");
  });

  it("splits the net 68% to the clients and 32% to the government, as the report: € 2.388 and € 1.114 of € 3.502", () => {
    const split = total.netSplit;
    expect(split).toEqual({
      client: { part: euros(2388), whole: euros(3502) },
      government: { part: euros(1114), whole: euros(3502) },
    });
    expect(split && [shareBasisPoints(split.client), shareBasisPoints(split.government)]).toEqual([6819, 3181]);
    expect(split && [formatShare(split.client), formatShare(split.government)]).toEqual(["68%", "32%"]);
  });

  it("splits the benefits before costs differently, 48% client and 52% government: the report's 68/32 is of the net", () => {
    const split = total.benefitSplit;
    expect(split && [shareBasisPoints(split.client), shareBasisPoints(split.government)]).toEqual([4832, 5168]);
  });

  it("extrapolates as the report: € 583 × (66% of 300 questions = 198) = € 115.434, which the report prints rounded as 115.000 euro", () => {
    expect(
      extrapolate({ averageNetCents: euros(583), questionsPerYear: 300, representedBasisPoints: 6600, split: null }),
    ).toEqual({
      cases: 198,
      netCents: euros(115_434),
      clientCents: null,
      governmentCents: null,
    });
    // The report then splits its rounded € 115.000 at 68% / 32%: € 78.200 and € 36.800.
    expect(splitAmount(euros(115_000), { part: 68, whole: 100 })).toEqual({
      partCents: euros(78_200),
      restCents: euros(36_800),
    });
  });

  it("extrapolates the exact average to € 115.566,66 for the year: € 78.804,45 for clients and € 36.762,21 for the government", () => {
    const year = extrapolate({
      averageNetCents: total.averageNetCents ?? 0,
      questionsPerYear: 300,
      representedBasisPoints: 6600,
      split: total.netSplit,
    });
    expect(year).toEqual({ cases: 198, netCents: 11_556_666, clientCents: 7_880_445, governmentCents: 3_676_221 });
    expect(formatEuro(year.netCents)).toBe("€\u00a0115.566,66");
  });
});
