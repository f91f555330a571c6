import { beforeEach, describe, expect, it } from "vitest";
import { handOverDossier, reassignDossier } from "@/lib/cases/hand-over-dossier";
import { getDossier } from "@/lib/cases/queries";
import { listOpenDossiersOf, listOpenDossiersPerAdvisor } from "@/lib/cases/workload";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { createDeskLibrary, NOW } from "../support/desk-fixture";
import { actorOf, createUser } from "../support/factories";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
});

const NOTE = "Bezwaar tegen de CAK-brief loopt; de cliënt komt na de uitspraak terug.";

const dossierOf = (advisorId: string | null, extra: { status?: "CLOSED" | "WAITING_FOR_THIRD_PARTY" } = {}) =>
  db.case.create({
    data: {
      organisationId: a.organisation.id,
      clientId: a.client.id,
      responsibleAdvisorId: advisorId,
      question: "Aanmaning CAK",
      openedAt: NOW,
      ...(extra.status === "CLOSED" ? { status: "CLOSED", closedAt: NOW, outcome: "SOLVED" } : extra),
    },
  });
const taskOn = (caseId: string, assigneeId: string | null) =>
  db.aftercareTask.create({
    data: {
      organisationId: a.organisation.id,
      caseId,
      title: "Bel de cliënt",
      assigneeId,
      createdById: a.coordinator.userId,
    },
  });

describe("an advisor hands over their own dossier", () => {
  it("gives it, its open aftercare and a note to the colleague, and the former advisor no longer reads it", async () => {
    const [anna, vera] = a.advisors;
    const dossier = await dossierOf(anna.userId);
    const own = await taskOn(dossier.id, anna.userId);
    const colleagues = await taskOn(dossier.id, a.coordinator.userId);

    expect(
      await handOverDossier(anna, { caseId: dossier.id, version: 1, advisorId: vera.userId, note: NOTE }, { now: NOW }),
    ).toEqual({
      ok: true,
      value: { caseId: dossier.id, stillReadable: false },
    });

    const moved = await db.case.findUniqueOrThrow({ where: { id: dossier.id } });
    expect(moved.responsibleAdvisorId).toBe(vera.userId);
    expect(moved.version).toBe(dossier.version + 1);
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: own.id } })).assigneeId).toBe(vera.userId);
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: colleagues.id } })).assigneeId).toBe(
      a.coordinator.userId,
    );
    expect(await getDossier(anna, dossier.id)).toBeNull();
    const read = await getDossier(vera, dossier.id);
    expect(read?.handovers).toEqual([
      expect.objectContaining({
        note: NOTE,
        handedOverAt: NOW,
        fromAdvisor: { name: anna.name },
        toAdvisor: { name: vera.name },
        handedOverBy: { name: anna.name },
      }),
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.hand_over", entityId: dossier.id } });
    expect(audit).toMatchObject({ clientId: a.client.id, access: "WRITE" });
    expect(audit.details).toMatchObject({ fromAdvisorId: anna.userId, toAdvisorId: vera.userId, aftercareTasks: 1 });
  });

  it("refuses what is not theirs to give, a closed dossier, the same advisor, an unknown one and no note, writing nothing", async () => {
    const [anna, vera] = a.advisors;
    const dossier = await dossierOf(anna.userId);
    const closed = await dossierOf(anna.userId, { status: "CLOSED" });
    const leaver = actorOf(await createUser(a.organisation.id, "ADVISOR", { active: false }));
    const give = (
      by: typeof anna,
      input: Partial<{ caseId: string; version: number; advisorId: string; note: string }>,
    ) =>
      handOverDossier(
        by,
        { caseId: dossier.id, version: 1, advisorId: vera.userId, note: NOTE, ...input },
        { now: NOW },
      );

    // Vera cannot read Anna's dossier; shared with her, she reads it but it is still not hers.
    expect(await give(vera, { advisorId: a.advisors[0].userId })).toMatchObject({ error: "refusals.cases.notFound" });
    await db.caseShare.create({ data: { caseId: dossier.id, userId: vera.userId } });
    expect(await give(vera, { advisorId: a.advisors[0].userId })).toMatchObject({
      error: "refusals.cases.handoverOnlyOwn",
    });
    expect(await give(anna, { caseId: closed.id })).toMatchObject({ error: "refusals.cases.handoverClosed" });
    expect(await give(anna, { advisorId: anna.userId })).toMatchObject({
      fieldErrors: { advisorId: ["refusals.cases.handoverSameAdvisor"] },
    });
    for (const advisorId of [leaver.userId, b.advisors[0].userId, a.host.userId])
      expect(await give(anna, { advisorId })).toMatchObject({
        fieldErrors: { advisorId: ["refusals.cases.advisorNotFound"] },
      });
    expect(await give(anna, { note: "  " })).toMatchObject({
      fieldErrors: { note: ["refusals.cases.handoverNoteRequired"] },
    });
    expect(await give(b.advisors[0], {})).toMatchObject({ error: "refusals.cases.notFound" });
    // A page that showed an older version of the dossier.
    expect(await give(anna, { version: 7 })).toMatchObject({ error: "refusals.cases.handoverChangedMeanwhile" });

    expect(await db.caseHandover.count({ where: { caseId: { in: [dossier.id, closed.id] } } })).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: dossier.id } })).responsibleAdvisorId).toBe(anna.userId);
  });
});

describe("the coordinator reassigns any open dossier", () => {
  it("moves an advisor's dossier and one from the coordinator's list, with the tasks that waited on it", async () => {
    const [anna, vera] = a.advisors;
    const annas = await dossierOf(anna.userId);
    const waiting = await dossierOf(null);
    const waitingTask = await taskOn(waiting.id, null);
    for (const caseId of [annas.id, waiting.id])
      expect(
        await reassignDossier(a.coordinator, { caseId, version: 1, advisorId: vera.userId, note: NOTE }, { now: NOW }),
      ).toEqual({ ok: true, value: { caseId, fromAdvisorId: caseId === annas.id ? anna.userId : null } });
    expect((await db.case.findUniqueOrThrow({ where: { id: annas.id } })).responsibleAdvisorId).toBe(vera.userId);
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: waitingTask.id } })).assigneeId).toBe(vera.userId);
    expect(await db.caseHandover.findFirstOrThrow({ where: { caseId: waiting.id } })).toMatchObject({
      fromAdvisorId: null,
      toAdvisorId: vera.userId,
      handedOverById: a.coordinator.userId,
    });
  });

  it("refuses an advising coordinator who would give a dossier to themself", async () => {
    const advisingCoordinator = actorOf(await createUser(a.organisation.id, ["ADVISOR", "COORDINATOR"]));
    const dossier = await dossierOf(a.advisors[0].userId);
    const input = { caseId: dossier.id, version: 1, advisorId: advisingCoordinator.userId, note: NOTE };
    expect(await reassignDossier(advisingCoordinator, input, { now: NOW })).toMatchObject({
      fieldErrors: { advisorId: ["refusals.cases.handoverToSelf"] },
    });
    expect(await getDossier(advisingCoordinator, dossier.id)).toBeNull();
  });

  it("refuses another library's coordinator and an advisor", async () => {
    const dossier = await dossierOf(a.advisors[0].userId);
    const input = { caseId: dossier.id, version: 1, advisorId: a.advisors[1].userId, note: NOTE };
    expect(await reassignDossier(b.coordinator, input, { now: NOW })).toMatchObject({
      error: "refusals.cases.notFound",
    });
    expect(await reassignDossier(a.advisors[0], input, { now: NOW })).toMatchObject({ ok: false });
    expect(await db.caseHandover.count({ where: { caseId: dossier.id } })).toBe(0);
  });
});

describe("the client's next visits and a colleague's tasks go along", () => {
  it("moves a booked visit to the new advisor's half hour at the same time, and keeps a supervisor's task reachable", async () => {
    const [anna, vera] = a.advisors;
    const supervisor = actorOf(await createUser(a.organisation.id, "ADVISOR"));
    await db.user.update({ where: { id: vera.userId }, data: { supervisorId: supervisor.userId } });
    // Vera's dossier: her supervisor reads it through her, and has a task on it.
    const dossier = await dossierOf(vera.userId);
    const supervisorsTask = await taskOn(dossier.id, supervisor.userId);
    const veras = a.session.slots.find((slot) => slot.advisorId === vera.userId && slot.startsAt > NOW)!;
    const visit = await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: a.client.id,
        caseId: dossier.id,
        kind: "APPOINTMENT",
        status: "BOOKED",
        slotId: veras.id,
        plannedStartsAt: veras.startsAt,
      },
    });

    expect(
      await handOverDossier(vera, { caseId: dossier.id, version: 1, advisorId: anna.userId, note: NOTE }, { now: NOW }),
    ).toMatchObject({ ok: true, value: { stillReadable: false } });
    const moved = await db.visit.findUniqueOrThrow({ where: { id: visit.id }, include: { slot: true } });
    expect(moved.slot).toMatchObject({ advisorId: anna.userId, startsAt: veras.startsAt });
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: supervisorsTask.id } })).assigneeId).toBe(
      supervisor.userId,
    );
    expect(await getDossier(supervisor, dossier.id)).not.toBeNull();
  });

  it("refuses while the conversation goes on, and when the new advisor has no free half hour at the appointment", async () => {
    const [anna, vera] = a.advisors;
    const dossier = await dossierOf(anna.userId);
    const [annas, annasNext] = a.session.slots.filter((slot) => slot.advisorId === anna.userId);
    const visit = await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: a.client.id,
        caseId: dossier.id,
        kind: "WALK_IN",
        status: "IN_CONVERSATION",
        slotId: annas.id,
        arrivedAt: NOW,
        startedAt: NOW,
      },
    });
    const give = () =>
      handOverDossier(anna, { caseId: dossier.id, version: 1, advisorId: vera.userId, note: NOTE }, { now: NOW });
    expect(await give()).toMatchObject({ error: { key: "refusals.cases.handoverInConversation" } });

    await db.visit.update({ where: { id: visit.id }, data: { status: "BOOKED", slotId: annasNext.id } });
    const verasThen = a.session.slots.find(
      (slot) => slot.advisorId === vera.userId && +slot.startsAt === +annasNext.startsAt,
    )!;
    await db.slot.delete({ where: { id: verasThen.id } });
    expect(await give()).toMatchObject({ error: { key: "refusals.cases.handoverVisitAhead" } });
    expect(await db.caseHandover.count({ where: { caseId: dossier.id } })).toBe(0);
    expect((await db.visit.findUniqueOrThrow({ where: { id: visit.id } })).slotId).toBe(annasNext.id);
  });
});

describe("the coordinator's view of open dossiers per advisor", () => {
  it("counts open and waiting dossiers with dates only, and lists one advisor's without client or question", async () => {
    const [anna, vera] = a.advisors;
    const first = await dossierOf(anna.userId);
    await dossierOf(anna.userId, { status: "WAITING_FOR_THIRD_PARTY" });
    await dossierOf(anna.userId, { status: "CLOSED" });
    await db.deadline.create({
      data: {
        organisationId: a.organisation.id,
        caseId: first.id,
        kind: "OTHER",
        title: "Stukken naar de CAK",
        dueOn: dateColumn("2026-12-15"),
        createdById: anna.userId,
      },
    });

    const perAdvisor = await listOpenDossiersPerAdvisor(a.coordinator);
    expect(perAdvisor.find((row) => row.id === anna.userId)).toMatchObject({
      open: 2,
      waiting: 1,
      oldestOpenedAt: NOW,
      nextDeadline: "2026-12-15",
    });
    expect(perAdvisor.find((row) => row.id === vera.userId)).toMatchObject({ open: 0, oldestOpenedAt: null });
    expect(perAdvisor.some((row) => row.id === b.advisors[0].userId)).toBe(false);

    const annas = await listOpenDossiersOf(a.coordinator, anna.userId);
    expect(annas?.dossiers).toHaveLength(2);
    expect(JSON.stringify(annas)).not.toMatch(/Aanmaning CAK|Stukken naar de CAK|Cliënt van/);
    expect(await listOpenDossiersOf(b.coordinator, anna.userId)).toBeNull();
  });
});
