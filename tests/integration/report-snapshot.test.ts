import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { figuresWithCells, type CountTable } from "@/lib/reports/monitoring";
import { createDeskLibrary } from "../support/desk-fixture";
import { createClient } from "../support/factories";
import { untilAWriterWaitsForALock } from "../support/lock-wait";

const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };

const countOf = <Code extends string>(table: CountTable<Code>, code: Code) =>
  table.rows.find((row) => row.code === code)?.count;

const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
afterAll(() => holder.end());

describe("the monitoring figures' counts", () => {
  it("are read in one snapshot: a visit that ends while they are read counts in none of them", async () => {
    const library = await createDeskLibrary("Snapshot");
    const client = await createClient(library.organisation.id);
    const walkIn = (day: number, status: "DONE" | "IN_CONVERSATION") => {
      const startedAt = amsterdamMoment(`2026-11-${String(day).padStart(2, "0")}`, 10 * 60);
      return db.visit.create({
        data: {
          organisationId: library.organisation.id,
          locationId: library.location.id,
          clientId: client.id,
          kind: "WALK_IN",
          status,
          arrivedAt: startedAt,
          startedAt,
          endedAt: status === "DONE" ? new Date(startedAt.getTime() + 20 * 60_000) : null,
        },
      });
    };
    for (const day of [2, 3, 4, 5, 6, 9]) await walkIn(day, "DONE");
    const ending = await walkIn(10, "IN_CONVERSATION");

    // The visits per outcome are the third of the figures' statements, and the only one that reads
    // the locations: holding them makes it wait until the visit has ended. A visit that changes
    // only its status takes no lock on its location.
    await holder.connect();
    await holder.query(`BEGIN; LOCK TABLE "Location" IN ACCESS EXCLUSIVE MODE`);
    const reading = figuresWithCells(library.organisation.id, NOVEMBER);
    await untilAWriterWaitsForALock();
    await db.visit.update({
      where: { id: ending.id },
      data: { status: "DONE", endedAt: amsterdamMoment("2026-11-10", 10 * 60 + 20) },
    });
    await holder.query("COMMIT");

    // Read apart, the contacts had 6 visits and the visits 7 walk-ins: a line that does not add up.
    const { figures } = await reading;
    expect(countOf(figures.contacts, "VISIT")).toBe(6);
    expect(countOf(figures.visits, "WALK_IN")).toBe(6);
    const after = (await figuresWithCells(library.organisation.id, NOVEMBER)).figures;
    expect([countOf(after.contacts, "VISIT"), countOf(after.visits, "WALK_IN")]).toEqual([7, 7]);
  });
});
