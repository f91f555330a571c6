import { describe, expect, it } from "vitest";
import { dutchTermHolidays, easterSunday, isTermHoliday, isWorkingDayForTerms } from "@/lib/deadlines/holidays";

describe("Easter", () => {
  it("falls on the known Sundays", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2028)).toBe("2028-04-16");
    expect(easterSunday(2030)).toBe("2030-04-21");
  });

  it("reaches the earliest and latest possible dates, 22 March and 25 April", () => {
    expect(easterSunday(2285)).toBe("2285-03-22");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });
});

describe("the holidays of the Algemene termijnenwet", () => {
  it("lists every day of 2026 in order, with the decreed Fridays", () => {
    expect([...dutchTermHolidays(2026)]).toEqual([
      ["2026-01-01", "Nieuwjaarsdag"], // Thursday
      ["2026-01-02", "gelijkgesteld met een feestdag"], // Friday after New Year's Day
      ["2026-04-03", "Goede Vrijdag"],
      ["2026-04-06", "Tweede Paasdag"], // Monday
      ["2026-04-27", "Koningsdag"], // Monday
      ["2026-05-05", "Bevrijdingsdag"], // Tuesday, not a lustrum year
      ["2026-05-14", "Hemelvaartsdag"], // Thursday
      ["2026-05-15", "gelijkgesteld met een feestdag"], // Friday after Ascension Day
      ["2026-05-25", "Tweede Pinksterdag"], // Monday
      ["2026-12-25", "Eerste Kerstdag"], // Friday
      ["2026-12-26", "Tweede Kerstdag"], // Saturday
    ]);
  });

  it("lists 2027, with Ascension Day the day after 5 May", () => {
    expect([...dutchTermHolidays(2027).keys()]).toEqual([
      "2027-01-01", // Friday
      "2027-03-26", // Good Friday
      "2027-03-29", // Easter Monday
      "2027-04-27", // King's Day, Tuesday
      "2027-05-05", // Wednesday
      "2027-05-06", // Ascension Day, Thursday
      "2027-05-07", // decreed Friday
      "2027-05-17", // Whit Monday
      "2027-12-25", // Saturday
      "2027-12-26", // Sunday
    ]);
  });

  it("celebrates King's Day on Saturday 26 April when 27 April is a Sunday (2025, 2031)", () => {
    expect(dutchTermHolidays(2025).get("2025-04-26")).toBe("Koningsdag");
    expect(isTermHoliday("2025-04-27")).toBe(false);
    expect(dutchTermHolidays(2031).get("2031-04-26")).toBe("Koningsdag");
    expect(isTermHoliday("2031-04-27")).toBe(false);
    expect(isTermHoliday("2026-04-26")).toBe(false);
  });

  it("counts 5 May every year, lustrum or not", () => {
    for (const day of ["2025-05-05", "2026-05-05", "2027-05-05", "2029-05-05", "2030-05-05"])
      expect(isTermHoliday(day)).toBe(true);
  });

  it("gives both names when Ascension Day falls on 5 May (Thursday 5 May 2016)", () => {
    expect(dutchTermHolidays(2016).get("2016-05-05")).toBe("Bevrijdingsdag en Hemelvaartsdag");
  });

  it("knows the Fridays the King equated with a holiday", () => {
    expect(isTermHoliday("2024-12-27")).toBe(true); // after Boxing Day, Thursday 26 December 2024
    expect(isTermHoliday("2025-05-30")).toBe(true); // after Ascension Day, Thursday 29 May 2025
    expect(isTermHoliday("2028-04-28")).toBe(true); // after King's Day, Thursday 27 April 2028
    expect(isTermHoliday("2025-12-26")).toBe(true); // Boxing Day itself, a Friday
    expect(isTermHoliday("2025-01-03")).toBe(false); // New Year's Day 2025 was a Wednesday
  });

  it("leaves out Easter Sunday, Whit Sunday and Christmas Eve, which are no Atw holidays", () => {
    expect(isTermHoliday("2026-04-05")).toBe(false);
    expect(isTermHoliday("2026-05-24")).toBe(false);
    expect(isTermHoliday("2026-12-24")).toBe(false);
  });

  it("tells the days a term may end on", () => {
    expect(isWorkingDayForTerms("2026-04-14")).toBe(true); // Tuesday
    expect(isWorkingDayForTerms("2026-04-04")).toBe(false); // Saturday
    expect(isWorkingDayForTerms("2026-04-05")).toBe(false); // Sunday
    expect(isWorkingDayForTerms("2026-04-06")).toBe(false); // Easter Monday
  });

  it("refuses years before King's Day and days that do not exist", () => {
    expect(() => dutchTermHolidays(2013)).toThrow(RangeError);
    expect(() => isTermHoliday("2026-02-30")).toThrow(RangeError);
    expect(() => isWorkingDayForTerms("30-01-2026")).toThrow(RangeError);
  });
});
