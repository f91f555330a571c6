import { describe, expect, it } from "vitest";
import { amsterdamMoment } from "@/lib/dates";
import { LOGGABLE_KINDS, WEEKLY_PLAN_MINUTES } from "@/lib/time/plan";
import { weekOf } from "@/lib/time/week";
import { TIME_ROLES } from "@/lib/auth/policy";

const NOW = amsterdamMoment("2026-12-01", 600);

describe("weekOf", () => {
  it("runs from Monday to Sunday around any day of it", () => {
    for (const day of ["2026-11-30", "2026-12-03", "2026-12-06"]) {
      expect(weekOf(day, NOW)).toEqual({
        start: "2026-11-30",
        days: ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"],
        previous: "2026-11-23",
        next: "2026-12-07",
        current: "2026-11-30",
      });
    }
  });

  it("crosses the year and the autumn clock change without losing a day", () => {
    expect(weekOf("2027-01-01", NOW)).toMatchObject({ start: "2026-12-28", next: "2027-01-04" });
    expect(weekOf("2026-10-25", NOW).days).toEqual([
      "2026-10-19",
      "2026-10-20",
      "2026-10-21",
      "2026-10-22",
      "2026-10-23",
      "2026-10-24",
      "2026-10-25",
    ]);
  });

  it("falls back to this week in Amsterdam for a missing or odd value", () => {
    for (const raw of [undefined, "", "volgende week", "2026-02-30", ["2026-11-30"], 42])
      expect(weekOf(raw, NOW).start).toBe("2026-11-30");
    // 23:30 UTC on Sunday is already Monday in Amsterdam.
    expect(weekOf(undefined, new Date("2026-12-06T23:30:00Z")).start).toBe("2026-12-07");
  });
});

describe("the weekly plan", () => {
  it("follows the guide: advisor 6 h + 3 h, coordinator 3 h + 1 h + 0.3 h", () => {
    expect(WEEKLY_PLAN_MINUTES.ADVISOR).toEqual({ CONSULTATION: 360, AFTERCARE: 180 });
    expect(WEEKLY_PLAN_MINUTES.COORDINATOR).toEqual({ COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 18 });
  });

  it("only plans kinds the role may write, and keeps consultation and aftercare for advisors", () => {
    for (const role of TIME_ROLES) {
      for (const kind of Object.keys(WEEKLY_PLAN_MINUTES[role])) expect(LOGGABLE_KINDS[role]).toContain(kind);
      if (role !== "ADVISOR")
        expect(LOGGABLE_KINDS[role].filter((kind) => kind === "CONSULTATION" || kind === "AFTERCARE")).toEqual([]);
    }
  });
});
