import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AccessDenied } from "@/lib/auth/guard";
import { amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { TimeKind } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { getHoursReport, type HoursReport } from "@/lib/reports/hours";
import { exportHoursReport } from "@/lib/reports/hours-export";
import type { Translate } from "@/lib/reports/hours-format";
import { recordDossierContact } from "@/lib/cases/record-dossier-contact";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { listHoursPlan, setHoursPlan } from "@/lib/time/hours-plan";
import { logOwnHours } from "@/lib/time/log-own-hours";
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

/** A session of three hours, without slots: each advisor on it is present from its start. */
async function session(
  organisationId: string,
  locationId: string,
  day: string,
  minute: number,
  status: "PLANNED" | "CANCELLED",
  staff: { advisorId: string; standInForId?: string }[],
) {
  return db.session.create({
    data: {
      organisationId,
      locationId,
      startsAt: amsterdamMoment(day, minute),
      endsAt: amsterdamMoment(day, minute + 180),
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

  // Sessions of three hours: a held one at each location (the volunteer standing in at the main
  // one), a cancelled one whose planned stand-in never worked, one still to come, and two at the
  // edges of the week in Amsterdam time: Sunday 23:30 is W47, Monday 00:30 (still Sunday in UTC) is
  // W49. A session is held because its time has passed, not because anyone marked it.
  const tuesday = await session(orgA, a.main, "2026-11-24", 600, "PLANNED", [
    { advisorId: a.volunteer.userId, standInForId: a.advisor.userId },
  ]);
  const thursday = await session(orgA, a.branch, "2026-11-26", 600, "PLANNED", [{ advisorId: a.advisor.userId }]);
  await session(orgA, a.main, "2026-11-25", 600, "CANCELLED", [
    { advisorId: a.volunteer.userId, standInForId: a.advisor.userId },
  ]);
  await session(orgA, a.main, "2026-12-03", 600, "PLANNED", [{ advisorId: a.advisor.userId }]);
  await session(orgA, a.main, "2026-11-22", 23 * 60 + 30, "PLANNED", [{ advisorId: a.advisor.userId }]);
  await session(orgA, a.main, "2026-11-30", 30, "PLANNED", [
    { advisorId: a.volunteer.userId, standInForId: a.advisor.userId },
  ]);
  await session(b.organisationId, b.location, "2026-11-24", 600, "PLANNED", [
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
  const dossier = await db.case.create({
    data: { organisationId: orgA, clientId: client.id, responsibleAdvisorId: a.advisor.userId, kind: "DOSSIER" },
  });

  // The advisor: a conversation at the branch, consultation by hand on Monday, a phone call with
  // the client outside the hours corrected from 15 to 10 minutes, aftercare on a task from the
  // branch and one corrected down, communication; by hand in the weeks around too.
  await entry(a.advisor, "CONSULTATION", 25, "2026-11-26", { visitId: atBranch });
  await entry(a.advisor, "CONSULTATION", 180, "2026-11-23");
  const call = await recordDossierContact(
    a.advisor,
    { caseId: dossier.id, channel: "PHONE", minutes: "15", occurredOn: "2026-11-25" },
    { now: NOW },
  );
  if (!call.ok) throw new Error(JSON.stringify(call.error));
  const callEntry = await db.timeEntry.findFirstOrThrow({ where: { caseId: dossier.id, correctsId: null } });
  await corrected(a.coordinator, callEntry.id, 10);
  await entry(a.advisor, "AFTERCARE", 60, "2026-11-25", { aftercareTaskId: task.id });
  const phoneCall = await entry(a.advisor, "AFTERCARE", 45, "2026-11-27");
  await corrected(a.coordinator, phoneCall, 30);
  await entry(a.advisor, "COMMUNICATION", 30, "2026-11-23");
  await entry(a.advisor, "CONSULTATION", 60, "2026-11-22");
  await entry(a.advisor, "CONSULTATION", 40, "2026-11-30");
  // The volunteer's two conversations at the main location (one corrected from 30 to 20 minutes),
  // the coordinator (management corrected up by 2 minutes) and the host.
  const conversation = await entry(a.volunteer, "CONSULTATION", 30, "2026-11-24", { visitId: atMain });
  await corrected(a.volunteer, conversation, 20);
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
  it("counts presence at held sessions, contacts outside the hours and time by hand as spreekuur, and every other kind as written", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", toWeek: "2026-W48" }, { now: NOW });
    expect(report.range.weeks.map((week) => week.label)).toEqual(["2026-W48"]);
    expect(report.people.map((row) => row.userId).sort()).toEqual(
      [a.advisor.userId, a.volunteer.userId, a.coordinator.userId, a.host.userId].sort(),
    );
    // Every kind but spreekuur is the plain sum of what was written, corrections included.
    for (const row of report.people)
      for (const kind of TIME_KINDS.filter((kind) => kind !== "CONSULTATION"))
        expect(row.minutes[kind], `${row.name} ${kind}`).toBe(
          await directSum({ organisationId: a.organisationId, userId: row.userId, kind }, W48.from, W48.end),
        );

    // The advisor was on Thursday's three hours (25 minutes of it in conversation), wrote 3 hours
    // by hand and phoned a client for 10 minutes (15, corrected).
    expect(person(report, a.advisor.userId)).toMatchObject({
      minutes: { CONSULTATION: 370, AFTERCARE: 90, COORDINATION: 0, COMMUNICATION: 30, MANAGEMENT: 0 },
      spreekuur: { presence: 180, overtime: 0, outsideHours: 10, byHand: 180, inConversation: 25 },
      utilisationPercent: 14,
    });
    // The volunteer stood in on Tuesday: three hours, 50 minutes of them in conversation.
    expect(person(report, a.volunteer.userId)).toMatchObject({
      minutes: { CONSULTATION: 180, AFTERCARE: 30 },
      spreekuur: { presence: 180, byHand: 0, inConversation: 50 },
      utilisationPercent: 28,
    });
    expect(person(report, a.coordinator.userId)).toMatchObject({
      minutes: { CONSULTATION: 0, AFTERCARE: 0, COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 20 },
      utilisationPercent: null,
    });
    expect(report.totals.minutes).toEqual({
      CONSULTATION: 550,
      AFTERCARE: 120,
      COORDINATION: 180,
      COMMUNICATION: 110,
      MANAGEMENT: 20,
    });
    expect(report.totals).toMatchObject({
      total: 980,
      spreekuur: { presence: 360, overtime: 0, outsideHours: 10, byHand: 180, inConversation: 75 },
      utilisationPercent: 21,
    });
    expect(report.weeks).toHaveLength(1);
    expect(report.weeks[0]).toMatchObject({ minutes: report.totals.minutes, total: 980, utilisationPercent: 21 });
  });

  it("sets everyone against the plan per person per week: advisor 6 h + 3 h, coordinator 3 h + 1 h + 0.3 h, nothing for a host", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48" }, { now: NOW });
    expect(person(report, a.advisor.userId)).toMatchObject({
      plan: { CONSULTATION: 360, AFTERCARE: 180 },
      plannedTotal: 540,
      total: 490,
      difference: -50,
    });
    expect(person(report, a.volunteer.userId)).toMatchObject({ plannedTotal: 540, total: 210, difference: -330 });
    expect(person(report, a.coordinator.userId)).toMatchObject({
      plan: { COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 18 },
      plannedTotal: 258,
      total: 260,
      difference: 2,
    });
    expect(person(report, a.host.userId)).toMatchObject({ plannedTotal: 0, total: 20, difference: 20 });
    // Advisors first, then the coordinator, then the host; an inactive advisor without hours and an admin without hours are left out.
    expect(report.people.map((row) => row.roles)).toEqual([["ADVISOR"], ["ADVISOR"], ["COORDINATOR"], ["HOST"]]);
    // 120 min aftercare against 550 min consultation is 0.22 : 1, shown as 0.2 : 1.
    expect(report.totals).toMatchObject({ plannedTotal: 1338, difference: 980 - 1338, ratioTenths: 2 });
    expect(report.weeks[0]).toMatchObject({ plannedTotal: 1338, difference: -358, ratioTenths: 2 });
    expect(report.planChanged).toBe(false);
  });

  it("counts sessions held (their time has passed) and cancelled and the stand-ins who worked, by the week in Amsterdam", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48" }, { now: NOW });
    expect(report.totals).toMatchObject({ sessionsHeld: 2, sessionsCancelled: 1, standIns: 1 });
    const range = await getHoursReport(a.coordinator, { fromWeek: "2026-W47", toWeek: "2026-W49" }, { now: NOW });
    // Thursday 3 December lies after now: not held yet.
    expect(
      range.weeks.map((week) => [week.week.label, week.sessionsHeld, week.sessionsCancelled, week.standIns]),
    ).toEqual([
      ["2026-W47", 1, 0, 0],
      ["2026-W48", 2, 1, 1],
      ["2026-W49", 1, 0, 1],
    ]);
    expect(range.totals).toMatchObject({ sessionsHeld: 4, sessionsCancelled: 1, standIns: 2 });
    const later = await getHoursReport(
      a.coordinator,
      { fromWeek: "2026-W49" },
      { now: amsterdamMoment("2026-12-03", 13 * 60) },
    );
    expect(later.totals).toMatchObject({ sessionsHeld: 2, spreekuur: { presence: 360 } });
  });

  it("covers a range of weeks: each week its own sums, the plan times the number of weeks, the totals the sum of the weeks", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W49", toWeek: "2026-W47" }, { now: NOW });
    expect(report.range.weeks.map((week) => week.label)).toEqual(["2026-W47", "2026-W48", "2026-W49"]);
    // W47: the advisor's Sunday-night session and an hour by hand; W49: the volunteer's Monday-night
    // session and 40 minutes by hand.
    expect(report.weeks.map((week) => week.minutes.CONSULTATION)).toEqual([240, 550, 220]);
    expect(report.weeks.map((week) => week.total)).toEqual([240, 980, 220]);
    expect(report.totals.total).toBe(240 + 980 + 220);
    expect(person(report, a.advisor.userId)).toMatchObject({ plannedTotal: 3 * 540, total: 240 + 490 + 40 });
    expect(report.totals.plannedTotal).toBe(3 * 1338);
  });

  it("at one location counts the presence and conversations there and the aftercare that came out of them, and its sessions, without a plan", async () => {
    const main = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: a.main }, { now: NOW });
    expect(main.location).toEqual({ id: a.main, name: "Bibliotheek Uren A centrale" });
    expect(main.totals.minutes).toEqual({
      CONSULTATION: 180,
      AFTERCARE: 0,
      COORDINATION: 0,
      COMMUNICATION: 0,
      MANAGEMENT: 0,
    });
    expect(main.totals).toMatchObject({
      spreekuur: { presence: 180, outsideHours: 0, byHand: 0, inConversation: 50 },
      plannedTotal: null,
      difference: null,
      sessionsHeld: 1,
      sessionsCancelled: 1,
      standIns: 1,
    });
    expect(main.people.map((row) => row.roles)).toEqual([["ADVISOR"], ["ADVISOR"]]);
    expect(main.people.every((row) => row.plan === null && row.difference === null)).toBe(true);

    const branch = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: a.branch }, { now: NOW });
    expect(person(branch, a.advisor.userId)?.minutes).toMatchObject({ CONSULTATION: 180, AFTERCARE: 60 });
    expect(branch.totals).toMatchObject({ ratioTenths: 3, sessionsHeld: 1, sessionsCancelled: 0, standIns: 0 });
  });

  it("never counts another organisation: not its hours, not its sessions, not its location", async () => {
    const report = await getHoursReport(a.coordinator, { fromWeek: "2026-W48", locationId: b.location }, { now: NOW });
    expect(report.location).toBeNull();
    expect(report.locations.map((location) => location.id).sort()).toEqual([a.main, a.branch].sort());
    expect(report.people.some((row) => row.userId === b.advisor.userId)).toBe(false);
    expect(report.totals.minutes.CONSULTATION).toBe(550);

    const other = await getHoursReport(b.coordinator, { fromWeek: "2026-W48" }, { now: NOW });
    expect(other.people.map((row) => row.userId).sort()).toEqual([b.advisor.userId, b.coordinator.userId].sort());
    expect(other.totals).toMatchObject({ total: 999 + 180, sessionsHeld: 1, standIns: 1 });
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
    expect(person(report, a.advisor.userId)).toMatchObject({ plannedTotal: 600, difference: 490 - 600 });
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

describe("spreekuur hours are presence", () => {
  // Week 45 of 2026: Monday 2 to Sunday 8 November. Now is the Tuesday after, at noon.
  const AFTER = amsterdamMoment("2026-11-10", 12 * 60);
  let c: { organisationId: string; location: string; coordinator: Person; p: Person; q: Person; r: Person; d: Person };

  /** A session as the schedule makes one: every advisor on it gets half hours from `from` on. */
  async function staffedSession(
    day: string,
    start: number,
    end: number,
    staff: { advisor: Person; standInFor?: Person; from?: number }[],
    status: "PLANNED" | "CANCELLED" = "PLANNED",
  ) {
    const created = await db.session.create({
      data: {
        organisationId: c.organisationId,
        locationId: c.location,
        startsAt: amsterdamMoment(day, start),
        endsAt: amsterdamMoment(day, end),
        status,
        staff: {
          create: staff.map((one) => ({ advisorId: one.advisor.userId, standInForId: one.standInFor?.userId })),
        },
      },
    });
    for (const one of staff)
      for (let minute = one.from ?? start; minute < end; minute += 30)
        await db.slot.create({
          data: {
            organisationId: c.organisationId,
            sessionId: created.id,
            advisorId: one.advisor.userId,
            startsAt: amsterdamMoment(day, minute),
            endsAt: amsterdamMoment(day, minute + 30),
          },
        });
    return created;
  }

  /** A conversation as the desk ends one: on the advisor's half hour, its minutes written for them. */
  async function conversation(sessionId: string, advisor: Person, day: string, start: number, end: number) {
    const slot = await db.slot.findFirstOrThrow({
      where: { sessionId, advisorId: advisor.userId, startsAt: amsterdamMoment(day, start) },
    });
    const client = await createClient(c.organisationId);
    const held = await db.visit.create({
      data: {
        organisationId: c.organisationId,
        locationId: c.location,
        sessionId,
        slotId: slot.id,
        clientId: client.id,
        kind: "WALK_IN",
        status: "DONE",
        startedAt: amsterdamMoment(day, start),
        endedAt: amsterdamMoment(day, end),
      },
    });
    await entry(advisor, "CONSULTATION", end - start, day, { visitId: held.id });
  }

  beforeAll(async () => {
    const library = await createOrganisation("Bibliotheek Aanwezig");
    const orgC = library.organisation.id;
    c = {
      organisationId: orgC,
      location: library.location.id,
      coordinator: actorOf(await createUser(orgC, "COORDINATOR")),
      p: actorOf(await createUser(orgC, "ADVISOR")),
      q: actorOf(await createUser(orgC, "ADVISOR")),
      r: actorOf(await createUser(orgC, "ADVISOR", { advisorKind: "VOLUNTEER" })),
      d: actorOf(await createUser(orgC, "ADVISOR")),
    };
    // Two sessions of three hours, each staffed by two advisors; on Thursday R stands in for Q.
    const tuesday = await staffedSession("2026-11-03", 9 * 60, 12 * 60, [{ advisor: c.p }, { advisor: c.q }]);
    const thursday = await staffedSession("2026-11-05", 13 * 60, 16 * 60, [
      { advisor: c.p },
      { advisor: c.r, standInFor: c.q },
    ]);
    // A cancelled session gives nothing; D joined Friday's session an hour and a half late.
    await staffedSession("2026-11-04", 9 * 60, 12 * 60, [{ advisor: c.p }], "CANCELLED");
    await staffedSession("2026-11-06", 9 * 60, 12 * 60, [{ advisor: c.d, from: 10 * 60 + 30 }]);
    // Four conversations; R's last one runs 20 minutes past the end.
    await conversation(tuesday.id, c.p, "2026-11-03", 9 * 60, 9 * 60 + 40);
    await conversation(tuesday.id, c.q, "2026-11-03", 10 * 60, 10 * 60 + 30);
    await conversation(thursday.id, c.p, "2026-11-05", 14 * 60, 14 * 60 + 35);
    await conversation(thursday.id, c.r, "2026-11-05", 15 * 60 + 30, 16 * 60 + 20);
    // P also writes an hour of spreekuur by hand (a hand-over talk after the hour).
    const own = await logOwnHours(c.p, { kind: "CONSULTATION", minutes: "60", workedOn: "2026-11-06" }, { now: AFTER });
    if (!own.ok) throw new Error(JSON.stringify(own.error));
    // This week, a session that is still running at noon, with a conversation already ended.
    const running = await staffedSession("2026-11-10", 11 * 60, 14 * 60, [{ advisor: c.p }]);
    await conversation(running.id, c.p, "2026-11-10", 11 * 60, 11 * 60 + 30);
  });

  it("gives each advisor the length of the held sessions they staffed, the stand-in instead of the one replaced, whatever the visitors", async () => {
    const report = await getHoursReport(c.coordinator, { fromWeek: "2026-W45" }, { now: AFTER });
    expect(person(report, c.p.userId)).toMatchObject({
      spreekuur: { presence: 360, overtime: 0, outsideHours: 0, byHand: 60, inConversation: 75 },
      minutes: { CONSULTATION: 420 },
      // 75 of 360 minutes in conversation.
      utilisationPercent: 21,
    });
    expect(person(report, c.q.userId)).toMatchObject({
      spreekuur: { presence: 180, inConversation: 30 },
      minutes: { CONSULTATION: 180 },
      utilisationPercent: 17,
    });
    // The stand-in's conversation ran 20 minutes over: 50 of 200 minutes.
    expect(person(report, c.r.userId)).toMatchObject({
      spreekuur: { presence: 180, overtime: 20, inConversation: 50 },
      minutes: { CONSULTATION: 200 },
      utilisationPercent: 25,
    });
    // Nobody came to D, who was there from 10:30: an hour and a half, none of it in conversation.
    expect(person(report, c.d.userId)).toMatchObject({
      spreekuur: { presence: 90, inConversation: 0 },
      minutes: { CONSULTATION: 90 },
      utilisationPercent: 0,
    });
    expect(report.totals).toMatchObject({
      sessionsHeld: 3,
      sessionsCancelled: 1,
      standIns: 1,
      spreekuur: { presence: 810, overtime: 20, byHand: 60, inConversation: 155 },
      // 155 of 830 minutes.
      utilisationPercent: 19,
    });
  });

  it("counts a running session, and the conversations in it, once it has ended", async () => {
    const atNoon = await getHoursReport(c.coordinator, { fromWeek: "2026-W46" }, { now: AFTER });
    expect(person(atNoon, c.p.userId)).toMatchObject({
      spreekuur: { presence: 0, inConversation: 0 },
      minutes: { CONSULTATION: 0 },
      utilisationPercent: null,
    });
    expect(atNoon.totals.sessionsHeld).toBe(0);
    const evening = await getHoursReport(
      c.coordinator,
      { fromWeek: "2026-W46" },
      { now: amsterdamMoment("2026-11-10", 18 * 60) },
    );
    expect(person(evening, c.p.userId)).toMatchObject({
      spreekuur: { presence: 180, inConversation: 30 },
      utilisationPercent: 17,
    });
    expect(evening.totals.sessionsHeld).toBe(1);
  });

  it("holds each week against the plan of that week: a plan changed today leaves last month's variance unchanged", async () => {
    const lastMonth = { fromWeek: "2026-W41", toWeek: "2026-W45" };
    const before = await getHoursReport(c.coordinator, lastMonth, { now: AFTER });
    expect(person(before, c.p.userId)).toMatchObject({ plannedTotal: 5 * 540, difference: 420 - 5 * 540 });

    const changed = await setHoursPlan(
      c.coordinator,
      { role: "ADVISOR", kind: "CONSULTATION", hours: "8" },
      { now: AFTER },
    );
    expect(changed).toEqual({ ok: true, value: { minutesPerWeek: 480, validFrom: "2026-11-09" } });
    const after = await getHoursReport(c.coordinator, lastMonth, { now: AFTER });
    expect(after.people.map((row) => [row.name, row.plannedTotal, row.difference])).toEqual(
      before.people.map((row) => [row.name, row.plannedTotal, row.difference]),
    );
    expect(after.weeks.map((week) => week.difference)).toEqual(before.weeks.map((week) => week.difference));
    expect(after.planChanged).toBe(false);

    // This week has the new plan; over both weeks each counts with its own.
    const both = await getHoursReport(c.coordinator, { fromWeek: "2026-W45", toWeek: "2026-W46" }, { now: AFTER });
    expect(person(both, c.p.userId)).toMatchObject({ plan: { CONSULTATION: 360 + 480, AFTERCARE: 2 * 180 } });
    expect(both.plan.ADVISOR).toEqual({ CONSULTATION: 480, AFTERCARE: 180 });
    expect(both.planChanged).toBe(true);

    // A plan from an earlier day is a deliberate choice: it starts in that day's week.
    expect(
      await setHoursPlan(
        c.coordinator,
        { role: "ADVISOR", kind: "AFTERCARE", hours: "4", validFrom: "2026-11-05" },
        { now: AFTER },
      ),
    ).toEqual({ ok: true, value: { minutesPerWeek: 240, validFrom: "2026-11-02" } });
    const w45 = await getHoursReport(c.coordinator, { fromWeek: "2026-W45" }, { now: AFTER });
    expect(person(w45, c.p.userId)).toMatchObject({ plan: { CONSULTATION: 360, AFTERCARE: 240 } });
    expect(await listHoursPlan(c.coordinator)).toEqual([
      { role: "ADVISOR", kind: "CONSULTATION", minutesPerWeek: 480, validFrom: "2026-11-09" },
      { role: "ADVISOR", kind: "AFTERCARE", minutesPerWeek: 240, validFrom: "2026-11-02" },
    ]);
    await expect(listHoursPlan(c.p)).rejects.toMatchObject({ reason: "FORBIDDEN" });
    for (const validFrom of ["gisteren", "2026-02-30", "1926-11-05"])
      expect(
        await setHoursPlan(
          c.coordinator,
          { role: "ADVISOR", kind: "AFTERCARE", hours: "4", validFrom },
          { now: AFTER },
        ),
      ).toMatchObject({ ok: false });
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
    expect(lines.slice(0, 10)).toEqual([
      "Onderdeel;Waarde",
      "Organisatie;Bibliotheek Uren A",
      "Weken;2026-W47 tot en met 2026-W48",
      "Dagen;2026-11-16 tot en met 2026-11-29",
      "Locatie;Alle locaties",
      "Gemaakt op;2026-12-02 10:00",
      "Planning per week: Adviseur;Spreekuur 6,0 uur, Nazorg 3,0 uur",
      "Planning per week: Coördinator;Coördinatie 3,0 uur, Communicatie 1,0 uur, Management 0,3 uur",
      "Let op;Verschil: meer gewerkt dan gepland is een plus, minder is een min.",
      expect.stringMatching(/^Let op;Spreekuur is aanwezigheid: /),
    ]);
    expect(lines.filter((line) => line.startsWith("Naam;"))).toEqual([
      "Naam;Rol;Spreekuur (uren);Nazorg (uren);Coördinatie (uren);Communicatie (uren);Management (uren);Totaal (uren);Planning (uren);Verschil (uren);" +
        "Aanwezig op spreekuur (uren);Uitloop (uren);Contact buiten het spreekuur (uren);Met de hand geschreven (uren);Waarvan in gesprek (uren);Benutting (%)",
    ]);
    // Both weeks: spreekuur 240 + 550 min (presence 180 + 360, by hand 60 + 180, a call of 10),
    // aftercare 120, coordination 180, communication 110, management 20; 75 minutes in conversation.
    expect(lines).toContain("Totaal;;13,2;2,0;3,0;1,8;0,3;20,3;44,6;-24,3;9,0;0,0;0,2;4,0;1,3;14");
    expect(lines.find((line) => line.startsWith("2026-W48;"))).toBe(
      "2026-W48;2026-11-23;2026-11-29;9,2;2,0;3,0;1,8;0,3;16,3;22,3;-6,0;0,2;2;1;1;6,0;0,0;0,2;3,0;1,3;21",
    );
    expect(lines).toContain(
      "Totaal;2026-11-16;2026-11-29;13,2;2,0;3,0;1,8;0,3;20,3;44,6;-24,3;0,2;3;1;1;9,0;0,0;0,2;4,0;1,3;14",
    );

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
      13.2,
      2,
      3,
      1.8,
      0.3,
      20.3,
      44.6,
      -24.3,
      9,
      0,
      0.2,
      4,
      1.3,
      14,
    ]);
    const perWeek = workbook.getWorksheet("Uren per week")!;
    expect(values(perWeek.getRow(perWeek.rowCount))).toEqual([
      "Totaal",
      "2026-11-16",
      "2026-11-29",
      13.2,
      2,
      3,
      1.8,
      0.3,
      20.3,
      44.6,
      -24.3,
      0.2,
      3,
      1,
      1,
      9,
      0,
      0.2,
      4,
      1.3,
      14,
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
    expect(lines).toContain("Totaal;;3,0;1,0;0,0;0,0;0,0;4,0;3,0;0,0;0,0;0,0;0,4;14");
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

  it("counts every advisor's presence at its held sessions, the other kinds as written, and its sessions and stand-ins", async () => {
    // 2026-W46: 9 to 15 November, a whole week before the seed's today.
    const from = "2026-11-09";
    const end = "2026-11-16";
    const report = await getHoursReport(coordinator, { fromWeek: "2026-W46" }, { now: today });
    const sums = await db.timeEntry.groupBy({
      by: ["userId", "kind"],
      where: {
        organisationId: coordinator.organisationId,
        kind: { not: "CONSULTATION" },
        workedOn: { gte: dateColumn(from), lt: dateColumn(end) },
      },
      _sum: { minutes: true },
    });
    expect(sums.length).toBeGreaterThan(3);
    for (const sum of sums) expect(person(report, sum.userId)?.minutes[sum.kind]).toBe(sum._sum.minutes);
    // The seed books the guide's coordinator hours every week.
    expect(person(report, coordinator.userId)).toMatchObject({
      minutes: { COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 18 },
      difference: 0,
    });

    // Presence, counted here from the sessions themselves: each advisor on a session that was not
    // cancelled gets its length (the seed staffs a session before it starts, so from its start).
    const range = { gte: amsterdamMoment(from, 0), lt: amsterdamMoment(end, 0) };
    const where = { organisationId: coordinator.organisationId, startsAt: range };
    const held = await db.session.findMany({
      where: { ...where, status: "PLANNED", endsAt: { lte: today } },
      select: { startsAt: true, endsAt: true, staff: { select: { advisorId: true } } },
    });
    expect(held.length).toBeGreaterThan(0);
    const presence = new Map<string, number>();
    for (const session of held)
      for (const { advisorId } of session.staff)
        presence.set(
          advisorId,
          (presence.get(advisorId) ?? 0) + (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000,
        );
    for (const [advisorId, minutes] of presence) {
      const row = person(report, advisorId)!;
      expect(row.spreekuur.presence, row.name).toBe(minutes);
      expect(row.minutes.CONSULTATION).toBeGreaterThanOrEqual(minutes);
      expect(row.spreekuur.inConversation).toBeLessThanOrEqual(minutes + row.spreekuur.overtime);
    }
    expect(report.totals.spreekuur.inConversation).toBeGreaterThan(0);
    expect(report.totals.sessionsHeld).toBe(held.length);
    expect(report.totals.sessionsCancelled).toBe(await db.session.count({ where: { ...where, status: "CANCELLED" } }));
    expect(report.totals.standIns).toBe(
      await db.sessionStaff.count({
        where: { standInForId: { not: null }, session: { ...where, status: "PLANNED", endsAt: { lte: today } } },
      }),
    );
  });
});
