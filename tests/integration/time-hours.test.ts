import { beforeEach, describe, expect, it } from "vitest";
import { openDossier } from "@/lib/cases/open-dossier";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { endConversation, startConversation } from "@/lib/desk/visit-transitions";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { logCaseTime } from "@/lib/time/log-case-time";
import { logOwnHours } from "@/lib/time/log-own-hours";
import { setHoursPlan } from "@/lib/time/hours-plan";
import { getMyWeek, listMyEntries } from "@/lib/time/queries";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
type Person = Library["host"];
let a: Library;
let b: Library;
let advisor: Person;
let colleague: Person;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  [advisor, colleague] = a.advisors;
});

/** NOW is Tuesday 1 December 2026: its ISO week runs from Monday 30 November to Sunday 6 December. */
async function logged(actor: Person, input: Record<string, unknown>) {
  const result = await logOwnHours(actor, input, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.timeEntryId;
}

async function corrected(actor: Person, timeEntryId: string, minutes: number, reason?: string) {
  const result = await correctTimeEntry(actor, { timeEntryId, minutes, reason }, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.correctionId;
}

describe("logOwnHours", () => {
  it("writes my own minutes by kind on a day, audited", async () => {
    const id = await logged(advisor, {
      kind: "COMMUNICATION",
      minutes: "30",
      workedOn: "2026-11-30",
      description: "Poster voor de bibliotheek",
    });
    expect(await db.timeEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      organisationId: a.organisation.id,
      userId: advisor.userId,
      enteredById: advisor.userId,
      kind: "COMMUNICATION",
      minutes: 30,
      workedOn: new Date("2026-11-30T00:00:00Z"),
      description: "Poster voor de bibliotheek",
      caseId: null,
      correctsId: null,
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      action: "time.log_own",
      actorId: advisor.userId,
      details: { kind: "COMMUNICATION", minutes: 30, workedOn: "2026-11-30" },
    });
    const today = await logged(a.coordinator, { kind: "MANAGEMENT", minutes: 18, workedOn: "" });
    expect((await db.timeEntry.findUniqueOrThrow({ where: { id: today } })).workedOn).toEqual(
      new Date("2026-12-01T00:00:00Z"),
    );
  });

  it("lets each role write only its own kinds of work", async () => {
    const allowed = {
      HOST: ["COORDINATION", "COMMUNICATION"],
      ADVISOR: ["CONSULTATION", "AFTERCARE", "COORDINATION", "COMMUNICATION"],
      COORDINATOR: ["COORDINATION", "COMMUNICATION", "MANAGEMENT"],
      ADMIN: ["COORDINATION", "COMMUNICATION", "MANAGEMENT"],
    };
    for (const actor of [a.host, advisor, a.coordinator, a.admin]) {
      for (const kind of ["CONSULTATION", "AFTERCARE", "COORDINATION", "COMMUNICATION", "MANAGEMENT"]) {
        const result = await logOwnHours(actor, { kind, minutes: 10 }, { now: NOW });
        if (allowed[actor.roles[0] as keyof typeof allowed].includes(kind)) expect(result.ok).toBe(true);
        else
          expect(result).toMatchObject({
            ok: false,
            fieldErrors: { kind: ["refusals.time.kindNotForRole"] },
          });
      }
    }
  });

  it("refuses bad minutes, a day that does not exist or lies ahead, an unknown kind and nobody, writing nothing", async () => {
    for (const minutes of [0, -30, 601, 2.5, "dertig"])
      expect((await logOwnHours(advisor, { kind: "COMMUNICATION", minutes }, { now: NOW })).ok).toBe(false);
    expect(
      await logOwnHours(advisor, { kind: "COMMUNICATION", minutes: 30, workedOn: "2026-12-02" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { workedOn: ["refusals.time.dayInFuture"] } });
    expect(
      await logOwnHours(advisor, { kind: "COMMUNICATION", minutes: 30, workedOn: "2026-11-31" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { workedOn: ["refusals.common.dayNotReal"] } });
    expect(await logOwnHours(advisor, { kind: "LUNCH", minutes: 30 }, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { kind: ["refusals.time.chooseKind"] },
    });
    expect(await logOwnHours(null, { kind: "COMMUNICATION", minutes: 30 }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.auth.unauthenticated",
    });
    expect(await db.timeEntry.count({ where: { organisationId: a.organisation.id } })).toBe(0);
  });
});

describe("correctTimeEntry", () => {
  it("adds a correction with the signed difference and never touches the original; audited with old and new minutes", async () => {
    const original = await logged(advisor, { kind: "COMMUNICATION", minutes: 30, description: "Nieuwsbrief" });
    const before = await db.timeEntry.findUniqueOrThrow({ where: { id: original } });

    const first = await corrected(advisor, original, 20, "Was korter");
    const second = await corrected(advisor, original, 45);
    expect(await db.timeEntry.findUniqueOrThrow({ where: { id: original } })).toEqual(before);
    const corrections = await db.timeEntry.findMany({ where: { correctsId: original }, orderBy: { createdAt: "asc" } });
    expect(
      corrections.map((c) => [c.id, c.minutes, c.kind, c.userId, c.enteredById, c.workedOn.toISOString().slice(0, 10)]),
    ).toEqual([
      [first, -10, "COMMUNICATION", advisor.userId, advisor.userId, "2026-12-01"],
      [second, 25, "COMMUNICATION", advisor.userId, advisor.userId, "2026-12-01"],
    ]);
    expect(corrections[0].description).toBe("Was korter");

    const audit = await db.auditEvent.findMany({
      where: { action: "time.correct", entityId: { in: [first, second] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => event.details)).toEqual([
      {
        correctsId: original,
        userId: advisor.userId,
        kind: "COMMUNICATION",
        workedOn: "2026-12-01",
        oldMinutes: 30,
        newMinutes: 20,
        difference: -10,
        reason: "Was korter",
      },
      {
        correctsId: original,
        userId: advisor.userId,
        kind: "COMMUNICATION",
        workedOn: "2026-12-01",
        oldMinutes: 20,
        newMinutes: 45,
        difference: 25,
      },
    ]);
    expect(audit.every((event) => event.actorId === advisor.userId && event.access === "WRITE")).toBe(true);
    const { _sum } = await db.timeEntry.aggregate({
      where: { OR: [{ id: original }, { correctsId: original }] },
      _sum: { minutes: true },
    });
    expect(_sum.minutes).toBe(45);
  });

  it("takes an entry back with 0 and refuses a negative total, no change, more than 600 and correcting a correction", async () => {
    const original = await logged(advisor, { kind: "CONSULTATION", minutes: 30 });
    expect(await correctTimeEntry(advisor, { timeEntryId: original, minutes: -5 })).toMatchObject({
      ok: false,
      fieldErrors: { minutes: ["refusals.time.correctMinutesMin"] },
    });
    expect(await correctTimeEntry(advisor, { timeEntryId: original, minutes: 30 })).toEqual({
      ok: false,
      error: "refusals.time.unchanged",
      fieldErrors: { minutes: [{ key: "refusals.time.alreadyMinutes", values: { minutes: 30 } }] },
    });
    expect((await correctTimeEntry(advisor, { timeEntryId: original, minutes: 601 })).ok).toBe(false);
    const correction = await corrected(advisor, original, 0);
    expect((await db.timeEntry.findUniqueOrThrow({ where: { id: correction } })).minutes).toBe(-30);
    expect(await correctTimeEntry(advisor, { timeEntryId: correction, minutes: 10 })).toEqual({
      ok: false,
      error: "refusals.time.alreadyCorrection",
    });
    expect(await db.timeEntry.count({ where: { correctsId: original } })).toBe(1);
  });

  it("two corrections at the same moment each count the other: the total is one of the two, never a mix", async () => {
    const original = await logged(advisor, { kind: "COMMUNICATION", minutes: 30 });
    const results = await Promise.all([
      correctTimeEntry(advisor, { timeEntryId: original, minutes: 20 }),
      correctTimeEntry(advisor, { timeEntryId: original, minutes: 40 }),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const { _sum } = await db.timeEntry.aggregate({
      where: { OR: [{ id: original }, { correctsId: original }] },
      _sum: { minutes: true },
    });
    expect([20, 40]).toContain(_sum.minutes);
  });

  it("only my own entries, or anyone's in the organisation for a coordinator; another library's entry is not found", async () => {
    const mine = await logged(advisor, { kind: "COMMUNICATION", minutes: 30 });
    for (const actor of [colleague, a.host, a.admin])
      expect(await correctTimeEntry(actor, { timeEntryId: mine, minutes: 10 })).toEqual({
        ok: false,
        error: "refusals.time.onlyOwn",
      });
    for (const actor of [b.coordinator, b.advisors[0]])
      expect(await correctTimeEntry(actor, { timeEntryId: mine, minutes: 10 })).toEqual({
        ok: false,
        error: "refusals.time.entryNotFound",
      });
    expect(await db.timeEntry.count({ where: { correctsId: mine } })).toBe(0);

    const byCoordinator = await corrected(a.coordinator, mine, 15, "Dubbel geschreven");
    expect(await db.timeEntry.findUniqueOrThrow({ where: { id: byCoordinator } })).toMatchObject({
      userId: advisor.userId,
      enteredById: a.coordinator.userId,
      minutes: -15,
    });
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { action: "time.correct", entityId: byCoordinator } }),
    ).toMatchObject({
      actorId: a.coordinator.userId,
      actorRole: "COORDINATOR",
      details: { userId: advisor.userId, oldMinutes: 30, newMinutes: 15 },
    });
  });
});

describe("my week", () => {
  it("totals per day and kind equal the sum of the entries, corrections included, against the plan", async () => {
    const monday = await logged(advisor, { kind: "CONSULTATION", minutes: 180, workedOn: "2026-11-30" });
    await logged(advisor, { kind: "AFTERCARE", minutes: 45, workedOn: "2026-11-30" });
    const tuesday = await logged(advisor, { kind: "COMMUNICATION", minutes: 30 });
    await corrected(advisor, tuesday, 20);
    await corrected(advisor, monday, 150);
    await logged(advisor, { kind: "CONSULTATION", minutes: 60, workedOn: "2026-11-29" });
    await logged(colleague, { kind: "CONSULTATION", minutes: 90 });

    const week = await getMyWeek(advisor, "2026-12-03", NOW);
    expect(week.week).toMatchObject({
      start: "2026-11-30",
      previous: "2026-11-23",
      next: "2026-12-07",
      current: "2026-11-30",
    });
    expect(week.days.map((day) => [day.day, day.total])).toEqual([
      ["2026-11-30", 195],
      ["2026-12-01", 20],
      ["2026-12-02", 0],
      ["2026-12-03", 0],
      ["2026-12-04", 0],
      ["2026-12-05", 0],
      ["2026-12-06", 0],
    ]);
    expect(week.days[0].minutes).toMatchObject({ CONSULTATION: 150, AFTERCARE: 45 });
    expect(week.totals).toEqual({
      CONSULTATION: 150,
      AFTERCARE: 45,
      COORDINATION: 0,
      COMMUNICATION: 20,
      MANAGEMENT: 0,
    });
    const { _sum } = await db.timeEntry.aggregate({
      where: {
        userId: advisor.userId,
        workedOn: { gte: new Date("2026-11-30T00:00:00Z"), lt: new Date("2026-12-07T00:00:00Z") },
      },
      _sum: { minutes: true },
    });
    expect(week.total).toBe(_sum.minutes);
    expect(week.total).toBe(215);
    expect(week.plan).toEqual({ CONSULTATION: 360, AFTERCARE: 180 });
    expect(week.plannedTotal).toBe(540);
    expect(week.kinds).toEqual(["CONSULTATION", "AFTERCARE", "COORDINATION", "COMMUNICATION"]);

    expect((await getMyWeek(advisor, "geen-datum", NOW)).week.start).toBe("2026-11-30");
    expect((await getMyWeek(advisor, "2026-11-29", NOW)).total).toBe(60);
  });

  it("counts my presence at a held session as spreekuur, my conversation within it, against my library's plan of the week", async () => {
    // Tuesday's session runs 10:00–13:00; a walk-in talks with me from 10:10 to 10:40.
    const categoryId = (await topLevelCategory()).id;
    const registered = await registerWalkIn(
      a.host,
      { sessionId: a.session.id, categoryId, client: { newClient: { displayName: "K. de Wit" } } },
      { now: NOW },
    );
    if (!registered.ok) throw new Error(JSON.stringify(registered.error));
    const visitId = registered.value.visitId;
    const conversationWith = (await db.visit.findUniqueOrThrow({ where: { id: visitId }, include: { slot: true } }))
      .slot!.advisorId;
    const mine = a.advisors.find((person) => person.userId === conversationWith)!;
    await startConversation(mine, { visitId }, { now: NOW });
    await endConversation(mine, { visitId }, { now: new Date(NOW.getTime() + 30 * 60_000) });
    const plan = await setHoursPlan(a.coordinator, { role: "ADVISOR", kind: "CONSULTATION", hours: "4" }, { now: NOW });
    expect(plan.ok).toBe(true);

    // While the session runs nothing counts yet; the conversation waits for its end.
    const during = await getMyWeek(mine, undefined, NOW);
    expect(during).toMatchObject({ totals: { CONSULTATION: 0 }, utilisationPercent: null });
    const evening = await getMyWeek(mine, undefined, amsterdamMoment("2026-12-01", 18 * 60));
    expect(evening.days[1].minutes.CONSULTATION).toBe(180);
    expect(evening).toMatchObject({
      totals: { CONSULTATION: 180 },
      spreekuur: { presence: 180, inConversation: 30 },
      utilisationPercent: 17,
      plan: { CONSULTATION: 240, AFTERCARE: 180 },
      plannedTotal: 420,
    });
    // The week before keeps the guide's plan.
    expect((await getMyWeek(mine, "2026-11-24", NOW)).plan).toEqual({ CONSULTATION: 360, AFTERCARE: 180 });
  });

  it("plans the coordinator's hours and shows kinds someone else wrote for me", async () => {
    const coordinator = await getMyWeek(a.coordinator, undefined, NOW);
    expect(coordinator.plan).toEqual({ COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 18 });
    expect(coordinator.plannedTotal).toBe(258);
    const host = await getMyWeek(a.host, undefined, NOW);
    expect(host.kinds).toEqual(["COORDINATION", "COMMUNICATION"]);
    expect(host.plannedTotal).toBe(0);
  });

  it("lists my entries with their corrections and what they count for now; a dossier only when I can read it", async () => {
    const categoryId = (await topLevelCategory()).id;
    const registered = await registerWalkIn(
      a.host,
      { sessionId: a.session.id, categoryId, client: { newClient: { displayName: "J. Visser" } } },
      { now: NOW },
    );
    if (!registered.ok) throw new Error(JSON.stringify(registered.error));
    await startConversation(advisor, { visitId: registered.value.visitId }, { now: NOW });
    const opened = await openDossier(
      advisor,
      { visitId: registered.value.visitId, question: "Huurtoeslag", legalDomainId: categoryId, consent: true },
      { now: NOW },
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    await logCaseTime(advisor, { caseId: opened.value.caseId, minutes: 25 }, { now: NOW });
    const own = await logged(advisor, { kind: "COMMUNICATION", minutes: 30, description: "Nieuwsbrief" });
    await corrected(advisor, own, 20);
    await corrected(a.coordinator, own, 25, "Afgesproken");

    const { week, entries } = await listMyEntries(advisor, "2026-12-01", NOW);
    expect(week.start).toBe("2026-11-30");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      kind: "AFTERCARE",
      minutes: 25,
      total: 25,
      caseId: opened.value.caseId,
      corrections: [],
    });
    expect(entries[1]).toMatchObject({
      id: own,
      kind: "COMMUNICATION",
      day: "2026-12-01",
      minutes: 30,
      description: "Nieuwsbrief",
      total: 25,
      caseId: null,
      corrections: [
        expect.objectContaining({ minutes: -10, enteredBy: null }),
        expect.objectContaining({ minutes: 5, enteredBy: a.coordinator.name, description: "Afgesproken" }),
      ],
    });

    await db.case.update({ where: { id: opened.value.caseId }, data: { responsibleAdvisorId: colleague.userId } });
    expect((await listMyEntries(advisor, "2026-12-01", NOW)).entries[0].caseId).toBeNull();
    expect((await listMyEntries(colleague, "2026-12-01", NOW)).entries).toEqual([]);
    expect((await listMyEntries(b.advisors[0], "2026-12-01", NOW)).entries).toEqual([]);
  });
});

describe("the week boundary in Amsterdam", () => {
  it("counts a Sunday-evening entry in the week that Sunday ends", async () => {
    const sundayNight = amsterdamMoment("2026-12-06", 23 * 60 + 30);
    const result = await logOwnHours(advisor, { kind: "COMMUNICATION", minutes: 15 }, { now: sundayNight });
    expect(result.ok).toBe(true);
    expect((await getMyWeek(advisor, undefined, sundayNight)).days[6]).toMatchObject({ day: "2026-12-06", total: 15 });
  });
});
