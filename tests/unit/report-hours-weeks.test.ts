import { describe, expect, it } from "vitest";
import { amsterdamMoment } from "@/lib/dates";
import { formatTenths, ratioTenths, tenthsAsNumber, tenthsOfHour } from "@/lib/reports/hours-format";
import { isoWeekOf, MAX_WEEKS, parseIsoWeek, weekRange } from "@/lib/reports/hours-weeks";

const NOW = amsterdamMoment("2026-12-02", 600);

describe("ISO weeks", () => {
  it("names the week by the year of its Thursday, also around New Year", () => {
    expect(isoWeekOf("2026-11-25")).toEqual({
      label: "2026-W48",
      year: 2026,
      week: 48,
      start: "2026-11-23",
      end: "2026-11-29",
    });
    // 2026 starts on a Thursday, so it has a week 53 that ends on Sunday 3 January 2027.
    expect(isoWeekOf("2027-01-03").label).toBe("2026-W53");
    expect(isoWeekOf("2027-01-04").label).toBe("2027-W01");
    // 2024-12-30 is a Monday whose Thursday lies in 2025.
    expect(isoWeekOf("2024-12-31").label).toBe("2025-W01");
  });

  it("reads a week label or a day, and nothing else", () => {
    expect(parseIsoWeek("2026-W48")).toBe("2026-11-23");
    expect(parseIsoWeek(" 2026-w48 ")).toBe("2026-11-23");
    expect(parseIsoWeek("2026-W53")).toBe("2026-12-28");
    expect(parseIsoWeek("2025-W01")).toBe("2024-12-30");
    expect(parseIsoWeek("2026-11-26")).toBe("2026-11-23");
    for (const raw of [
      "2027-W53",
      "2026-W00",
      "2026-W54",
      "2026-W4",
      "1999-W10",
      "0001-01-01",
      "2026-02-30",
      "",
      "week 48",
      48,
      null,
      undefined,
      ["2026-W48"],
    ]) {
      expect(parseIsoWeek(raw), String(raw)).toBeNull();
    }
  });
});

describe("the range of weeks from the address bar", () => {
  it("is this week in Amsterdam when nothing usable is asked", () => {
    for (const raw of [undefined, "", "vorige week", "2026-W99"]) {
      expect(weekRange(raw, raw, NOW)).toMatchObject({
        from: { label: "2026-W49" },
        to: { label: "2026-W49" },
        clamped: false,
        current: "2026-W49",
      });
    }
    // Sunday 23:30 UTC is Monday in Amsterdam already.
    expect(weekRange(undefined, undefined, new Date("2026-12-06T23:30:00Z")).from.label).toBe("2026-W50");
  });

  it("takes one end as a single week and swaps ends the wrong way round", () => {
    expect(weekRange("2026-W47", undefined, NOW).weeks.map((week) => week.label)).toEqual(["2026-W47"]);
    expect(weekRange(undefined, "2026-W47", NOW).weeks.map((week) => week.label)).toEqual(["2026-W47"]);
    expect(weekRange("2027-W01", "2026-W52", NOW).weeks.map((week) => week.label)).toEqual([
      "2026-W52",
      "2026-W53",
      "2027-W01",
    ]);
  });

  it("moves the whole range one week back or forward", () => {
    expect(weekRange("2026-W47", "2026-W48", NOW)).toMatchObject({
      previous: { from: "2026-W46", to: "2026-W47" },
      next: { from: "2026-W48", to: "2026-W49" },
    });
    expect(weekRange("2026-W53", undefined, NOW)).toMatchObject({
      previous: { from: "2026-W52", to: "2026-W52" },
      next: { from: "2027-W01", to: "2027-W01" },
    });
  });

  it(`keeps the last ${MAX_WEEKS} weeks of a longer range`, () => {
    const range = weekRange("2024-W01", "2026-W48", NOW);
    expect(range.clamped).toBe(true);
    expect(range.weeks).toHaveLength(MAX_WEEKS);
    expect(range.to.label).toBe("2026-W48");
    // 2025 has 52 weeks, so 53 weeks back from 2026-W48 begin in 2025-W48.
    expect(range.from.label).toBe("2025-W48");
    expect(weekRange("2025-W48", "2026-W48", NOW).clamped).toBe(false);
    expect(weekRange("2025-W47", "2026-W48", NOW).clamped).toBe(true);
  });
});

describe("hours and the ratio in tenths", () => {
  it("rounds minutes once, half up, to tenths of an hour", () => {
    expect([0, 2, 3, 30, 45, 315, 360, -3, -1931].map(tenthsOfHour)).toEqual([0, 0, 1, 5, 8, 53, 60, -1, -322]);
    expect(tenthsAsNumber(53)).toBe(5.3);
    expect(tenthsAsNumber(-322)).toBe(-32.2);
  });

  it("shows Dutch numbers on the page and plain ones in a CSV", () => {
    expect(formatTenths(12345, "nl")).toBe("1.234,5");
    expect(formatTenths(12345, "nl", { grouping: false })).toBe("1234,5");
    expect(formatTenths(60, "en")).toBe("6.0");
    expect([15, -15, 0].map((tenths) => formatTenths(tenths, "nl", { sign: true }))).toEqual(["+1,5", "-1,5", "0,0"]);
  });

  it("gives aftercare per hour of consultation, and nothing without consultation", () => {
    expect(ratioTenths(180, 360)).toBe(5);
    expect(ratioTenths(300, 300)).toBe(10);
    expect(ratioTenths(60, 25)).toBe(24);
    expect(ratioTenths(60, 0)).toBeNull();
  });
});
