import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, nl } from "date-fns/locale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  amsterdamDay,
  amsterdamDayRange,
  amsterdamMoment,
  amsterdamMonthRange,
  formatInAmsterdam,
  formatLongDate,
  formatTime,
  isoWeekday,
} from "@/lib/dates";

describe("Europe/Amsterdam dates", () => {
  it("puts 10:00 Amsterdam at 09:00 UTC in winter and 08:00 UTC in summer", () => {
    // Daylight saving starts on Sunday 29 March 2026.
    expect(amsterdamMoment("2026-03-24", 600).toISOString()).toBe("2026-03-24T09:00:00.000Z");
    expect(amsterdamMoment("2026-03-31", 600).toISOString()).toBe("2026-03-31T08:00:00.000Z");
    // And ends on Sunday 25 October 2026.
    expect(amsterdamMoment("2026-10-22", 600).toISOString()).toBe("2026-10-22T08:00:00.000Z");
    expect(amsterdamMoment("2026-10-27", 600).toISOString()).toBe("2026-10-27T09:00:00.000Z");
  });

  it("gives a moment it already worked out as a Date of the caller's own, the same as a fresh one", () => {
    const first = amsterdamMoment("2026-03-29", 150);
    const fresh = new TZDate(2026, 2, 29, 2, 30, 0, "Europe/Amsterdam").getTime();
    expect(first.getTime()).toBe(fresh);
    first.setUTCFullYear(1999);
    const again = amsterdamMoment("2026-03-29", 150);
    expect(again).not.toBe(first);
    expect(again.getTime()).toBe(fresh);
  });

  it("reads the Amsterdam calendar day of a UTC moment, also just before midnight UTC", () => {
    expect(amsterdamDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(amsterdamDay(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
    expect(amsterdamDay(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });

  it("shows the Amsterdam clock time, on a 24-hour clock, across both clock changes", () => {
    expect(formatTime(new Date("2026-03-29T00:59:00Z"))).toBe("01:59");
    expect(formatTime(new Date("2026-03-29T01:00:00Z"))).toBe("03:00");
    expect(formatTime(new Date("2026-10-25T00:30:00Z"))).toBe("02:30");
    expect(formatTime(new Date("2026-10-25T01:30:00Z"))).toBe("02:30");
    expect(formatTime(new Date("2026-11-28T23:05:00Z"))).toBe("00:05");
  });

  it("formats every pattern the app uses exactly as date-fns does on a TZDate in Amsterdam", () => {
    const moments = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2060-12-31T23:59:59Z"),
      noInvalidDate: true,
    });
    const patterns = [
      "EEEE d MMMM yyyy",
      "EEEE d MMMM, HH:mm",
      "MMM yyyy",
      "MMMM yyyy",
      "d MMM yyyy HH:mm:ss",
      "d MMMM yyyy, HH:mm",
      "yyyy-MM-dd HH:mm",
      "EEEE",
    ];
    fc.assert(
      fc.property(
        moments,
        fc.constantFrom(...patterns),
        fc.constantFrom("nl" as const, "en" as const),
        (moment, pattern, locale) => {
          const reference = (shape: string) =>
            format(new TZDate(moment, "Europe/Amsterdam"), shape, { locale: locale === "en" ? enGB : nl });
          expect(formatInAmsterdam(moment, pattern, locale)).toBe(reference(pattern));
          expect(amsterdamDay(moment)).toBe(reference("yyyy-MM-dd"));
          expect(formatTime(moment)).toBe(reference("HH:mm"));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("gives a 23-hour day when the clocks go forward", () => {
    const { start, end } = amsterdamDayRange("2026-03-29");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });

  it("knows ISO weekdays and adds calendar days across months", () => {
    expect(isoWeekday("2026-11-24")).toBe(2);
    expect(isoWeekday("2026-11-29")).toBe(7);
    expect(addCalendarDays("2026-12-30", 3)).toBe("2027-01-02");
  });

  it("gives month ranges in Amsterdam time", () => {
    const range = amsterdamMonthRange(new Date("2026-11-15T12:00:00Z"), -1);
    expect(range.month).toBe("2026-10");
    expect(range.start.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(range.end.toISOString()).toBe("2026-10-31T23:00:00.000Z");
  });

  it("formats a long date in Dutch and English", () => {
    const moment = new Date("2026-11-24T09:00:00Z");
    expect(formatLongDate(moment, "nl")).toBe("dinsdag 24 november 2026");
    expect(formatLongDate(moment, "en")).toBe("Tuesday 24 November 2026");
  });
});

describe("calendar days do not depend on the server's time zone", () => {
  it("adds days the same way in UTC+14", async () => {
    const original = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect(addCalendarDays("2024-01-01", 1)).toBe("2024-01-02");
      expect(addCalendarDays("2026-03-28", 2)).toBe("2026-03-30");
    } finally {
      process.env.TZ = original;
    }
  });
});
