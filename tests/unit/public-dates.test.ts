import { describe, expect, it } from "vitest";
import { weekdayName } from "@/lib/dates";

describe("weekday names for the weekly hours", () => {
  it("names ISO weekdays in Dutch and English, Monday to Sunday", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => weekdayName(day, "nl"))).toEqual([
      "maandag",
      "dinsdag",
      "woensdag",
      "donderdag",
      "vrijdag",
      "zaterdag",
      "zondag",
    ]);
    expect([2, 4].map((day) => weekdayName(day, "en"))).toEqual(["Tuesday", "Thursday"]);
  });

  it("does not depend on the server's time zone", () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      expect(weekdayName(2)).toBe("dinsdag");
      process.env.TZ = "Pacific/Pago_Pago";
      expect(weekdayName(2)).toBe("dinsdag");
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
