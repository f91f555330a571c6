import { beforeEach, describe, expect, it, vi } from "vitest";
import { useStaffFormat } from "@/lib/format/client";
import { getStaffFormat } from "@/lib/format/server";
import { staffFormat } from "@/lib/format/staff-format";

const locale = vi.hoisted(() => ({ current: "nl" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => locale.current }));
vi.mock("next-intl", () => ({ useLocale: () => locale.current }));

const nl = staffFormat("nl");
const en = staffFormat("en");
// Intl puts a no-break space between the euro sign and a Dutch amount.
const NBSP = "\u00a0";

/** Runs `check` with the process in a far-away time zone, so a result cannot lean on the server's zone. */
function inZone(zone: string, check: () => void) {
  const original = process.env.TZ;
  try {
    process.env.TZ = zone;
    check();
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

describe("the staff formatting kit", () => {
  // Friday 4 December 2026, 10:30 in Amsterdam (winter time, UTC+1).
  const moment = new Date("2026-12-04T09:30:00Z");

  it("formats a moment on the Amsterdam calendar and clock", () => {
    expect(nl.date(moment)).toBe("4 dec. 2026");
    expect(en.date(moment)).toBe("4 Dec 2026");
    expect(nl.date(moment, "EEEE d MMMM, HH:mm")).toBe("vrijdag 4 december, 10:30");
    expect(nl.dateTime(moment)).toBe("4 dec. 2026 10:30");
    expect(en.dateTime(moment)).toBe("4 Dec 2026 10:30");
    expect(nl.longDate(moment)).toBe("vrijdag 4 december 2026");
    expect(en.longDate(moment)).toBe("Friday 4 December 2026");
    expect(nl.time(moment)).toBe("10:30");
    expect(en.time(moment)).toBe("10:30");
  });

  it("puts a moment late on New Year's Eve in UTC on New Year's Day in Amsterdam", () => {
    const lateUtc = new Date("2026-12-31T23:30:00Z");
    expect(nl.date(lateUtc)).toBe("1 jan. 2027");
    expect(en.dateTime(lateUtc)).toBe("1 Jan 2027 00:30");
  });

  it("formats a calendar day as that very day, also on the clock-change days and New Year's Eve", () => {
    for (const zone of ["UTC", "Europe/Amsterdam", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
      inZone(zone, () => {
        expect(nl.day("2026-03-29")).toBe("29 maart 2026");
        expect(en.day("2026-03-29")).toBe("29 March 2026");
        expect(nl.day("2026-10-25", "EEEE d MMMM yyyy")).toBe("zondag 25 oktober 2026");
        expect(en.day("2026-10-25", "EEEE d MMMM yyyy")).toBe("Sunday 25 October 2026");
        expect(nl.day("2026-12-31", "EEEE d MMM yyyy")).toBe("donderdag 31 dec. 2026");
        expect(en.day("2026-12-31", "EEEE d MMM yyyy")).toBe("Thursday 31 Dec 2026");
      });
  });

  it("formats a calendar month", () => {
    expect(nl.month("2026-12")).toBe("december 2026");
    expect(en.month("2026-12")).toBe("December 2026");
    expect(nl.month("2026-03", "MMM yyyy")).toBe("mrt. 2026");
    expect(en.month("2026-03", "MMM yyyy")).toBe("Mar 2026");
  });

  it("formats euro cents", () => {
    expect(nl.euro(123456)).toBe(`€${NBSP}1.234,56`);
    expect(en.euro(123456)).toBe("€1,234.56");
    expect(nl.euro(5)).toBe(`€${NBSP}0,05`);
    expect(en.euro(-60000)).toBe("-€600.00");
  });

  it("formats a duration in words and as on a clock", () => {
    expect([0, 1, 45, 60, 61, 125].map((minutes) => nl.minutes(minutes))).toEqual([
      "0 minuten",
      "1 minuut",
      "45 minuten",
      "1 uur",
      "1 uur en 1 minuut",
      "2 uur en 5 minuten",
    ]);
    expect([0, 1, 45, 60, 61, 125].map((minutes) => en.minutes(minutes))).toEqual([
      "0 minutes",
      "1 minute",
      "45 minutes",
      "1 hour",
      "1 hour 1 minute",
      "2 hours 5 minutes",
    ]);
    expect(nl.minutes(60_005)).toBe("1.000 uur en 5 minuten");
    expect(en.minutes(60_005)).toBe("1,000 hours 5 minutes");
    expect(nl.minutes(125, "clock")).toBe("2:05");
    expect(en.minutes(45, "clock")).toBe("0:45");
  });

  it("picks the name of a record in the staff language", () => {
    const domain = { nameNl: "Huur en wonen", nameEn: "Housing and rent" };
    expect(nl.name(domain)).toBe("Huur en wonen");
    expect(en.name(domain)).toBe("Housing and rent");
    expect(en.name({ nameNl: null, nameEn: null })).toBeNull();
  });

  it("names roles and kinds of advisor", () => {
    expect((["HOST", "ADVISOR", "COORDINATOR", "ADMIN"] as const).map((role) => nl.role(role))).toEqual([
      "Gastvrouw/gastheer",
      "Adviseur",
      "Coördinator",
      "Beheerder",
    ]);
    expect((["HOST", "ADVISOR", "COORDINATOR", "ADMIN"] as const).map((role) => en.role(role))).toEqual([
      "Host",
      "Advisor",
      "Coordinator",
      "Administrator",
    ]);
    expect(nl.role("ADVISOR", "PROFESSIONAL")).toBe("Adviseur (Professional)");
    expect(en.role("ADVISOR", "VOLUNTEER")).toBe("Advisor (Volunteer)");
    expect(nl.role("ADVISOR", "VOLUNTEER", "comma")).toBe("Adviseur, Vrijwilliger");
    expect(en.role("ADVISOR", "PROFESSIONAL", "comma")).toBe("Advisor, Professional");
    expect(nl.role("COORDINATOR", null, "comma")).toBe("Coördinator");
    expect(nl.advisorKind("VOLUNTEER")).toBe("Vrijwilliger");
    expect(en.advisorKind("PROFESSIONAL")).toBe("Professional");
    expect(nl.advisor({ name: "Henk Kamphorst", advisorKind: "VOLUNTEER" })).toBe("Henk Kamphorst (Vrijwilliger)");
    expect(en.advisor({ name: "Henk Kamphorst", advisorKind: "VOLUNTEER" })).toBe("Henk Kamphorst (Volunteer)");
    expect(en.advisor({ name: "Anna de Vries", advisorKind: null })).toBe("Anna de Vries");
  });

  it("joins a list with 'and' or with commas only", () => {
    expect(nl.list(["huur", "schulden", "toeslagen"])).toBe("huur, schulden en toeslagen");
    expect(en.list(["rent", "debts", "benefits"])).toBe("rent, debts and benefits");
    expect(nl.list(["huur", "schulden"])).toBe("huur en schulden");
    expect(nl.list(["huur", "schulden", "toeslagen"], "comma")).toBe("huur, schulden, toeslagen");
    expect(en.list(["rent", "debts"], "comma")).toBe("rent, debts");
    expect(nl.list(["huur", "schulden"], "comma")).toBe("huur, schulden");
    expect(en.list(["rent"])).toBe("rent");
    expect(nl.list([], "comma")).toBe("");
  });
});

describe("the kit's entry points", () => {
  beforeEach(() => {
    locale.current = "nl";
  });

  it("answers in the request's staff language on the server", async () => {
    locale.current = "en";
    expect((await getStaffFormat()).role("HOST")).toBe("Host");
    locale.current = "nl";
    expect((await getStaffFormat()).locale).toBe("nl");
  });

  it("answers in the page's language in a component", () => {
    locale.current = "en";
    expect(useStaffFormat().longDate(new Date("2026-12-04T09:30:00Z"))).toBe("Friday 4 December 2026");
  });

  it("falls back to Dutch for a language staff screens do not have", async () => {
    locale.current = "tr";
    expect((await getStaffFormat()).locale).toBe("nl");
    expect(useStaffFormat().locale).toBe("nl");
  });
});
