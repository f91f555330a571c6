// The retention job: clients whose last contact is older than their organisation's retention
// period are anonymised, per organisation, with a dry run that writes nothing and statistics
// that stay exactly as they were.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { JOB_LOCKS, withJobLock } from "@/lib/jobs/lock";
import { ANONYMISED_NAME } from "@/lib/privacy/anonymise";
import { applyRetention, describeRetention } from "@/lib/privacy/retention";
import { RETENTION_OUT_OF_RANGE } from "@/lib/privacy/schema";
import { setRetentionMonths } from "@/lib/privacy/set-retention";
import { getCostBenefitOverview } from "@/lib/reports/cost-benefit-overview";
import { getHoursReport } from "@/lib/reports/hours";
import { getMonitoringFigures } from "@/lib/reports/monitoring";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW } from "../support/desk-fixture";
import { createClientHistory, everythingAbout, SECRETS } from "../support/privacy-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let clients: Record<
  "expired" | "closed23MonthsAgo" | "stillOpen" | "oldVisitOnly" | "bookedAhead" | "bWithin36" | "bExpired",
  string
>;
let expiredHistory: Awaited<ReturnType<typeof createClientHistory>>;

const FORBIDDEN = "refusals.auth.forbidden";

/** A client who only ever came to the desk once, without a case. */
async function visitOnly(library: Library, day: string, status: "DONE" | "BOOKED") {
  const client = await db.client.create({
    data: {
      organisationId: library.organisation.id,
      displayName: SECRETS.name,
      phone: SECRETS.phone,
      createdAt: amsterdamMoment(day, 500),
    },
  });
  await db.visit.create({
    data: {
      organisationId: library.organisation.id,
      locationId: library.location.id,
      clientId: client.id,
      kind: status === "DONE" ? "WALK_IN" : "APPOINTMENT",
      status,
      arrivedAt: status === "DONE" ? amsterdamMoment(day, 600) : null,
      startedAt: status === "DONE" ? amsterdamMoment(day, 605) : null,
      plannedStartsAt: status === "BOOKED" ? amsterdamMoment("2026-12-08", 600) : null,
      createdAt: amsterdamMoment(day, 600),
    },
  });
  return client.id;
}

// NOW is 1 December 2026; with the default 24 months the cut-off day is 1 December 2024.
beforeAll(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  await db.organisation.update({ where: { id: b.organisation.id }, data: { retentionMonths: 36 } });
  expiredHistory = await createClientHistory(a, { day: "2024-10-01", closedDay: "2024-11-15" });
  clients = {
    expired: expiredHistory.clientId,
    closed23MonthsAgo: (await createClientHistory(a, { day: "2024-10-01", closedDay: "2025-01-01" })).clientId,
    stillOpen: (await createClientHistory(a, { day: "2024-01-10", closedDay: null })).clientId,
    oldVisitOnly: await visitOnly(a, "2024-06-03", "DONE"),
    bookedAhead: await visitOnly(a, "2024-06-03", "BOOKED"),
    bWithin36: (await createClientHistory(b, { day: "2024-10-01", closedDay: "2024-11-15" })).clientId,
    bExpired: (await createClientHistory(b, { day: "2023-09-01", closedDay: "2023-10-02" })).clientId,
  };
});

async function snapshot() {
  const rows = await Promise.all(Object.values(clients).map((id) => everythingAbout(id)));
  return { rows, audit: await db.auditEvent.count(), contents: await db.documentContent.count() };
}

async function statistics(library: Library) {
  const period = { from: "2023-01-01", to: "2025-12-31" };
  const monitoring = await getMonitoringFigures(library.coordinator, period, NOW);
  const hours = await getHoursReport(
    library.coordinator,
    { fromWeek: "2024-09-30", toWeek: "2024-11-17" },
    { now: NOW },
  );
  const costBenefit = await getCostBenefitOverview(library.coordinator, period, NOW);
  // The one intended difference: an anonymised client's language was cleared (it can tell where
  // someone comes from), so the reach counts it as not known; the split's total stays.
  if (monitoring.ok) monitoring.value.reach.languages.rows = [];
  return JSON.parse(JSON.stringify({ monitoring, hours, costBenefit })) as unknown;
}

const anonymised = async (id: string) => (await db.client.findUniqueOrThrow({ where: { id } })).anonymisedAt !== null;

describe("the retention job", () => {
  it("runs in order: a dry run that writes nothing, the real run, and an idempotent second run", async () => {
    const before = await snapshot();
    const statisticsBefore = { a: await statistics(a), b: await statistics(b) };
    expect(JSON.stringify(statisticsBefore.a)).toContain("420000");

    // The dry run reports exactly what the real run will do, and changes nothing.
    const dryRun = await applyRetention({ now: NOW, dryRun: true });
    const ours = (report: typeof dryRun) =>
      [a, b].map((library) => report.organisations.find((org) => org.organisation === library.organisation.slug));
    expect(ours(dryRun)).toEqual([
      {
        organisation: a.organisation.slug,
        retentionMonths: 24,
        cutOffDay: "2024-12-01",
        clients: 2,
        cases: 2,
        documents: 1,
      },
      {
        organisation: b.organisation.slug,
        retentionMonths: 36,
        cutOffDay: "2023-12-01",
        clients: 1,
        cases: 2,
        documents: 1,
      },
    ]);
    expect(await snapshot()).toEqual(before);
    expect(describeRetention(dryRun)).toMatch(/^\[retention\] proefdraai, niets gewijzigd: /);

    const run = await applyRetention({ now: NOW });
    expect(ours(run)).toEqual(ours(dryRun));
    expect(run.dryRun).toBe(false);

    for (const id of [clients.expired, clients.oldVisitOnly, clients.bExpired]) {
      expect(await anonymised(id)).toBe(true);
      const left = await everythingAbout(id);
      for (const secret of Object.values(SECRETS)) expect(left).not.toContain(secret);
    }
    expect((await db.client.findUniqueOrThrow({ where: { id: clients.expired } })).displayName).toBe(ANONYMISED_NAME);
    expect(await db.documentContent.count({ where: { storageKey: expiredHistory.storageKey } })).toBe(0);
    // A dossier closed 23 months ago, an open one, a booked visit, and another library's longer period: untouched.
    for (const id of [clients.closed23MonthsAgo, clients.stillOpen, clients.bookedAhead, clients.bWithin36]) {
      expect(await anonymised(id)).toBe(false);
      expect(await everythingAbout(id)).toContain(SECRETS.phone);
    }
    const audit = await db.auditEvent.findMany({
      where: { action: "client.anonymise", clientId: { in: Object.values(clients) } },
    });
    expect(
      audit.map((event) => [event.clientId, event.actorId, (event.details as { reason: string }).reason]).sort(),
    ).toEqual([clients.expired, clients.oldVisitOnly, clients.bExpired].map((id) => [id, null, "retention"]).sort());
    expect(audit.find((event) => event.clientId === clients.bExpired)?.organisationId).toBe(b.organisation.id);

    expect({ a: await statistics(a), b: await statistics(b) }).toEqual(statisticsBefore);

    const afterFirst = await snapshot();
    const second = await applyRetention({ now: NOW });
    expect(ours(second).map((org) => [org?.clients, org?.cases, org?.documents])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(await snapshot()).toEqual(afterFirst);
  });

  it("does not run twice at the same time: a second process skips while the lock is held", async () => {
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [JOB_LOCKS.retention]);
      expect(await withJobLock(JOB_LOCKS.retention, async () => "ran")).toBeNull();
      // The retention lock does not hold up the other jobs: each job has a key of its own.
      expect(await withJobLock(JOB_LOCKS.reminders, async () => "ran")).toBe("ran");
      await holder.query("SELECT pg_advisory_unlock($1)", [JOB_LOCKS.retention]);
      expect(await withJobLock(JOB_LOCKS.retention, async () => "ran")).toBe("ran");
    } finally {
      await holder.end();
    }
  });
});

/** An entry of the client on the library's waiting list, open or closed, with its consent as the desk records it. */
async function onWaitingList(
  library: Library,
  clientId: string,
  { day, closedDay }: { day: string; closedDay: string | null },
) {
  const closedAt = closedDay ? amsterdamMoment(closedDay, 600) : null;
  await db.consent.create({
    data: {
      organisationId: library.organisation.id,
      clientId,
      purpose: "WAITING_LIST",
      givenAt: amsterdamMoment(day, 600),
      withdrawnAt: closedAt,
      scope: "Naam en telefoonnummer bewaren zolang de cliënt op de wachtlijst staat",
    },
  });
  return db.waitingListEntry.create({
    data: {
      organisationId: library.organisation.id,
      locationId: library.location.id,
      clientId,
      addedVia: "DESK",
      note: SECRETS.name,
      createdAt: amsterdamMoment(day, 600),
      until: dateColumn(addCalendarDays(day, 28)),
      closedAt,
      closedReason: closedAt ? "EXPIRED" : null,
    },
  });
}

describe("the retention job and the waiting list", () => {
  it("spares a client who waits now or waited within the period, and clears one who only waited long ago", async () => {
    const c = await createDeskLibrary(`Bibliotheek C ${Math.random()}`);
    // Known for years, with an old visit only, and on the list today with a half hour offered.
    const waitingNow = await visitOnly(c, "2024-06-03", "DONE");
    const open = await onWaitingList(c, waitingNow, { day: "2026-11-24", closedDay: null });
    const slot = await db.slot.findFirstOrThrow({
      where: { sessionId: c.session.id, startsAt: { gt: NOW } },
      orderBy: { startsAt: "desc" },
    });
    await db.slotOffer.create({
      data: {
        organisationId: c.organisation.id,
        entryId: open.id,
        slotId: slot.id,
        offeredAt: NOW,
        expiresAt: new Date(NOW.getTime() + 60 * 60_000),
      },
    });
    // The same, but their last wait ended two months ago: a contact within the 24 months.
    const waitedRecently = await visitOnly(c, "2024-06-03", "DONE");
    await onWaitingList(c, waitedRecently, { day: "2026-09-01", closedDay: "2026-09-29" });
    // Only ever on the waiting list, two years and more ago: no visit, no dossier.
    const waitedLongAgo = (
      await db.client.create({
        data: {
          organisationId: c.organisation.id,
          displayName: SECRETS.name,
          phone: SECRETS.phone,
          createdAt: amsterdamMoment("2024-09-02", 600),
        },
      })
    ).id;
    const longAgo = await onWaitingList(c, waitedLongAgo, { day: "2024-09-02", closedDay: "2024-09-30" });

    const dryRun = await applyRetention({ now: NOW, dryRun: true });
    expect(dryRun.organisations.find((org) => org.organisation === c.organisation.slug)).toMatchObject({
      cutOffDay: "2024-12-01",
      clients: 1,
    });
    await applyRetention({ now: NOW });

    expect(await anonymised(waitedLongAgo)).toBe(true);
    // Counted like a visit: the place stays, without the desk's note that named them.
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: longAgo.id } })).toMatchObject({
      clientId: waitedLongAgo,
      note: null,
      closedReason: "EXPIRED",
    });
    const left = await everythingAbout(waitedLongAgo);
    for (const secret of Object.values(SECRETS)) expect(left).not.toContain(secret);
    for (const id of [waitingNow, waitedRecently]) {
      expect(await anonymised(id)).toBe(false);
      expect(await everythingAbout(id)).toContain(SECRETS.phone);
    }
    // The list keeps them, and the half hour stays offered to someone who is still known.
    expect(await db.waitingListEntry.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ closedAt: null });
    expect(await db.slotOffer.count({ where: { entryId: open.id } })).toBe(1);
  });
});

describe("setting the retention period", () => {
  it("lets the admin set 6 to 120 months for the own organisation only, and audits a change", async () => {
    expect(await setRetentionMonths(a.admin, { months: "36" })).toEqual({ ok: true, value: { changed: true } });
    expect(await setRetentionMonths(a.admin, { months: 36 })).toEqual({ ok: true, value: { changed: false } });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: a.organisation.id } })).retentionMonths).toBe(36);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: b.organisation.id } })).retentionMonths).toBe(36);
    expect(await setRetentionMonths(b.admin, { months: 6 })).toMatchObject({ ok: true });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: a.organisation.id } })).retentionMonths).toBe(36);
    expect(
      await db.auditEvent.count({ where: { action: "organisation.retention", entityId: a.organisation.id } }),
    ).toBe(1);
  });

  it("refuses other roles and a period out of bounds with a Dutch message, and changes nothing", async () => {
    const before = (await db.organisation.findUniqueOrThrow({ where: { id: a.organisation.id } })).retentionMonths;
    for (const months of [5, 121, 0, -12, 24.5, "", "twee jaar", null, undefined, "1e9"]) {
      expect(await setRetentionMonths(a.admin, { months })).toEqual({
        ok: false,
        error: INVALID_INPUT,
        fieldErrors: { months: [RETENTION_OUT_OF_RANGE] },
      });
    }
    for (const actor of [a.host, a.advisors[0], a.coordinator])
      expect(await setRetentionMonths(actor, { months: 12 })).toEqual({ ok: false, error: FORBIDDEN });
    // The database holds the same bounds, whoever writes.
    for (const months of [5, 121])
      await expect(
        db.organisation.update({ where: { id: a.organisation.id }, data: { retentionMonths: months } }),
      ).rejects.toThrow(/Organisation_retention_months/);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: a.organisation.id } })).retentionMonths).toBe(
      before,
    );
  });
});
