import { describe, expect, it } from "vitest";
import { dateColumn, dayOfDateColumn, formatMinuteOfDay, nextIsoWeekday, startOfIsoWeek } from "@/lib/dates";

describe("date helpers of the schedule", () => {
  it("reads a date column back as the same calendar day", () => {
    expect(dayOfDateColumn(dateColumn("2026-03-29"))).toBe("2026-03-29");
    expect(dayOfDateColumn(dateColumn("2026-12-31"))).toBe("2026-12-31");
  });

  it("finds the next day on an ISO weekday, the day itself included", () => {
    expect(nextIsoWeekday("2026-12-01", 2)).toBe("2026-12-01");
    expect(nextIsoWeekday("2026-12-02", 2)).toBe("2026-12-08");
    expect(nextIsoWeekday("2026-12-30", 5)).toBe("2027-01-01");
    expect(nextIsoWeekday("2026-12-05", 7)).toBe("2026-12-06");
  });

  it("finds the Monday of a week, also across New Year", () => {
    expect(startOfIsoWeek("2026-12-03")).toBe("2026-11-30");
    expect(startOfIsoWeek("2026-11-30")).toBe("2026-11-30");
    expect(startOfIsoWeek("2027-01-03")).toBe("2026-12-28");
  });

  it("writes a minute of the day as HH:mm", () => {
    expect(formatMinuteOfDay(600)).toBe("10:00");
    expect(formatMinuteOfDay(785)).toBe("13:05");
    expect(formatMinuteOfDay(0)).toBe("00:00");
  });
});
