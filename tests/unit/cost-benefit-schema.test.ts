import { describe, expect, it } from "vitest";
import { parseEuroCents } from "@/lib/money";
import { benefitItemSchema } from "@/lib/reports/cost-benefit-schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("amounts in euros as typed", () => {
  it.each([
    ["600", 60_000],
    ["74,50", 7_450],
    ["74,5", 7_450],
    ["74.50", 7_450],
    ["€ 1.234,56", 123_456],
    ["1.234", 123_400],
    ["600,-", 60_000],
    [" 888 ", 88_800],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(["", "zeshonderd", "-600", "1,234", "74,505", "1,234.56", "12.34.56", "6 00"])("refuses %j", (text) => {
    expect(parseEuroCents(text)).toBeNull();
  });
});

describe("benefit item input", () => {
  it("reads money for the client or the government as cents", () => {
    expect(
      benefitItemSchema.parse({
        category: "INCOME_IMPROVEMENT",
        amount: "600",
        beneficiary: "CLIENT",
        description: "",
      }),
    ).toEqual({
      category: "INCOME_IMPROVEMENT",
      beneficiary: "CLIENT",
      amountCents: 60_000,
      description: null,
    });
    expect(
      benefitItemSchema.parse({ category: "AVOIDED_SPECIAL_ASSISTANCE", amount: "214", beneficiary: "GOVERNMENT" }),
    ).toMatchObject({ amountCents: 21_400 });
  });

  it("reads an effect without amount or beneficiary", () => {
    expect(benefitItemSchema.parse({ category: "WELLBEING", amount: "", beneficiary: "" })).toEqual({
      category: "WELLBEING",
      beneficiary: null,
      amountCents: null,
      description: null,
    });
  });

  it("wants an amount and a beneficiary for money", () => {
    expect(messages(benefitItemSchema.safeParse({ category: "CLAIM_REDUCED", amount: "", beneficiary: "" }))).toEqual({
      amount: "refusals.reports.amountRequired",
    });
    expect(
      messages(benefitItemSchema.safeParse({ category: "CLAIM_REDUCED", amount: "400", beneficiary: "" })),
    ).toEqual({
      beneficiary: "refusals.reports.chooseBeneficiary",
    });
  });

  it("gives an effect no amount and no beneficiary", () => {
    expect(
      messages(benefitItemSchema.safeParse({ category: "TRUST_IN_GOVERNMENT", amount: "100", beneficiary: "CLIENT" })),
    ).toEqual({
      amount: "refusals.reports.effectHasNoAmount",
      beneficiary: "refusals.reports.beneficiaryOnlyWithAmount",
    });
  });

  it("lets 'other' be money or an effect, but wants it described", () => {
    expect(
      benefitItemSchema.parse({
        category: "OTHER",
        amount: "25",
        beneficiary: "CLIENT",
        description: "Boete kwijtgescholden",
      }),
    ).toMatchObject({ amountCents: 2_500 });
    expect(benefitItemSchema.parse({ category: "OTHER", description: "Weer aan het werk" })).toMatchObject({
      amountCents: null,
      beneficiary: null,
    });
    expect(messages(benefitItemSchema.safeParse({ category: "OTHER", amount: "", beneficiary: "GOVERNMENT" }))).toEqual(
      {
        beneficiary: "refusals.reports.beneficiaryOnlyWithAmount",
        description: "refusals.reports.otherRequired",
      },
    );
  });

  it("refuses odd amounts, categories and beneficiaries in plain Dutch", () => {
    expect(
      messages(
        benefitItemSchema.safeParse({
          category: "LOTTERY",
          amount: "zes",
          beneficiary: "BANK",
          description: "x".repeat(501),
        }),
      ),
    ).toEqual({
      category: "refusals.reports.chooseCategory",
      amount: "refusals.reports.amountHint",
      beneficiary: "refusals.reports.chooseBeneficiary",
      description: "refusals.reports.descriptionTooLong",
    });
    expect(
      messages(benefitItemSchema.safeParse({ category: "CLAIM_REDUCED", amount: "0,00", beneficiary: "CLIENT" })),
    ).toEqual({
      amount: "refusals.reports.amountZero",
    });
    expect(
      messages(benefitItemSchema.safeParse({ category: "CLAIM_REDUCED", amount: "1000000,01", beneficiary: "CLIENT" })),
    ).toEqual({
      amount: "refusals.reports.amountTooHigh",
    });
    expect(
      benefitItemSchema.safeParse({ category: "CLAIM_REDUCED", amount: "1.000.000", beneficiary: "CLIENT" }).success,
    ).toBe(true);
    expect(messages(benefitItemSchema.safeParse({}))).toEqual({ category: "refusals.reports.chooseCategory" });
  });
});
