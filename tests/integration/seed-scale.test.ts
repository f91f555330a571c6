// The scale generator (issue 8) on a small run: two libraries, six weeks. The same seed gives the
// same data (counts and checksum) in a second, separate database, and every row passed the
// database's own rules on the way in (they are checked by PostgreSQL, not by the generator).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { seedScale, type ScaleOptions, type ScaleSummary } from "../../scripts/seed-scale";

const options: ScaleOptions = { organisations: 2, historyDays: 42, seed: 7, today: new Date("2026-11-24T12:00:00Z") };

const { url, template } = inject("database");
const admin = new pg.Client({ connectionString: url });
const secondName = `test_scale_${randomBytes(6).toString("hex")}`;
const thirdName = `test_scale_${randomBytes(6).toString("hex")}`;
let first: pg.Pool;
let second: pg.Pool;
let third: pg.Pool;
let firstRun: ScaleSummary;
let secondRun: ScaleSummary;

beforeAll(async () => {
  await admin.connect();
  const clone = async (name: string) => {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
    const cloneUrl = new URL(url);
    cloneUrl.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: cloneUrl.toString(), max: 2 });
    // pool.end() can resolve before a client's socket has closed; DROP … WITH (FORCE) in afterAll
    // then ends that session, which is expected and must not surface as an uncaught error.
    pool.on("error", () => {});
    return pool;
  };
  first = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  second = await clone(secondName);
  third = await clone(thirdName);
  firstRun = await seedScale(first, options);
  secondRun = await seedScale(second, options);
}, 120_000);

afterAll(async () => {
  await Promise.all([first.end(), second.end(), third.end()]);
  for (const name of [secondName, thirdName])
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await admin.end();
});

const count = async (pool: pg.Pool, sql: string) => Number((await pool.query(sql)).rows[0].count);

describe("scale data set", () => {
  it("is the same for the same seed: counts and checksum", async () => {
    expect(secondRun.rows).toEqual(firstRun.rows);
    expect(secondRun.checksum).toBe(firstRun.checksum);
    for (const table of ["Visit", "Case", "Slot", "TimeEntry", "AuditEvent"]) {
      expect(await count(first, `SELECT count(*) FROM "${table}"`)).toBe(firstRun.rows[table]);
      expect(await count(second, `SELECT count(*) FROM "${table}"`)).toBe(firstRun.rows[table]);
    }
    expect(firstRun.rows.Visit).toBeGreaterThan(50);
  });

  it("differs for another seed", async () => {
    const other = await seedScale(third, { ...options, seed: 8 });
    expect(other.checksum).not.toBe(firstRun.checksum);
  }, 60_000);

  it("keeps the rules: one visit per slot, no overlapping slots per advisor, closed cases with an outcome", async () => {
    expect(
      await count(
        first,
        `SELECT count(*) FROM (SELECT "slotId" FROM "Visit" WHERE "slotId" IS NOT NULL GROUP BY 1 HAVING count(*) > 1) d`,
      ),
    ).toBe(0);
    expect(
      await count(
        first,
        `SELECT count(*) FROM "Slot" a JOIN "Slot" b ON a."advisorId" = b."advisorId" AND a.id < b.id AND tstzrange(a."startsAt", a."endsAt") && tstzrange(b."startsAt", b."endsAt")`,
      ),
    ).toBe(0);
    expect(
      await count(
        first,
        `SELECT count(*) FROM "Case" WHERE status = 'CLOSED' AND (outcome IS NULL OR "closedAt" IS NULL)`,
      ),
    ).toBe(0);
    // The constraints are really there and were not switched off for the bulk load.
    const constraints = (
      await first.query(
        `SELECT conname FROM pg_constraint WHERE conname IN ('Slot_advisor_no_overlap', 'Slot_at_most_half_hour', 'TimeEntry_minutes') AND convalidated`,
      )
    ).rows;
    expect(constraints).toHaveLength(3);
  });

  it("leaves the audit trail append-only", async () => {
    expect(firstRun.rows.AuditEvent).toBeGreaterThan(0);
    await expect(
      first.query(`UPDATE "AuditEvent" SET action = 'x' WHERE id = (SELECT min(id) FROM "AuditEvent")`),
    ).rejects.toThrow(/append-only/);
    await expect(first.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("refuses to run twice on the same database", async () => {
    await expect(seedScale(first, options)).rejects.toThrow(/already holds a scale data set/);
  });

  it("follows the pilot figures: most questions social security, about 1 in 10 closed cases referred", async () => {
    const domains = await first.query<{ code: string; share: number }>(
      `SELECT split_part(d.code, '.', 1) AS code, count(*)::float / sum(count(*)) OVER () AS share
       FROM "CaseLegalDomain" l JOIN "LegalDomain" d ON d.id = l."legalDomainId" GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(domains.rows[0].code).toBe("sociale-zekerheid");
    const referred = await first.query<{ share: number }>(
      `SELECT (count(*) FILTER (WHERE outcome = 'REFERRED'))::float / count(*) AS share FROM "Case" WHERE status = 'CLOSED'`,
    );
    expect(referred.rows[0].share).toBeGreaterThan(0.02);
    expect(referred.rows[0].share).toBeLessThan(0.2);
  });
});
