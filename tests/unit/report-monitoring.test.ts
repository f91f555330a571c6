import { describe, expect, it } from "vitest";
import { countTable, shareOf, shownMinutes } from "@/lib/reports/monitoring";
import { csvValue, monitoringCsv, type FigureTable } from "@/lib/reports/monitoring-export";
import {
  defaultMonitoringPeriod,
  parseMonitoringPeriod,
  periodMonths,
  periodRange,
  PERIOD_MESSAGES,
} from "@/lib/reports/monitoring-period";

const NOW = new Date("2026-12-01T09:10:00Z");

describe("the monitoring period", () => {
  it("is the last twelve months by default: this month so far and the eleven before", () => {
    expect(defaultMonitoringPeriod(NOW)).toEqual({ from: "2026-01-01", to: "2026-12-01" });
    // 31 December 23:30 in Amsterdam is already the next year there.
    expect(defaultMonitoringPeriod(new Date("2026-12-31T23:30:00Z"))).toEqual({ from: "2026-02-01", to: "2027-01-01" });
    expect(parseMonitoringPeriod({ from: "", to: "  " }, NOW)).toEqual({
      ok: true,
      value: { from: "2026-01-01", to: "2026-12-01" },
    });
    expect(parseMonitoringPeriod({ from: "2026-06-01" }, NOW)).toEqual({
      ok: true,
      value: { from: "2026-06-01", to: "2026-12-01" },
    });
  });

  it("refuses days that do not exist, the wrong order and more than three years, per field", () => {
    expect(parseMonitoringPeriod({ from: "2026-02-30", to: "2026-03-01" }, NOW)).toEqual({
      ok: false,
      error: PERIOD_MESSAGES.day,
      fieldErrors: { from: [PERIOD_MESSAGES.day] },
    });
    expect(parseMonitoringPeriod({ from: "1999-01-01", to: "2000-01-01" }, NOW)).toMatchObject({
      ok: false,
      error: PERIOD_MESSAGES.day,
    });
    expect(parseMonitoringPeriod({ from: "2026-03-02", to: "2026-03-01" }, NOW)).toEqual({
      ok: false,
      error: PERIOD_MESSAGES.order,
      fieldErrors: { to: [PERIOD_MESSAGES.order] },
    });
    expect(parseMonitoringPeriod({ from: "2023-03-01", to: "2026-02-28" }, NOW)).toMatchObject({ ok: true });
    expect(parseMonitoringPeriod({ from: "2023-03-01", to: "2026-03-01" }, NOW)).toMatchObject({
      ok: false,
      error: { key: PERIOD_MESSAGES.tooLong, values: { years: 3 } },
    });
    expect(parseMonitoringPeriod({ from: 20260101, to: ["2026-01-02"] }, NOW)).toMatchObject({
      ok: true,
      value: { from: "2026-01-01", to: "2026-12-01" },
    });
  });

  it("runs from midnight on the first day to midnight after the last, in Amsterdam, over a clock change", () => {
    expect(periodRange({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      start: new Date("2026-02-28T23:00:00Z"),
      end: new Date("2026-03-31T22:00:00Z"),
    });
    expect(periodMonths({ from: "2025-11-15", to: "2026-02-01" })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });
});

describe("suppression in the figures", () => {
  it("computes a percentage from exact counts, and hides it when its own count is shown as <5", () => {
    expect(shareOf(33, 100)).toBe(33);
    expect(shareOf(86, 99)).toBe(86.9);
    expect(shareOf(0, 12)).toBe(0);
    expect(shareOf(4, 100)).toBeNull();
    expect(shareOf(5, 0)).toBeNull();
  });

  it("shows a waiting time only with at least five people waiting", () => {
    expect(shownMinutes(7.4, 5)).toBe(7);
    expect(shownMinutes(7.4, 4)).toBeNull();
    expect(shownMinutes(null, 10)).toBeNull();
  });

  it("sorts by count but puts suppressed cells last in a fixed order, so the order gives nothing away", () => {
    const table = countTable(
      new Map([
        ["C", 3],
        ["A", 1],
        ["B", 20],
        ["D", 6],
        ["E", 0],
      ]),
      ["A", "B", "C", "D", "E"],
    );
    expect(table).toEqual({
      rows: [
        { code: "B", count: 20, percent: 66.7 },
        { code: "D", count: 6, percent: 20 },
        { code: "A", count: "<5", percent: null },
        { code: "C", count: "<5", percent: null },
      ],
      total: 30,
    });
    expect(countTable(new Map([["A", 2]]), ["A", "B"], { keepZero: true })).toEqual({
      rows: [
        { code: "A", count: "<5", percent: null },
        { code: "B", count: 0, percent: 0 },
      ],
      total: "<5",
    });
  });
});

describe("the monitoring CSV", () => {
  const table: FigureTable = {
    id: "rechtsgebieden",
    title: "Rechtsgebieden",
    description: "",
    categoryHeader: "Rechtsgebied",
    columns: [
      { key: "aantal", header: "Aantal", unit: "count" },
      { key: "procent", header: "Procent", unit: "percent" },
    ],
    rows: [
      { code: "sociale-zekerheid", label: "Sociale zekerheid", values: { aantal: 33, procent: 33.3 } },
      { code: "belastingrecht", label: "Belastingrecht", values: { aantal: "<5", procent: null } },
      { code: "totaal", label: "Totaal", values: { aantal: 99 }, summary: true },
    ],
    chart: null,
  };

  it("is long: one line per figure, category and measure, decimal commas, empty when not shown, nothing where it does not apply", () => {
    const t = (key: string) =>
      ({
        "csv.figure": "figuur",
        "csv.category": "categorie",
        "csv.label": "omschrijving",
        "csv.measure": "maat",
        "csv.value": "waarde",
      })[key] ?? key;
    expect(monitoringCsv([table], t).split("\r\n")).toEqual([
      "\uFEFFfiguur;categorie;omschrijving;maat;waarde",
      "rechtsgebieden;sociale-zekerheid;Sociale zekerheid;aantal;33",
      "rechtsgebieden;sociale-zekerheid;Sociale zekerheid;procent;33,3",
      "rechtsgebieden;belastingrecht;Belastingrecht;aantal;<5",
      "rechtsgebieden;belastingrecht;Belastingrecht;procent;",
      "rechtsgebieden;totaal;Totaal;aantal;99",
      "",
    ]);
    expect([csvValue(0.75), csvValue(12), csvValue("<5"), csvValue(null)]).toEqual(["0,75", 12, "<5", ""]);
  });
});
