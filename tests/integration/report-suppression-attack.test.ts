// "No suppressed cell can be worked out from totals and the other cells": every report and export
// with counts is made on the demo data of all three libraries and on three libraries of the scale
// data set, for several periods, and an attacker who knows what adds up to what (written down here
// from the reports' definitions, not taken from the code that suppresses) narrows every hidden
// count with all of those sums at once (lib/reports/suppression.ts's recoverableCounts, itself
// checked by brute force in the unit test). Not one "<5" or "x" may come out as a single number.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { amsterdamDayRange } from "@/lib/dates";
import { db } from "@/lib/db";
import { getMonitoringFigures, type MonitoringFigures } from "@/lib/reports/monitoring";
import { getNationalExport, type NationalRow } from "@/lib/reports/national-export";
import { recoverableCounts, type Line, type ReportCell } from "@/lib/reports/suppression";
import { getSignalReport } from "@/lib/signals/report";
import { seedDemoData } from "../../scripts/seed";
import { SCALE_SLUG_PREFIX, seedScale } from "../../scripts/seed-scale";
import { actorOf } from "../support/factories";

const TODAY = new Date("2026-11-28T10:00:00Z");
const PERIODS = [
  {},
  { from: "2026-09-01", to: "2026-11-28" },
  { from: "2026-11-01", to: "2026-11-28" },
  { from: "2026-06-01", to: "2026-06-30" },
];

/** A report as the attacker reads it: named cells and the sums it knows between them. */
class Table {
  readonly cells = new Map<string, ReportCell>();
  readonly lines: Line<string>[] = [];

  /**
   * A count under a name; a count shown in two places is one cell, and must read the same in both.
   * Absent is none (0); null is a count not shown (withheld), which the attacker does not know.
   */
  cell(key: string, value: ReportCell | number | null | undefined): string | null {
    if (value === null) return null;
    const cell = value ?? 0;
    const known = this.cells.get(key);
    if (known !== undefined) expect(cell, `${key} reads differently in two places`).toEqual(known);
    this.cells.set(key, cell);
    return key;
  }

  /** A sum the attacker knows; a count not shown in it leaves an unknown rest, an unknown total no sum. */
  sum(cells: (string | null)[], total: string | null, rest = false) {
    // A name the report never showed a count under is one of those not shown.
    const shown = (key: string | null): key is string => key !== null && this.cells.has(key);
    if (!shown(total)) return;
    const known = cells.filter(shown);
    this.lines.push({ cells: known, total, rest: rest || known.length < cells.length });
  }

  /** The hidden cells that come out as one number. */
  recovered(): string[] {
    return recoverableCounts(this.cells, this.lines);
  }
}

/** The monitoring figures: each table's rows add up to its total, and these to each other. */
function readMonitoring(figures: MonitoringFigures, into = new Table()): Table {
  const table = into;
  // A table shown without its breakdown (withheld: no rows, or none of a fixed list) adds no sum.
  const rowsOf = (
    name: string,
    part: { rows: { code: string; count: ReportCell }[]; total: ReportCell | null },
    fixed = false,
  ) => {
    const total = table.cell(`${name}`, part.total);
    if (part.rows.length === 0 && (fixed || typeof part.total !== "number" || part.total > 0)) return;
    table.sum(
      part.rows.map((row) => table.cell(`${name}.${row.code}`, row.count)),
      total,
    );
  };
  rowsOf("contacts", figures.contacts, true);
  rowsOf("clients", figures.clients, true);
  rowsOf("questions", figures.questions, true);
  rowsOf("visits", figures.visits, true);
  rowsOf("actions", figures.actions);
  rowsOf("otherParties", figures.otherParties);
  // Every dossier opened in the period has one other party, typed or none.
  table.sum(["otherParties"], "questions.DOSSIER");
  rowsOf("referralsIn", figures.referralsIn);
  rowsOf("referralsOut", figures.referralsOut);
  rowsOf("outcomes", figures.outcomes);
  // Appointments per way they were booked; those held or missed, with and without a reminder, and
  // their no-shows: parts of the visits table (a no-show is a visit too, a walk-in's as well).
  rowsOf("appointments", figures.appointments, true);
  // The split has no total row: the attacker adds the groups up when both are shown exactly.
  for (const measure of ["appointments", "noShows"] as const) {
    const parts = figures.reminders.map((row) => {
      table.cell(`reminders.${measure}.${row.kind}`, row[measure]);
      return row[measure];
    });
    if (parts.every((part) => typeof part === "number"))
      table.cell(
        `reminders.${measure}`,
        parts.reduce<number>((sum, part) => sum + (part as number), 0),
      );
  }
  table.sum(["visits.APPOINTMENT", "reminders.noShows"], "reminders.appointments");
  table.sum(["reminders.noShows"], "visits.NO_SHOW", true);
  for (const row of figures.reminders)
    table.sum([`reminders.noShows.${row.kind}`], `reminders.appointments.${row.kind}`, true);
  table.sum(["reminders.appointments"], "appointments", true);
  // The waiting list: entries per way, offers per answer; counted by when they happened, so they add
  // up to nothing elsewhere.
  rowsOf("waitingList", figures.waitingList, true);
  rowsOf("waitingListOffers", figures.waitingListOffers, true);
  // Walk-ins and appointments held are the contacts that are visits (both count finished visits).
  const held = ["WALK_IN", "APPOINTMENT"].filter((code) => table.cells.has(`visits.${code}`));
  if (table.cells.has("contacts.VISIT"))
    table.sum(
      held.map((code) => `visits.${code}`),
      "contacts.VISIT",
    );
  table.sum([table.cell("solvedWithoutReferral", figures.outcomes.solvedWithoutReferral)], "outcomes", true);
  // Legal domains: the top levels add up to all questions (the same number as the questions' total).
  const domains = table.cell("domains", figures.legalDomains.total);
  table.sum([domains], "questions");
  table.sum(["questions"], domains);
  table.sum(
    figures.legalDomains.top.map((row) => table.cell(`domain.${row.code}`, row.count)),
    domains,
  );
  // Under each top level: its sub-domains and the questions filed at the top level itself.
  for (const top of figures.legalDomains.top) {
    const below = figures.legalDomains.sub.filter(
      (row) => row.parentCode === top.code || (row.parentCode === null && row.code === top.code),
    );
    if (below.length)
      table.sum(
        below.map((row) => table.cell(`sub.${top.code}.${row.code}`, row.count)),
        `domain.${top.code}`,
      );
  }
  const waits = new Map(figures.waitingTimes.map((row) => [row.kind, row.observations]));
  table.sum(
    [...waits].filter(([kind]) => kind !== "ALL").map(([kind, count]) => table.cell(`wait.${kind}`, count)),
    table.cell("wait.ALL", waits.get("ALL")),
  );
  // The reach: the visits per location add up to the contacts that are visits, and each split of
  // the period's clients (age, language, postcode area, how they heard) to all clients.
  const splitOf = (name: string, part: MonitoringFigures["reach"]["postcodeAreas"], total: string) => {
    const key = table.cell(total, part.total);
    if (part.rows.length > 0)
      table.sum(
        part.rows.map((row) => table.cell(`${name}.${row.code}`, row.count)),
        key,
      );
  };
  const { reach } = figures;
  splitOf("location", reach.locations, "contacts.VISIT");
  splitOf("age", reach.ageBands, "clients");
  splitOf("language", reach.languages, "clients");
  splitOf("postcode", reach.postcodeAreas, "clients");
  splitOf("channel", reach.channels, "clients");
  table.sum(
    figures.months.map((month) => table.cell(`month.${month.month}.contacts`, month.contacts)),
    "contacts",
  );
  table.sum(
    figures.months.map((month) => table.cell(`month.${month.month}.questions`, month.questions)),
    "questions",
  );
  return table;
}

/**
 * The national export beside the monitoring figures of the same period, read as one document: its
 * domain rows are the monitoring figures' own counts under the same names.
 */
function readNational(rows: NationalRow[], table: Table) {
  const section = (name: string) => rows.filter((row) => row.onderdeel === name && row.eenheid === "aantal");
  const categories = section("juridisch_loket");
  table.sum(
    categories.map((row) => table.cell(`category.${row.code}`, row.waarde)),
    "questions",
  );
  // Rechtsgebied: a top level, the questions at the top level itself ("…zonder-subgebied"), its
  // sub-levels; every top level and "onbekend" together are all questions.
  const domains = section("rechtsgebied");
  const tops = domains.filter((row) => !row.code.includes("."));
  const topKey = (code: string) => `domain.${code === "onbekend" ? null : code}`;
  const belowKey = (top: string, code: string) => `sub.${top}.${code === `${top}.zonder-subgebied` ? top : code}`;
  table.sum(
    tops.map((row) => table.cell(topKey(row.code), row.waarde)),
    "questions",
  );
  const lowest: { key: string; category: string }[] = [];
  for (const top of tops) {
    const below = domains.filter((row) => row.code.startsWith(`${top.code}.`));
    if (below.length) {
      table.sum(
        below.map((row) => table.cell(belowKey(top.code, row.code), row.waarde)),
        topKey(top.code),
      );
      for (const row of below)
        lowest.push({ key: belowKey(top.code, row.code), category: row.juridisch_loket_categorie || "onbekend" });
    } else lowest.push({ key: topKey(top.code), category: top.juridisch_loket_categorie || "onbekend" });
  }
  // A category is the sum of the lowest domains that belong to it.
  for (const category of categories)
    table.sum(
      lowest.filter((row) => row.category === category.code).map((row) => row.key),
      `category.${category.code}`,
    );
  return section("signalen");
}

let coordinators: Actor[];

beforeAll(async () => {
  await seedDemoData(db, { today: TODAY });
  const users = await db.user.findMany({
    where: { roles: { has: "COORDINATOR" }, organisation: { slug: { in: ["hengelo", "venray", "mar-en-fean"] } } },
  });
  coordinators = users.map(actorOf);
}, 180_000);

/** The monitoring figures and the national export of each period, read together; the hidden cells tried. */
async function attackMonitoring(actors: Actor[]): Promise<number> {
  let hidden = 0;
  for (const actor of actors)
    for (const period of PERIODS) {
      const figures = await getMonitoringFigures(actor, period, TODAY);
      const national = await getNationalExport(actor, period, TODAY);
      if (!figures.ok || !national.ok) throw new Error("The periods are valid.");
      const table = readMonitoring(figures.value);
      readNational(national.value.rows, table);
      hidden += [...table.cells.values()].filter((cell) => typeof cell === "string").length;
      expect(table.recovered(), `${actor.organisationId} ${JSON.stringify(period)}`).toEqual([]);
    }
  return hidden;
}

describe("an attacker who knows every total", () => {
  it("recovers no hidden count from the monitoring figures and the national export of a period, read together", async () => {
    // The demo data has small counts enough to make this a test of something.
    expect(await attackMonitoring(coordinators)).toBeGreaterThan(20);
  });

  it("recovers no dossier count of the signal report beside the national export's themes, now and the period before", async () => {
    let hidden = 0;
    for (const actor of coordinators)
      for (const period of PERIODS.slice(1) as { from: string; to: string }[]) {
        const report = await getSignalReport(actor, period, TODAY);
        const table = new Table();
        for (const [when, span, column] of [
          ["now", period, "dossiers"],
          ["before", report.previous, "previous"],
        ] as const) {
          const national = await getNationalExport(actor, span, TODAY);
          if (!national.ok) throw new Error("The demo periods are valid.");
          const themes = new Map(
            national.value.rows
              .filter((row) => row.onderdeel === "signalen")
              .map((row) => [row.code, table.cell(`${when}.theme.${row.code}`, row.waarde)]),
          );
          // A theme's rows add up to its total unless a dossier sits under two of its other parties;
          // the attacker is given the sum wherever it holds in the data. The rows of the period
          // before that are not shown now are the rest.
          const links = await db.signalDossier.findMany({
            where: {
              signal: { organisationId: actor.organisationId },
              addedAt: { gte: amsterdamDayRange(span.from).start, lt: amsterdamDayRange(span.to).end },
            },
            select: { caseId: true, signal: { select: { theme: true, otherParty: { select: { name: true } } } } },
          });
          for (const [theme, total] of themes) {
            const ofTheme = links.filter((link) => link.signal.theme === theme);
            const perParty = new Set(ofTheme.map((link) => `${link.signal.otherParty.name}\u0000${link.caseId}`));
            const union = new Set(ofTheme.map((link) => link.caseId));
            if (perParty.size !== union.size) continue;
            table.sum(
              report.rows
                .filter((row) => row.theme === theme)
                .map((row) => table.cell(`${when}.row.${row.otherParty}.${theme}`, row[column])),
              total,
              when === "before",
            );
          }
        }
        // "Gelijk" says a row's two periods hold the same number.
        for (const row of report.rows.filter((candidate) => candidate.trend === "same"))
          table.sum(
            [table.cell(`now.row.${row.otherParty}.${row.theme}`, row.dossiers)],
            table.cell(`before.row.${row.otherParty}.${row.theme}`, row.previous),
          );
        hidden += report.rows.filter((row) => typeof row.dossiers === "string").length;
        expect(table.recovered(), `${actor.organisationId} ${period.from}`).toEqual([]);
      }
    expect(hidden).toBeGreaterThan(0);
  });
});

describe("an attacker who knows every total, on the scale data", () => {
  let scaleCoordinators: Actor[];

  beforeAll(async () => {
    // Three libraries of the national data set (npm run seed:scale), a year each: larger counts
    // than the demo's, and more postcode areas, locations and partners to split them over.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    try {
      await seedScale(pool, { organisations: 3, historyDays: 365, seed: 21, today: TODAY });
    } finally {
      await pool.end();
    }
    const users = await db.user.findMany({
      where: { roles: { has: "COORDINATOR" }, organisation: { slug: { startsWith: SCALE_SLUG_PREFIX } } },
    });
    scaleCoordinators = users.map(actorOf);
    expect(scaleCoordinators).toHaveLength(3);
  }, 300_000);

  it("recovers no hidden count from the monitoring figures and the national export of a period, read together", async () => {
    expect(await attackMonitoring(scaleCoordinators)).toBeGreaterThan(20);
  });
});
