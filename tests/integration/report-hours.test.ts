import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AccessDenied } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { TimeKind } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { getHoursReport, type HoursReport } from "@/lib/reports/hours";
import { exportHoursReport } from "@/lib/reports/hours-export";
import type { Translate } from "@/lib/reports/hours-format";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { TIME_KINDS } from "@/lib/time/plan";
import { DEMO_USERS, seedDemoData } from "../../scripts/seed";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

// ISO week 2026-W48 runs from Monday 23 to Sunday 29 November 2026; W47 and W49 are its neighbours.
const W48 = { from: "2026-11-23", end: "2026-11-30" };
const NOW = amsterdamMoment("2026-12-02", 600);

type Person = Actor;
let a: {
  organisationId: string;
  main: string;
  branch: string;
  advisor: Person;
  volunteer: Person;
  coordinator: Person;
  host: Person;
  admin: Person;
};
let b: { organisationId: string; location: string; advisor: Person; coordinator: Person };

async function entry(
  person: Person,
  kind: TimeKind,
  minutes: number,
  day: string,
  links: { visitId?: string; aftercareTaskId?: string } = {},
) {
  const created = await db.timeEntry.create({
    data: {
      organisationId: person.organisationId,
      userId: person.userId,
      enteredById: person.userId,
      kind,
      minutes,
      workedOn: dateColumn(day),
      ...links,
    },
  });
  return created.id;
}

async function corrected(actor: Person, timeEntryId: string, minutes: number) {
  const result = await correctTimeEntry(actor, { timeEntryId, minutes }, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
}

async function session(
  organisationId: string,
  locationId: string,
  day: string,
  minute: number,
  status: "PLANNED" | "HELD" | "CANCELLED",
  staff: { advisorId: string; standInForId?: string }[],
) {
  return db.session.create({
    data: {
      organisationId,
      locationId,
      startsAt: amsterdamMoment(day, minute),
      endsAt: amsterdamMoment(day, minute + 30),
      status,
      staff: { create: staff },
    },
  });
}

async function visit(organisationId: string, locationId: string, sessionId: string, clientId: string) {
  return (
    await db.visit.create({
      data: { organisationId, locationId, sessionId, clientId, kind: "WALK_IN", status: "DONE" },
    })
  ).id;
}

/** What the database says, summed by Prisma itself rather than by the report's SQL. */
async function directSum(
  where: { organisationId: string; userId?: string; kind?: TimeKind },
  from: string,
  end: string,
) {
  const { _sum } = await db.timeEntry.aggregate({
    where: { ...where, workedOn: { gte: dateColumn(from), lt: dateColumn(end) } },
    _sum: { minutes: true },
  });
  return _sum.minutes ?? 0;
}

const person = (report: HoursReport, userId: string) => report.people.find((row) => row.userId === userId);

beforeAll(async () => {
  const libraryA = await createOrganisation("Bibliotheek Uren A");
  const branch = await db.location.create({
    data: {
      organisationId: libraryA.organisation.id,
      slug: `wijk-${libraryA.organisation.id}`,
      name: "Wijkcentrum",
      street: "Wijkweg 2",
      postcode: "1234 AC",
      city: "Teststad",
    },
  });
  const orgA = libraryA.organisation.id;
  a = {
    organisationId: orgA,
    main: libraryA.location.id,
    branch: branch.id,
    advisor: actorOf(await createUser(orgA, "ADVISOR")),
    volunteer: actorOf(await createUser(orgA, "ADVISOR", { advisorKind: "VOLUNTEER" })),
    coordinator: actorOf(await createUser(orgA, "COORDINATOR")),
    host: actorOf(await createUser(orgA, "HOST")),
    admin: actorOf(await createUser(orgA, "ADMIN")),
  };
  await createUser(orgA, "ADVISOR", { active: false });
  const libraryB = await createOrganisation("Bibliotheek Uren B");
  b = {
    organisationId: libraryB.organisation.id,
    location: libraryB.location.id,
    advisor: actorOf(await createUser(libraryB.organisation.id, "ADVISOR")),
    coordinator: actorOf(await createUser(libraryB.organisation.id, "COORDINATOR")),
  };
  const client = await createClient(orgA);

  // Sessions: a held one at each location (the volunteer standing in at the main one), a cancelled
  // one whose planned stand-in never worked, a planned one, and two at the edges of the week in
  // Amsterdam time: Sunday 23:30 is W47, Monday 00:30 (still Sunday in UTC) is W49.
  const tuesday = await session(orgA, a.main, "2026-11-24", 600, "HELD", [
    { advisorId: a.volunteer.userId, standInForId: a.advisor.userId },
  ]);
  const thursday = await session(orgA, a.branch, "2026-11-26", 600, "HELD", [{ advisorId: a.advisor.userId }]);
  await session(orgA, a.main, "2026-11-25", 600, "CANCELLED", [
    { advisorId: a.volunteer.userId, standInForId: a.advisor.userId },
  ]);
  await session(orgA, a.main, "2026-11-28", 600, "PLANNED", [{ advisorId: a.advisor.userId }]);
  await session(orgA, a.main, "2026-11-22", 23 * 60 + 30, "HELD", [{ advisorId: a.advisor.userId }]);
  await session(orgA, a.main, "2026-11-30", 30, "HELD", [
    { advisorId: a.volunteer.userId, standInForId: a.advisor.userId },
  ]);
  await session(b.organisationId, b.location, "2026-11-24", 600, "HELD", [
    { advisorId: b.advisor.userId, standInForId: b.advisor.userId },
  ]);

  const atMain = await visit(orgA, a.main, tuesday.id, client.id);
  const atMainToo = await visit(orgA, a.main, tuesday.id, client.id);
  const atBranch = await visit(orgA, a.branch, thursday.id, client.id);
  const task = await db.aftercareTask.create({
    data: {
      organisationId: orgA,
      visitId: atBranch,
      title: "Bezwaar schrijven",
      assigneeId: a.advisor.userId,
      createdById: a.advisor.userId,
    },
  });

  // The advisor: consultation at both locations and on Monday without a visit, aftercare on a task
  // from the branch and one corrected down; a conversation corrected from 30 to 20 minutes.
  const conversation = await entry(a.advisor, "CONSULTATION", 30, "2026-11-24", { visitId: atMain });
  await corrected(a.advisor, conversation, 20);
  await entry(a.advisor, "CONSULTATION", 25, "2026-11-26", { visitId: atBranch });
  await entry(a.advisor, "CONSULTATION", 180, "2026-11-23");
  await entry(a.advisor, "AFTERCARE", 60, "2026-11-25", { aftercareTaskId: task.id });
  const phoneCall = await entry(a.advisor, "AFTERCARE", 45, "2026-11-27");
  await corrected(a.coordinator, phoneCall, 30);
  await entry(a.advisor, "COMMUNICATION", 30, "2026-11-23");
  await entry(a.advisor, "CONSULTATION", 60, "2026-11-22");
  await entry(a.advisor, "CONSULTATION", 40, "2026-11-30");
  // The volunteer, the coordinator (management corrected up by 2 minutes) and the host.
  await entry(a.volunteer, "CONSULTATION", 30, "2026-11-24", { visitId: atMainToo });
  await entry(a.volunteer, "AFTERCARE", 30, "2026-11-29");
  await entry(a.coordinator, "COORDINATION", 180, "2026-11-23");
  await entry(a.coordinator, "COMMUNICATION", 60, "2026-11-24");
  const management = await entry(a.coordinator, "MANAGEMENT", 18, "2026-11-25");
  await corrected(a.coordinator, management, 20);
  await entry(a.host, "COMMUNICATION", 20, "2026-11-26");
  // Another library in the same week.
  await entry(b.advisor, "CONSULTATION", 999, "2026-11-24");
});

describe("the weekly hours report", () => {
  it("equals the direct sums of the time entries of the week, corrections included, per person, per kind and in total", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", toWeek: "2026-W48" }, { now: NOW });
    expect(report.range.weeks.map((week) => week.label)).toEqual(["2026-W48"]);
    expect(report.people.map((row) => row.userId).sort()).toEqual(
      [a.advisor.userId, a.volunteer.userId, a.coordinator.userId, a.host.userId].sort(),
    );
    for (const row of report.people) {
      for (const kind of TIME_KINDS)
        expect(row.minutes[kind], `${row.name} ${kind}`).toBe(
          await directSum({ organisationId: a.organisationId, userId: row.userId, kind }, W48.from, W48.end),
        );
      expect(row.total).toBe(
        await directSum({ organisationId: a.organisationId, userId: row.userId }, W48.from, W48.end),
      );
    }
    for (const kind of TIME_KINDS)
      expect(report.totals.minutes[kind]).toBe(
        await directSum({ organisationId: a.organisationId, kind }, W48.from, W48.end),
      );
    expect(report.totals.total).toBe(await directSum({ organisationId: a.organisationId }, W48.from, W48.end));

    // And by hand, so that the direct sums above cannot hide a wrong fixture.
    expect(person(report, a.advisor.userId)?.minutes).toEqual({
      CONSULTATION: 225,
      AFTERCARE: 90,
      COORDINATION: 0,
      COMMUNICATION: 30,
      MANAGEMENT: 0,
    });
    expect(person(report, a.coordinator.userId)?.minutes).toEqual({
      CONSULTATION: 0,
      AFTERCARE: 0,
      COORDINATION: 180,
      COMMUNICATION: 60,
      MANAGEMENT: 20,
    });
    expect(report.totals.minutes).toEqual({
      CONSULTATION: 255,
      AFTERCARE: 120,
      COORDINATION: 180,
      COMMUNICATION: 110,
      MANAGEMENT: 20,
    });
    expect(report.weeks).toHaveLength(1);
    expect(report.weeks[0]).toMatchObject({ minutes: report.totals.minutes, total: 685 });
  });

  it("sets everyone against the plan per person per week: advisor 6 h + 3 h, coordinator 3 h + 1 h + 0.3 h, nothing for a host", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48" }, { now: NOW });
    expect(person(report, a.advisor.userId)).toMatchObject({
      plan: { CONSULTATION: 360, AFTERCARE: 180 },
      plannedTotal: 540,
      total: 345,
      difference: -195,
    });
    expect(person(report, a.volunteer.userId)).toMatchObject({ plannedTotal: 540, total: 60, difference: -480 });
    expect(person(report, a.coordinator.userId)).toMatchObject({
      plan: { COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 18 },
      plannedTotal: 258,
      total: 260,
      difference: 2,
    });
    expect(person(report, a.host.userId)).toMatchObject({ plannedTotal: 0, total: 20, difference: 20 });
    // Advisors first, then the coordinator, then the host; an inactive advisor without hours and an admin without hours are left out.
    expect(report.people.map((row) => row.roles)).toEqual([["ADVISOR"], ["ADVISOR"], ["COORDINATOR"], ["HOST"]]);
    // 120 min aftercare against 255 min consultation is 0.47 : 1, shown as 0.5 : 1.
    expect(report.totals).toMatchObject({ plannedTotal: 1338, difference: 685 - 1338, ratioTenths: 5 });
    expect(report.weeks[0]).toMatchObject({ plannedTotal: 1338, difference: -653, ratioTenths: 5 });
  });

  it("counts sessions held and cancelled and the stand-ins who worked, by the week in Amsterdam", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48" }, { now: NOW });
    expect(report.totals).toMatchObject({ sessionsHeld: 2, sessionsCancelled: 1, standIns: 1 });
    const range = await getHoursReport(a.coordinator, { fromWeek: "2026-W47", toWeek: "2026-W49" }, { now: NOW });
    expect(
      range.weeks.map((week) => [week.week.label, week.sessionsHeld, week.sessionsCancelled, week.standIns]),
    ).toEqual([
      ["2026-W47", 1, 0, 0],
      ["2026-W48", 2, 1, 1],
      ["2026-W49", 1, 0, 1],
    ]);
    expect(range.totals).toMatchObject({ sessionsHeld: 4, sessionsCancelled: 1, standIns: 2 });
  });

  it("covers a range of weeks: each week its own sums, the plan times the number of weeks, the totals the sum of the weeks", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W49", toWeek: "2026-W47" }, { now: NOW });
    expect(report.range.weeks.map((week) => week.label)).toEqual(["2026-W47", "2026-W48", "2026-W49"]);
    expect(report.weeks.map((week) => week.minutes.CONSULTATION)).toEqual([60, 255, 40]);
    for (const week of report.weeks)
      expect(week.total).toBe(
        await directSum({ organisationId: a.organisationId }, week.week.start, addCalendarDays(week.week.end, 1)),
      );
    expect(report.totals.total).toBe(await directSum({ organisationId: a.organisationId }, "2026-11-16", "2026-12-07"));
    expect(person(report, a.advisor.userId)).toMatchObject({ plannedTotal: 3 * 540, total: 60 + 345 + 40 });
    expect(report.totals.plannedTotal).toBe(3 * 1338);
  });

  it("at one location counts the conversations there and the aftercare that came out of them, and its sessions, without a plan", async () => {
    const main = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: a.main }, { now: NOW });
    expect(main.location).toEqual({ id: a.main, name: "Bibliotheek Uren A centrale" });
    expect(main.totals.minutes).toEqual({
      CONSULTATION: 50,
      AFTERCARE: 0,
      COORDINATION: 0,
      COMMUNICATION: 0,
      MANAGEMENT: 0,
    });
    expect(main.totals).toMatchObject({
      plannedTotal: null,
      difference: null,
      sessionsHeld: 1,
      sessionsCancelled: 1,
      standIns: 1,
    });
    expect(main.people.map((row) => row.roles)).toEqual([["ADVISOR"], ["ADVISOR"]]);
    expect(main.people.every((row) => row.plan === null && row.difference === null)).toBe(true);

    const branch = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: a.branch }, { now: NOW });
    expect(person(branch, a.advisor.userId)?.minutes).toMatchObject({ CONSULTATION: 25, AFTERCARE: 60 });
    expect(branch.totals).toMatchObject({ ratioTenths: 24, sessionsHeld: 1, sessionsCancelled: 0, standIns: 0 });
  });

  it("never counts another organisation: not its hours, not its sessions, not its location", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: b.location }, { now: NOW });
    expect(report.location).toBeNull();
    expect(report.locations.map((location) => location.id).sort()).toEqual([a.main, a.branch].sort());
    expect(report.people.some((row) => row.userId === b.advisor.userId)).toBe(false);
    expect(report.totals.minutes.CONSULTATION).toBe(255);

    const other = await getHoursReport(b.coordinator, { fromWeek: "2026-W48" }, { now: NOW });
    expect(other.people.map((row) => row.userId).sort()).toEqual([b.advisor.userId, b.coordinator.userId].sort());
    expect(other.totals).toMatchObject({ total: 999, sessionsHeld: 1, standIns: 1 });
  });

  it("refuses everyone but a coordinator, also for the download", async () => {
    for (const actor of [a.host, a.advisor, a.admin]) {
      await expect(getHoursReport(actor, {}, { now: NOW })).rejects.toThrow(AccessDenied);
      await expect(getHoursReport(actor, {}, { now: NOW })).rejects.toMatchObject({ reason: "FORBIDDEN" });
      await expect(exportHoursReport(actor, {}, "csv", (key) => key, "nl", { now: NOW })).rejects.toMatchObject({
        reason: "FORBIDDEN",
      });
    }
    await expect(getHoursReport(null, {}, { now: NOW })).rejects.toMatchObject({ reason: "UNAUTHENTICATED" });
    expect(await db.auditEvent.count({ where: { action: "report.hours_export" } })).toBe(0);
  });

  it("takes a library's own plan in code, e.g. the pilot's 5 h + 5 h for an advisor", async () => {
    const report = await getHoursReport(
      a.coordinator,
      { fromWeek: "2026-W48" },
      { now: NOW, plan: { ADVISOR: { CONSULTATION: 300, AFTERCARE: 300 } } },
    );
    expect(person(report, a.advisor.userId)).toMatchObject({ plannedTotal: 600, difference: 345 - 600 });
    expect(person(report, a.coordinator.userId)).toMatchObject({ plannedTotal: 258 });
    await expect(
      getHoursReport(a.coordinator, {}, { now: NOW, plan: { ADVISOR: { CONSULTATION: 2.5 } } }),
    ).rejects.toThrow(RangeError);
  });

  it("falls back to this week for weeks it cannot read", async () => {
    for (const raw of [undefined, "", "2026-W54", "2027-W53", "volgende week", ["2026-W48"]]) {
      const report = await getHoursReport(a.coordinator, { fromWeek: raw, toWeek: raw }, { now: NOW });
      expect(report.range.weeks.map((week) => week.label)).toEqual(["2026-W49"]);
    }
  });
});

describe("the download", () => {
  let t: Translate;
  beforeAll(async () => {
    // The route hands over next-intl's translator; its key types only know literal keys.
    t = createTranslator({ locale: "nl", messages: await loadMessages("nl") }) as unknown as Translate;
  });

  it("holds the same numbers as the report, as CSV and as a workbook, and is written to the audit trail", async () => {
    const query = { fromWeek: "2026-W47", toWeek: "2026-W48" };
    const csv = await exportHoursReport(a.coordinator, query, "csv", t, "nl", { now: NOW });
    expect(csv).toMatchObject({
      fileName: "uren-per-week-2026-W47-2026-W48.csv",
      contentType: "text/csv; charset=utf-8",
    });
    const lines = String(csv.body)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines.slice(0, 9)).toEqual([
      "Onderdeel;Waarde",
      "Organisatie;Bibliotheek Uren A",
      "Weken;2026-W47 tot en met 2026-W48",
      "Dagen;2026-11-16 tot en met 2026-11-29",
      "Locatie;Alle locaties",
      "Gemaakt op;2026-12-02 10:00",
      "Planning per week: Adviseur;Spreekuur 6,0 uur, Nazorg 3,0 uur",
      "Planning per week: Coördinator;Coördinatie 3,0 uur, Communicatie 1,0 uur, Management 0,3 uur",
      "Let op;Verschil: meer gewerkt dan gepland is een plus, minder is een min.",
    ]);
    expect(lines.filter((line) => line.startsWith("Naam;"))).toEqual([
      "Naam;Rol;Spreekuur (uren);Nazorg (uren);Coördinatie (uren);Communicatie (uren);Management (uren);Totaal (uren);Planning (uren);Verschil (uren)",
    ]);
    // Totals of both weeks: consultation 60 + 255 min, aftercare 120, coordination 180, communication 110, management 20.
    expect(lines).toContain("Totaal;;5,3;2,0;3,0;1,8;0,3;12,4;44,6;-32,2");
    expect(lines.find((line) => line.startsWith("2026-W48;"))).toBe(
      "2026-W48;2026-11-23;2026-11-29;4,3;2,0;3,0;1,8;0,3;11,4;22,3;-10,9;0,5;2;1;1",
    );
    expect(lines).toContain("Totaal;2026-11-16;2026-11-29;5,3;2,0;3,0;1,8;0,3;12,4;44,6;-32,2;0,4;3;1;1");

    const xlsx = await exportHoursReport(a.coordinator, query, "xlsx", t, "nl", { now: NOW });
    expect(xlsx.fileName).toBe("uren-per-week-2026-W47-2026-W48.xlsx");
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(xlsx.body as Uint8Array) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Over dit rapport",
      "Uren per persoon",
      "Uren per week",
    ]);
    const perPerson = workbook.getWorksheet("Uren per persoon")!;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    expect(values(perPerson.getRow(perPerson.rowCount))).toEqual([
      "Totaal",
      undefined,
      5.3,
      2,
      3,
      1.8,
      0.3,
      12.4,
      44.6,
      -32.2,
    ]);
    const perWeek = workbook.getWorksheet("Uren per week")!;
    expect(values(perWeek.getRow(perWeek.rowCount))).toEqual([
      "Totaal",
      "2026-11-16",
      "2026-11-29",
      5.3,
      2,
      3,
      1.8,
      0.3,
      12.4,
      44.6,
      -32.2,
      0.4,
      3,
      1,
      1,
    ]);

    const audit = await db.auditEvent.findMany({
      where: { action: "report.hours_export", actorId: a.coordinator.userId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => [event.access, event.details])).toEqual([
      ["READ", { format: "csv", fromWeek: "2026-W47", toWeek: "2026-W48", locationId: null }],
      ["READ", { format: "xlsx", fromWeek: "2026-W47", toWeek: "2026-W48", locationId: null }],
    ]);
  });

  it("leaves out the plan at a location and says how hours are counted there", async () => {
    const csv = await exportHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: a.branch }, "csv", t, "nl", {
      now: NOW,
    });
    const lines = String(csv.body).split("\r\n");
    expect(lines).toContain("Locatie;Wijkcentrum");
    expect(lines.some((line) => line.startsWith("Let op;Bij een locatie tellen alleen"))).toBe(true);
    expect(lines).toContain("Totaal;;0,4;1,0;0,0;0,0;0,0;1,4");
  });
});

describe("a seeded week", () => {
  const today = new Date("2026-11-28T10:00:00Z");
  let coordinator: Actor;
  beforeAll(async () => {
    await seedDemoData(db, { today });
    const email = DEMO_USERS.find(
      (user) => user.organisationSlug === "hengelo" && user.roles.includes("COORDINATOR"),
    )!.email;
    coordinator = actorOf(await db.user.findUniqueOrThrow({ where: { email } }));
  }, 120_000);

  it("equals the sum of its time entries, person by person, and counts its sessions and stand-ins", async () => {
    // 2026-W46: 9 to 15 November, a whole week before the seed's today.
    const from = "2026-11-09";
    const end = "2026-11-16";
    const report = await getHoursReport(coordinator, { fromWeek: "2026-W46" }, { now: today });
    const sums = await db.timeEntry.groupBy({
      by: ["userId", "kind"],
      where: { organisationId: coordinator.organisationId, workedOn: { gte: dateColumn(from), lt: dateColumn(end) } },
      _sum: { minutes: true },
    });
    expect(sums.length).toBeGreaterThan(3);
    for (const sum of sums) expect(person(report, sum.userId)?.minutes[sum.kind]).toBe(sum._sum.minutes);
    expect(report.totals.total).toBe(await directSum({ organisationId: coordinator.organisationId }, from, end));
    expect(report.totals.minutes.CONSULTATION).toBeGreaterThan(0);
    // The seed books the guide's coordinator hours every week.
    expect(person(report, coordinator.userId)).toMatchObject({
      minutes: { COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 18 },
      difference: 0,
    });

    const range = { gte: amsterdamMoment(from, 0), lt: amsterdamMoment(end, 0) };
    const where = { organisationId: coordinator.organisationId, startsAt: range };
    expect(report.totals.sessionsHeld).toBe(await db.session.count({ where: { ...where, status: "HELD" } }));
    expect(report.totals.sessionsCancelled).toBe(await db.session.count({ where: { ...where, status: "CANCELLED" } }));
    expect(report.totals.standIns).toBe(
      await db.sessionStaff.count({ where: { standInForId: { not: null }, session: { ...where, status: "HELD" } } }),
    );
    expect(report.totals.sessionsHeld).toBeGreaterThan(0);
  });
});
