import { describe, expect, it } from "vitest";
import { clockOffsetFrom } from "@/lib/clock";

const SYSTEM_NOW = Date.parse("2027-05-10T08:00:00Z");

describe("clockOffsetFrom", () => {
  it("is the system clock when nothing is set", () => {
    expect(clockOffsetFrom({}, SYSTEM_NOW)).toBe(0);
    expect(clockOffsetFrom({ SPREEKUUR_CLOCK: "" }, SYSTEM_NOW)).toBe(0);
  });

  it("starts the clock at the moment asked for, with its zone", () => {
    const offset = clockOffsetFrom({ SPREEKUUR_CLOCK: "2026-12-31T23:50:00+01:00" }, SYSTEM_NOW);
    expect(new Date(SYSTEM_NOW + offset).toISOString()).toBe("2026-12-31T22:50:00.000Z");
  });

  it("takes a child's explicit offset over the moment, so processes started later agree", () => {
    expect(
      clockOffsetFrom(
        { SPREEKUUR_CLOCK_OFFSET_MS: "-3600000", SPREEKUUR_CLOCK: "2026-12-31T23:50:00+01:00" },
        SYSTEM_NOW,
      ),
    ).toBe(-3_600_000);
  });

  it("stops on a moment without a zone or a broken value instead of running on today's date", () => {
    expect(() => clockOffsetFrom({ SPREEKUUR_CLOCK: "2026-12-31T23:50:00" }, SYSTEM_NOW)).toThrow(/time zone/);
    expect(() => clockOffsetFrom({ SPREEKUUR_CLOCK: "donderdagavond" }, SYSTEM_NOW)).toThrow(/time zone/);
    expect(() => clockOffsetFrom({ SPREEKUUR_CLOCK_OFFSET_MS: "1.5" }, SYSTEM_NOW)).toThrow(/milliseconds/);
  });
});
