import { describe, expect, it } from "vitest";
import { decisionSentOnSchema, freeDeadlineSchema } from "@/lib/deadlines/schema";

const today = "2026-11-24";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

const firstMessage = (input: unknown) => {
  const result = decisionSentOnSchema(today).safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => issue.message);
};

describe("the sending day of a decision", () => {
  it("accepts a day from today back to two years ago, without spaces", () => {
    expect(decisionSentOnSchema(today).parse(" 2026-03-03 ")).toBe("2026-03-03");
    expect(decisionSentOnSchema(today).parse("2026-11-24")).toBe("2026-11-24");
    expect(decisionSentOnSchema(today).parse("2024-11-24")).toBe("2024-11-24");
  });

  it("asks for the day when it is missing", () => {
    expect(firstMessage("")).toEqual(["refusals.deadlines.decisionSentOn.required"]);
    expect(firstMessage(undefined)).toEqual(["refusals.deadlines.decisionSentOn.required"]);
  });

  it("refuses another notation and a day that does not exist", () => {
    expect(firstMessage("3-3-2026")).toEqual(["refusals.deadlines.decisionSentOn.format"]);
    expect(firstMessage("2026-02-29")).toEqual(["refusals.deadlines.decisionSentOn.notADay"]);
  });

  it("refuses a day in the future and one more than two years back", () => {
    expect(firstMessage("2026-11-25")).toEqual(["refusals.deadlines.letterDateInFuture"]);
    expect(firstMessage("2024-11-23")).toEqual(["refusals.deadlines.letterDateTooOld"]);
  });
});

describe("a free deadline from a form", () => {
  it("reads days and weeks", () => {
    expect(freeDeadlineSchema.parse({ from: "2026-11-24", amount: "14", unit: "days" })).toEqual({
      from: "2026-11-24",
      days: 14,
    });
    expect(freeDeadlineSchema.parse({ from: "2026-11-24", amount: "4", unit: "weeks" })).toEqual({
      from: "2026-11-24",
      weeks: 4,
    });
  });

  it("refuses what makes no deadline, in plain Dutch", () => {
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-13-01", amount: "0", unit: "maanden" }))).toEqual({
      from: "refusals.deadlines.startsOn.notADay",
      amount: "refusals.deadlines.amountMin",
      unit: "refusals.deadlines.chooseUnit",
    });
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "2,5", unit: "weeks" }))).toEqual({
      amount: "refusals.deadlines.amountRequired",
    });
  });

  it("caps a deadline at a year", () => {
    expect(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "52", unit: "weeks" }).success).toBe(true);
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "53", unit: "weeks" }))).toEqual({
      amount: "refusals.deadlines.atMostAYear",
    });
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "366", unit: "days" }))).toEqual({
      amount: "refusals.deadlines.atMostAYear",
    });
  });
});
