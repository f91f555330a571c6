import { describe, expect, it } from "vitest";
import {
  AWB_POSTING_RULE_EXPLANATION,
  extendToWorkingDay,
  freeDeadline,
  isObjectionOnTime,
  latestReceiptByPost,
  objectionTermEnd,
} from "@/lib/deadlines/awb";

describe("the objection term (Awb art. 6:7 and 6:8)", () => {
  it("runs six weeks from the day after sending: sent Tuesday 3 March 2026, due Tuesday 14 April 2026", () => {
    expect(objectionTermEnd("2026-03-03")).toEqual({
      start: "2026-03-04",
      nominalEnd: "2026-04-14",
      dueOn: "2026-04-14",
      extendedBecause: [],
    });
  });

  it("moves an end on Saturday 21 February 2026 to Monday 23 February", () => {
    expect(objectionTermEnd("2026-01-10")).toEqual({
      start: "2026-01-11",
      nominalEnd: "2026-02-21",
      dueOn: "2026-02-23",
      extendedBecause: ["zaterdag 21 februari 2026", "zondag 22 februari 2026"],
    });
  });

  it("moves an end on Sunday 19 April 2026 to Monday 20 April", () => {
    expect(objectionTermEnd("2026-03-08").dueOn).toBe("2026-04-20");
  });

  it("moves an end on Good Friday 3 April 2026 over Easter to Tuesday 7 April", () => {
    expect(objectionTermEnd("2026-02-20")).toEqual({
      start: "2026-02-21",
      nominalEnd: "2026-04-03",
      dueOn: "2026-04-07",
      extendedBecause: [
        "vrijdag 3 april 2026 (Goede Vrijdag)",
        "zaterdag 4 april 2026",
        "zondag 5 april 2026",
        "maandag 6 april 2026 (Tweede Paasdag)",
      ],
    });
  });

  it("moves an end on Easter Monday 29 March 2027 to Tuesday 30 March", () => {
    expect(objectionTermEnd("2027-02-15")).toMatchObject({
      nominalEnd: "2027-03-29",
      dueOn: "2027-03-30",
      extendedBecause: ["maandag 29 maart 2027 (Tweede Paasdag)"],
    });
  });

  it("moves an end on King's Day, Monday 27 April 2026, to Tuesday 28 April", () => {
    expect(objectionTermEnd("2026-03-16")).toMatchObject({
      nominalEnd: "2026-04-27",
      dueOn: "2026-04-28",
      extendedBecause: ["maandag 27 april 2026 (Koningsdag)"],
    });
  });

  it("moves an end on King's Day, Saturday 26 April 2025 (the 27th was a Sunday), to Monday 28 April", () => {
    expect(objectionTermEnd("2025-03-15")).toMatchObject({
      nominalEnd: "2025-04-26",
      dueOn: "2025-04-28",
      extendedBecause: ["zaterdag 26 april 2025 (Koningsdag)", "zondag 27 april 2025"],
    });
    // The same in 2031: King's Day is Saturday 26 April, the term runs on to Monday 28 April.
    expect(objectionTermEnd("2031-03-15")).toMatchObject({ nominalEnd: "2031-04-26", dueOn: "2031-04-28" });
  });

  it("moves an end on 5 May in a year that is no lustrum, Tuesday 5 May 2026, to Wednesday 6 May", () => {
    expect(objectionTermEnd("2026-03-24")).toMatchObject({
      nominalEnd: "2026-05-05",
      dueOn: "2026-05-06",
      extendedBecause: ["dinsdag 5 mei 2026 (Bevrijdingsdag)"],
    });
  });

  it("moves an end on Wednesday 5 May 2027 over Ascension Day and the decreed Friday to Monday 10 May", () => {
    expect(objectionTermEnd("2027-03-24")).toMatchObject({
      nominalEnd: "2027-05-05",
      dueOn: "2027-05-10",
      extendedBecause: [
        "woensdag 5 mei 2027 (Bevrijdingsdag)",
        "donderdag 6 mei 2027 (Hemelvaartsdag)",
        "vrijdag 7 mei 2027 (gelijkgesteld met een feestdag)",
        "zaterdag 8 mei 2027",
        "zondag 9 mei 2027",
      ],
    });
  });

  it("moves an end on Ascension Day, Thursday 14 May 2026, past the decreed Friday to Monday 18 May", () => {
    expect(objectionTermEnd("2026-04-02")).toMatchObject({ nominalEnd: "2026-05-14", dueOn: "2026-05-18" });
  });

  it("moves an end on Whit Monday 25 May 2026 to Tuesday 26 May", () => {
    expect(objectionTermEnd("2026-04-13")).toMatchObject({
      nominalEnd: "2026-05-25",
      dueOn: "2026-05-26",
      extendedBecause: ["maandag 25 mei 2026 (Tweede Pinksterdag)"],
    });
  });

  it("runs across New Year: sent Tuesday 24 November 2026, due Tuesday 5 January 2027", () => {
    expect(objectionTermEnd("2026-11-24")).toEqual({
      start: "2026-11-25",
      nominalEnd: "2027-01-05",
      dueOn: "2027-01-05",
      extendedBecause: [],
    });
  });

  it("moves an end on New Year's Day, Friday 1 January 2027, to Monday 4 January", () => {
    expect(objectionTermEnd("2026-11-20")).toMatchObject({ nominalEnd: "2027-01-01", dueOn: "2027-01-04" });
  });

  it("moves an end on New Year's Day, Thursday 1 January 2026, past the decreed Friday to Monday 5 January", () => {
    expect(objectionTermEnd("2025-11-20")).toMatchObject({
      nominalEnd: "2026-01-01",
      dueOn: "2026-01-05",
      extendedBecause: [
        "donderdag 1 januari 2026 (Nieuwjaarsdag)",
        "vrijdag 2 januari 2026 (gelijkgesteld met een feestdag)",
        "zaterdag 3 januari 2026",
        "zondag 4 januari 2026",
      ],
    });
  });

  it("moves an end on Christmas over Boxing Day and the weekend", () => {
    // Friday 25 and Saturday 26 December 2026: on to Monday 28 December.
    expect(objectionTermEnd("2026-11-13")).toMatchObject({ nominalEnd: "2026-12-25", dueOn: "2026-12-28" });
    // Saturday 25 and Sunday 26 December 2027: on to Monday 27 December.
    expect(objectionTermEnd("2027-11-13")).toMatchObject({
      nominalEnd: "2027-12-25",
      dueOn: "2027-12-27",
      extendedBecause: ["zaterdag 25 december 2027 (Eerste Kerstdag)", "zondag 26 december 2027 (Tweede Kerstdag)"],
    });
    // Thursday 25 and Friday 26 December 2025: on to Monday 29 December.
    expect(objectionTermEnd("2025-11-13")).toMatchObject({ nominalEnd: "2025-12-25", dueOn: "2025-12-29" });
    // Wednesday 25 and Thursday 26 December 2024, then the decreed Friday 27: on to Monday 30 December.
    expect(objectionTermEnd("2024-11-13")).toMatchObject({ nominalEnd: "2024-12-25", dueOn: "2024-12-30" });
  });

  it("moves an end on King's Day, Thursday 27 April 2028, past the decreed Friday to Monday 1 May", () => {
    expect(objectionTermEnd("2028-03-16")).toMatchObject({ nominalEnd: "2028-04-27", dueOn: "2028-05-01" });
  });

  it("refuses a sending day that does not exist", () => {
    expect(() => objectionTermEnd("2026-02-29")).toThrow(RangeError);
    expect(() => objectionTermEnd("3 maart 2026")).toThrow(RangeError);
  });
});

describe("the next working day for a legal term (Algemene termijnenwet art. 1)", () => {
  it("keeps a working day and moves any other", () => {
    expect(extendToWorkingDay("2026-04-14")).toBe("2026-04-14"); // Tuesday
    expect(extendToWorkingDay("2026-04-04")).toBe("2026-04-07"); // Saturday before Easter
    expect(extendToWorkingDay("2026-12-26")).toBe("2026-12-28"); // Boxing Day, a Saturday
  });
});

describe("an objection on time (Awb art. 6:9)", () => {
  const dueOn = "2026-04-14"; // Tuesday

  it("is on time when received by the last day", () => {
    expect(isObjectionOnTime({ dueOn, receivedOn: "2026-04-14" })).toBe(true);
    expect(isObjectionOnTime({ dueOn, receivedOn: "2026-03-20" })).toBe(true);
  });

  it("is late when handed in or sent online after the last day", () => {
    expect(isObjectionOnTime({ dueOn, receivedOn: "2026-04-15" })).toBe(false);
  });

  it("is on time when posted by the last day and received within a week after it", () => {
    expect(latestReceiptByPost(dueOn)).toBe("2026-04-21"); // Tuesday
    expect(isObjectionOnTime({ dueOn, postedOn: "2026-04-14", receivedOn: "2026-04-21" })).toBe(true);
    expect(isObjectionOnTime({ dueOn, postedOn: "2026-04-10", receivedOn: "2026-04-16" })).toBe(true);
  });

  it("is late when posted after the last day, or received more than a week after it", () => {
    expect(isObjectionOnTime({ dueOn, postedOn: "2026-04-15", receivedOn: "2026-04-16" })).toBe(false);
    expect(isObjectionOnTime({ dueOn, postedOn: "2026-04-14", receivedOn: "2026-04-22" })).toBe(false);
  });

  it("counts from the moved end: due Tuesday 7 April 2026 after Good Friday", () => {
    const { dueOn: afterEaster } = objectionTermEnd("2026-02-20");
    expect(isObjectionOnTime({ dueOn: afterEaster, receivedOn: "2026-04-07" })).toBe(true);
    expect(isObjectionOnTime({ dueOn: afterEaster, postedOn: "2026-04-07", receivedOn: "2026-04-14" })).toBe(true);
  });

  it("does not move the week of grace past a holiday: due 28 April 2026, the week ends on 5 May", () => {
    expect(latestReceiptByPost("2026-04-28")).toBe("2026-05-05");
    expect(isObjectionOnTime({ dueOn: "2026-04-28", postedOn: "2026-04-28", receivedOn: "2026-05-06" })).toBe(false);
  });

  it("explains the posting rule in plain Dutch", () => {
    expect(AWB_POSTING_RULE_EXPLANATION).toContain("binnen een week na die laatste dag");
    expect(AWB_POSTING_RULE_EXPLANATION).toContain("poststempel");
  });
});

describe("free deadlines", () => {
  it("lies a number of days or weeks ahead", () => {
    expect(freeDeadline({ from: "2026-11-24", days: 14 })).toEqual({
      dueOn: "2026-12-08",
      previousWorkingDay: "2026-12-08",
      nextWorkingDay: "2026-12-08",
    }); // Tuesday
    expect(freeDeadline({ from: "2026-12-01", weeks: 4 }).dueOn).toBe("2026-12-29"); // Tuesday
  });

  it("is not moved off Boxing Day, Saturday 26 December 2026, but names the working days around it", () => {
    expect(freeDeadline({ from: "2026-12-12", weeks: 2 })).toEqual({
      dueOn: "2026-12-26",
      previousWorkingDay: "2026-12-24",
      nextWorkingDay: "2026-12-28",
    });
  });

  it("refuses a negative or broken number of days", () => {
    expect(() => freeDeadline({ from: "2026-12-01", days: -1 })).toThrow(RangeError);
    expect(() => freeDeadline({ from: "2026-12-01", weeks: 1.5 })).toThrow(RangeError);
  });
});

describe("deadlines do not depend on the server's time zone", () => {
  it.each(["Pacific/Kiritimati", "America/Los_Angeles"])("gives the same term in %s", (timeZone) => {
    const original = process.env.TZ;
    process.env.TZ = timeZone;
    try {
      expect(objectionTermEnd("2026-02-20")).toEqual({
        start: "2026-02-21",
        nominalEnd: "2026-04-03",
        dueOn: "2026-04-07",
        extendedBecause: [
          "vrijdag 3 april 2026 (Goede Vrijdag)",
          "zaterdag 4 april 2026",
          "zondag 5 april 2026",
          "maandag 6 april 2026 (Tweede Paasdag)",
        ],
      });
      expect(objectionTermEnd("2026-11-24").dueOn).toBe("2027-01-05");
      expect(freeDeadline({ from: "2026-12-12", weeks: 2 }).nextWorkingDay).toBe("2026-12-28");
    } finally {
      process.env.TZ = original;
    }
  });
});
