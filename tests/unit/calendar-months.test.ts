import { describe, expect, it } from "vitest";
import { addCalendarMonths } from "@/lib/dates";

describe("addCalendarMonths: the retention period's cut-off day", () => {
  it("moves by whole months and keeps the day of the month", () => {
    expect(addCalendarMonths("2026-12-01", -24)).toBe("2024-12-01");
    expect(addCalendarMonths("2026-12-01", -23)).toBe("2025-01-01");
    expect(addCalendarMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addCalendarMonths("2026-06-30", -120)).toBe("2016-06-30");
  });

  it("takes the last day of a shorter month", () => {
    expect(addCalendarMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addCalendarMonths("2026-05-31", -15)).toBe("2025-02-28");
    expect(addCalendarMonths("2026-02-28", 24)).toBe("2028-02-28");
    expect(addCalendarMonths("2028-03-31", -1)).toBe("2028-02-29");
  });
});
