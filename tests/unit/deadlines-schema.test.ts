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

  it("asks for the day in Dutch when it is missing", () => {
    expect(firstMessage("")).toEqual(["Vul de verzenddatum van het besluit in."]);
    expect(firstMessage(undefined)).toEqual(["Vul de verzenddatum van het besluit in."]);
  });

  it("refuses another notation and a day that does not exist", () => {
    expect(firstMessage("3-3-2026")).toEqual([
      "Vul de verzenddatum van het besluit in als jjjj-mm-dd, bijvoorbeeld 2026-03-03.",
    ]);
    expect(firstMessage("2026-02-29")).toEqual([
      "Deze datum bestaat niet. Vul de verzenddatum van het besluit in als jjjj-mm-dd.",
    ]);
  });

  it("refuses a day in the future and one more than two years back", () => {
    expect(firstMessage("2026-11-25")).toEqual([
      "Deze datum ligt in de toekomst. Kijk nog eens naar de datum op de brief.",
    ]);
    expect(firstMessage("2024-11-23")).toEqual([
      "Deze datum ligt meer dan 2 jaar terug. Kijk nog eens naar de datum op de brief.",
    ]);
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
      from: "Deze datum bestaat niet. Vul de begindatum in als jjjj-mm-dd.",
      amount: "Vul minstens 1 dag of week in.",
      unit: "Kies dagen of weken.",
    });
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "2,5", unit: "weeks" }))).toEqual({
      amount: "Vul een aantal dagen of weken in.",
    });
  });

  it("caps a deadline at a year", () => {
    expect(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "52", unit: "weeks" }).success).toBe(true);
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "53", unit: "weeks" }))).toEqual({
      amount: "Een termijn is hooguit een jaar: 365 dagen of 52 weken.",
    });
    expect(messages(freeDeadlineSchema.safeParse({ from: "2026-11-24", amount: "366", unit: "days" }))).toEqual({
      amount: "Een termijn is hooguit een jaar: 365 dagen of 52 weken.",
    });
  });
});
