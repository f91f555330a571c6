import { describe, expect, it } from "vitest";
import { amsterdamDay, formatTime } from "@/lib/dates";
import { overlaps, sessionOccurrences, slotTimes, type WeeklyHour } from "@/lib/schedule/occurrences";

const tuesdayMorning: WeeklyHour = {
  weekday: 2,
  startMinute: 600,
  endMinute: 780,
  validFrom: "2025-01-01",
  validUntil: null,
};
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe("sessionOccurrences: the sessions of a weekly hour", () => {
  it("keeps Tuesday 10:00-13:00 on the Amsterdam wall clock when the clocks go forward on 29 March 2026", () => {
    const sessions = sessionOccurrences(tuesdayMorning, { from: "2026-03-16", until: "2026-04-08" });
    expect(sessions.map((s) => s.day)).toEqual(["2026-03-17", "2026-03-24", "2026-03-31", "2026-04-07"]);
    expect(iso(sessions.map((s) => s.startsAt))).toEqual([
      "2026-03-17T09:00:00.000Z",
      "2026-03-24T09:00:00.000Z",
      "2026-03-31T08:00:00.000Z",
      "2026-04-07T08:00:00.000Z",
    ]);
    expect(iso(sessions.map((s) => s.endsAt))).toEqual([
      "2026-03-17T12:00:00.000Z",
      "2026-03-24T12:00:00.000Z",
      "2026-03-31T11:00:00.000Z",
      "2026-04-07T11:00:00.000Z",
    ]);
    expect(sessions.map((s) => `${formatTime(s.startsAt)}-${formatTime(s.endsAt)}`)).toEqual(
      Array(4).fill("10:00-13:00"),
    );
  });

  it("and back when they go back on 25 October 2026", () => {
    const thursday = { ...tuesdayMorning, weekday: 4 };
    const sessions = sessionOccurrences(thursday, { from: "2026-10-19", until: "2026-11-02" });
    expect(sessions.map((s) => s.day)).toEqual(["2026-10-22", "2026-10-29"]);
    expect(iso(sessions.map((s) => s.startsAt))).toEqual(["2026-10-22T08:00:00.000Z", "2026-10-29T09:00:00.000Z"]);
  });

  it("places a Sunday hour on the day the clocks change at its wall-clock time", () => {
    const sunday = { weekday: 7, startMinute: 600, endMinute: 720, validFrom: "2026-01-01", validUntil: null };
    const [march] = sessionOccurrences(sunday, { from: "2026-03-29", until: "2026-03-30" });
    const [october] = sessionOccurrences(sunday, { from: "2026-10-25", until: "2026-10-26" });
    expect(march.startsAt.toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(october.startsAt.toISOString()).toBe("2026-10-25T09:00:00.000Z");
    // The 23-hour and the 25-hour day still give a 2-hour session.
    expect(march.endsAt.getTime() - march.startsAt.getTime()).toBe(2 * 3_600_000);
    expect(october.endsAt.getTime() - october.startsAt.getTime()).toBe(2 * 3_600_000);
  });

  it("runs across New Year", () => {
    const sessions = sessionOccurrences({ ...tuesdayMorning, weekday: 4 }, { from: "2026-12-21", until: "2027-01-12" });
    expect(sessions.map((s) => s.day)).toEqual(["2026-12-24", "2026-12-31", "2027-01-07"]);
    expect(sessions.map((s) => amsterdamDay(s.startsAt))).toEqual(["2026-12-24", "2026-12-31", "2027-01-07"]);
  });

  it("puts each occurrence on the hour's ISO weekday, Monday to Sunday", () => {
    // Monday 30 November 2026 up to Monday 14 December: two of every weekday.
    const firstWeek = [
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ];
    const secondWeek = [
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-12",
      "2026-12-13",
    ];
    for (let weekday = 1; weekday <= 7; weekday++) {
      const sessions = sessionOccurrences({ ...tuesdayMorning, weekday }, { from: "2026-11-30", until: "2026-12-14" });
      expect(sessions.map((s) => s.day)).toEqual([firstWeek[weekday - 1], secondWeek[weekday - 1]]);
    }
    // A range that starts mid-week finds the first matching day after it.
    expect(
      sessionOccurrences({ ...tuesdayMorning, weekday: 1 }, { from: "2026-12-02", until: "2026-12-14" }).map(
        (s) => s.day,
      ),
    ).toEqual(["2026-12-07"]);
  });

  it("starts no earlier than validFrom and ends with validUntil, both days included", () => {
    const hour = { ...tuesdayMorning, validFrom: "2026-12-08", validUntil: "2026-12-22" };
    expect(sessionOccurrences(hour, { from: "2026-11-30", until: "2027-01-31" }).map((s) => s.day)).toEqual([
      "2026-12-08",
      "2026-12-15",
      "2026-12-22",
    ]);
    const validFromIsAWednesday = { ...tuesdayMorning, validFrom: "2026-12-09" };
    expect(
      sessionOccurrences(validFromIsAWednesday, { from: "2026-12-01", until: "2026-12-23" }).map((s) => s.day),
    ).toEqual(["2026-12-15", "2026-12-22"]);
  });

  it("leaves out the last day of the range and gives nothing for an ended or not yet started hour", () => {
    expect(sessionOccurrences(tuesdayMorning, { from: "2026-12-01", until: "2026-12-08" }).map((s) => s.day)).toEqual([
      "2026-12-01",
    ]);
    expect(
      sessionOccurrences({ ...tuesdayMorning, validUntil: "2026-11-30" }, { from: "2026-12-01", until: "2027-01-01" }),
    ).toEqual([]);
    expect(
      sessionOccurrences({ ...tuesdayMorning, validFrom: "2027-02-01" }, { from: "2026-12-01", until: "2027-01-01" }),
    ).toEqual([]);
  });
});

describe("slotTimes: a session cut into slots", () => {
  it("cuts 10:00-13:00 into six half hours", () => {
    const slots = slotTimes(
      { startsAt: new Date("2026-12-01T09:00:00Z"), endsAt: new Date("2026-12-01T12:00:00Z") },
      30,
    );
    expect(slots).toHaveLength(6);
    expect(slots[0]).toEqual({ startsAt: new Date("2026-12-01T09:00:00Z"), endsAt: new Date("2026-12-01T09:30:00Z") });
    expect(slots[5]).toEqual({ startsAt: new Date("2026-12-01T11:30:00Z"), endsAt: new Date("2026-12-01T12:00:00Z") });
  });

  it("never makes a slot longer than asked, even when the window does not divide evenly", () => {
    const slots = slotTimes(
      { startsAt: new Date("2026-12-01T09:00:00Z"), endsAt: new Date("2026-12-01T09:50:00Z") },
      20,
    );
    expect(slots.map((s) => (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000)).toEqual([20, 20, 10]);
  });
});

describe("overlaps", () => {
  const at = (from: string, to: string) => ({
    startsAt: new Date(`2026-12-01T${from}:00Z`),
    endsAt: new Date(`2026-12-01T${to}:00Z`),
  });
  it("sees shared time and lets touching windows pass", () => {
    expect(overlaps(at("09:00", "12:00"), at("11:30", "13:00"))).toBe(true);
    expect(overlaps(at("09:00", "12:00"), at("10:00", "11:00"))).toBe(true);
    expect(overlaps(at("09:00", "12:00"), at("12:00", "13:00"))).toBe(false);
  });
});
