import { beforeEach, describe, expect, it } from "vitest";
import { completeAftercareTask } from "@/lib/aftercare/complete-aftercare-task";
import { createAftercareTask } from "@/lib/aftercare/create-aftercare-task";
import { getCaseAftercare, listMyAftercare } from "@/lib/aftercare/queries";
import { closeCase } from "@/lib/cases/close-case";
import { openDossier } from "@/lib/cases/open-dossier";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { correctTimeEntry } from "@/lib/time/correct-time-entry";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";
import { actorOf, createUser } from "../support/factories";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
type Advisor = Library["host"];
let a: Library;
let b: Library;
let advisor: Advisor;
let colleague: Advisor;
let caseId: string;
let visitId: string;

const FORBIDDEN = { ok: false, error: "refusals.auth.forbidden" };
const CASE_NOT_FOUND = { ok: false, error: "refusals.cases.notFound" };
const TASK_NOT_FOUND = { ok: false, error: "refusals.aftercare.taskNotFound" };

async function dossierFor(library: Library, owner: Advisor, name: string) {
  const categoryId = (await topLevelCategory()).id;
  const registered = await registerWalkIn(
    library.host,
    { sessionId: library.session.id, categoryId, client: { newClient: { displayName: name } } },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(owner, { visitId: registered.value.visitId }, { now: NOW });
  const opened = await openDossier(
    owner,
    { visitId: registered.value.visitId, question: "WW-uitkering gestopt", legalDomainId: categoryId, consent: true },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return { caseId: opened.value.caseId, visitId: registered.value.visitId };
}

async function task(actor: Advisor, input: Record<string, unknown>, now = NOW) {
  const created = await createAftercareTask(actor, { caseId, ...input }, { now });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value.taskId;
}

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  [advisor, colleague] = a.advisors;
  ({ caseId, visitId } = await dossierFor(a, advisor, "T. Bakker"));
});

describe("create and complete", () => {
  it("creates a task from the conversation and completes it with 45 minutes: AFTERCARE time on the task and the dossier, audited", async () => {
    const created = await createAftercareTask(
      advisor,
      { caseId, visitId, title: "Bellen met UWV", dueOn: "2026-12-02" },
      { now: NOW },
    );
    expect(created).toMatchObject({ ok: true, value: { sharedWithAssignee: false } });
    if (!created.ok) return;
    const taskId = created.value.taskId;
    expect(await db.aftercareTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      organisationId: a.organisation.id,
      caseId,
      visitId,
      title: "Bellen met UWV",
      dueOn: new Date("2026-12-02T00:00:00Z"),
      assigneeId: advisor.userId,
      createdById: advisor.userId,
      status: "OPEN",
      completedAt: null,
    });

    const later = amsterdamMoment("2026-12-02", 14 * 60);
    const completed = await completeAftercareTask(advisor, { taskId, minutes: "45" }, { now: later });
    expect(completed.ok).toBe(true);
    expect(await db.aftercareTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      status: "DONE",
      completedAt: later,
    });
    const entries = await db.timeEntry.findMany({ where: { aftercareTaskId: taskId } });
    expect(entries).toEqual([
      expect.objectContaining({
        kind: "AFTERCARE",
        minutes: 45,
        userId: advisor.userId,
        enteredById: advisor.userId,
        caseId,
        visitId,
        correctsId: null,
        description: "Bellen met UWV",
        workedOn: new Date("2026-12-02T00:00:00Z"),
      }),
    ]);
    if (completed.ok) expect(completed.value.timeEntryId).toBe(entries[0].id);

    const clientId = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).clientId;
    const audit = await db.auditEvent.findMany({
      where: { entityType: "AftercareTask", entityId: taskId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => [event.action, event.actorId, event.clientId])).toEqual([
      ["aftercare.create", advisor.userId, clientId],
      ["aftercare.complete", advisor.userId, clientId],
    ]);
    expect(audit[1].details).toMatchObject({ minutes: 45, workedOn: "2026-12-02", timeEntryId: entries[0].id });
    expect((await getCaseAftercare(advisor, caseId, later))?.tasks).toEqual([
      expect.objectContaining({ id: taskId, status: "DONE", minutes: 45, overdue: false }),
    ]);
  });

  it("refuses completing twice, also when two people complete at the same moment: one task, one time entry", async () => {
    const taskId = await task(advisor, { title: "Bezwaar schrijven" });
    expect(await completeAftercareTask(advisor, { taskId, minutes: 30 }, { now: NOW })).toMatchObject({ ok: true });
    expect(await completeAftercareTask(advisor, { taskId, minutes: 30 }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.aftercare.alreadyCompleted",
    });

    const raced = await task(advisor, { title: "Reactie controleren" });
    const results = await Promise.all([
      completeAftercareTask(advisor, { taskId: raced, minutes: 10 }, { now: NOW }),
      completeAftercareTask(advisor, { taskId: raced, minutes: 20 }, { now: NOW }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, error: "refusals.aftercare.alreadyCompleted" },
    ]);
    expect(await db.timeEntry.count({ where: { aftercareTaskId: { in: [taskId, raced] } } })).toBe(2);
  });

  it("refuses bad minutes, a day in the future, a past due date, an empty title, a visit of another dossier and a closed dossier", async () => {
    const taskId = await task(advisor, { title: "Bellen met UWV" });
    for (const minutes of [0, -5, 601, 4.5, "veertig", undefined])
      expect((await completeAftercareTask(advisor, { taskId, minutes }, { now: NOW })).ok).toBe(false);
    expect(
      await completeAftercareTask(advisor, { taskId, minutes: 45, workedOn: "2026-12-02" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { workedOn: ["refusals.time.dayInFuture"] } });
    expect((await db.aftercareTask.findUniqueOrThrow({ where: { id: taskId } })).status).toBe("OPEN");

    expect(
      await createAftercareTask(advisor, { caseId, title: "Te laat", dueOn: "2026-11-30" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { dueOn: ["refusals.aftercare.dueInPast"] } });
    expect(
      await createAftercareTask(advisor, { caseId, title: "Nooit", dueOn: "2026-02-30" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { dueOn: ["refusals.common.dayNotReal"] } });
    expect(await createAftercareTask(advisor, { caseId, title: "  " }, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["refusals.aftercare.descriptionRequired"] },
    });
    const other = await dossierFor(a, advisor, "R. de Vries");
    expect(
      await createAftercareTask(advisor, { caseId, visitId: other.visitId, title: "Bellen" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { visitId: ["refusals.aftercare.visitNotOfCase"] } });
    expect(await closeCase(advisor, { caseId, version: 1, outcome: "SOLVED" }, { now: NOW })).toMatchObject({
      ok: true,
    });
    expect(await createAftercareTask(advisor, { caseId, title: "Na sluiten" }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.aftercare.caseClosed",
    });
    expect(await db.aftercareTask.count({ where: { caseId } })).toBe(1);
  });

  it("a time correction on the task's entry moves the dossier's aftercare minutes with it", async () => {
    const taskId = await task(advisor, { title: "Bellen met UWV" });
    const completed = await completeAftercareTask(advisor, { taskId, minutes: 45 }, { now: NOW });
    if (!completed.ok) throw new Error(JSON.stringify(completed.error));
    expect(await correctTimeEntry(advisor, { timeEntryId: completed.value.timeEntryId, minutes: 35 })).toMatchObject({
      ok: true,
    });
    expect(await db.timeEntry.findMany({ where: { correctsId: completed.value.timeEntryId } })).toEqual([
      expect.objectContaining({ minutes: -10, caseId, aftercareTaskId: taskId, kind: "AFTERCARE" }),
    ]);
    expect((await getCaseAftercare(advisor, caseId, NOW))?.tasks[0].minutes).toBe(35);
  });
});

describe("assignee", () => {
  it("hands a task to a colleague who cannot read the dossier by sharing it, audited; a colleague who reads it already gets no share", async () => {
    const created = await createAftercareTask(
      advisor,
      { caseId, title: "Bezwaar schrijven", assigneeId: colleague.userId },
      { now: NOW },
    );
    expect(created).toMatchObject({ ok: true, value: { sharedWithAssignee: true } });
    if (!created.ok) return;
    expect(await db.caseShare.findMany({ where: { caseId } })).toEqual([
      expect.objectContaining({ userId: colleague.userId }),
    ]);
    const share = await db.auditEvent.findFirstOrThrow({ where: { action: "case.share", entityId: caseId } });
    expect(share).toMatchObject({
      actorId: advisor.userId,
      details: { userId: colleague.userId, reason: "aftercare", aftercareTaskId: created.value.taskId },
    });
    expect(
      (await db.auditEvent.findFirstOrThrow({ where: { action: "aftercare.create", entityId: created.value.taskId } }))
        .details,
    ).toMatchObject({ assigneeId: colleague.userId, sharedWithAssignee: true });
    expect((await listMyAftercare(colleague, NOW)).tasks).toEqual([
      expect.objectContaining({ id: created.value.taskId, dossier: { id: caseId, clientName: "T. Bakker" } }),
    ]);

    expect(
      await createAftercareTask(advisor, { caseId, title: "Nog een", assigneeId: colleague.userId }, { now: NOW }),
    ).toMatchObject({ ok: true, value: { sharedWithAssignee: false } });
    expect(await db.caseShare.count({ where: { caseId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "case.share", entityId: caseId } })).toBe(1);
  });

  it("only to an active advisor of the own library", async () => {
    const inactive = actorOf(await createUser(a.organisation.id, "ADVISOR", { active: false }));
    for (const assignee of [inactive, a.host, a.coordinator, b.advisors[0]]) {
      expect(
        await createAftercareTask(advisor, { caseId, title: "Bellen", assigneeId: assignee.userId }, { now: NOW }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { assigneeId: ["refusals.aftercare.assigneeOwnLibrary"] },
      });
    }
    expect(await db.aftercareTask.count({ where: { caseId } })).toBe(0);
    expect(await db.caseShare.count({ where: { caseId } })).toBe(0);
  });

  it("a reader of the dossier may complete a colleague's task; the time is theirs", async () => {
    const taskId = await task(advisor, { title: "Bellen met UWV", assigneeId: colleague.userId });
    const result = await completeAftercareTask(advisor, { taskId, minutes: 20 }, { now: NOW });
    expect(result.ok).toBe(true);
    expect(await db.timeEntry.findFirstOrThrow({ where: { aftercareTaskId: taskId } })).toMatchObject({
      userId: advisor.userId,
      minutes: 20,
    });
  });

  it("keeps the task for an assignee whose share was taken back, without the client or the dossier", async () => {
    const taskId = await task(advisor, { title: "Bellen met UWV", assigneeId: colleague.userId });
    await db.caseShare.deleteMany({ where: { caseId } });
    expect((await listMyAftercare(colleague, NOW)).tasks).toEqual([
      { id: taskId, title: "Bellen met UWV", dueOn: null, overdue: false, dossier: null },
    ]);
    expect(await completeAftercareTask(colleague, { taskId, minutes: 15 }, { now: NOW })).toMatchObject({ ok: true });
  });
});

describe("my aftercare", () => {
  it("lists my open tasks, overdue first, then by due date, then those without a date", async () => {
    const later = await task(advisor, { title: "Reactie controleren", dueOn: "2026-12-10" });
    const undated = await task(advisor, { title: "Stukken opvragen" });
    const overdueLast = await task(advisor, { title: "Bezwaar schrijven", dueOn: "2026-12-03" });
    const overdueFirst = await task(advisor, { title: "Bellen met UWV", dueOn: "2026-12-02" });
    const done = await task(advisor, { title: "Al gedaan", dueOn: "2026-12-01" });
    await completeAftercareTask(advisor, { taskId: done, minutes: 5 }, { now: NOW });
    await task(advisor, { title: "Voor de collega", dueOn: "2026-12-01", assigneeId: colleague.userId });

    const mine = await listMyAftercare(advisor, amsterdamMoment("2026-12-05", 9 * 60));
    expect(mine.total).toBe(4);
    expect(mine.tasks.map((t) => [t.id, t.dueOn, t.overdue])).toEqual([
      [overdueFirst, "2026-12-02", true],
      [overdueLast, "2026-12-03", true],
      [later, "2026-12-10", false],
      [undated, null, false],
    ]);
    expect(mine.tasks[0].dossier).toEqual({ id: caseId, clientName: "T. Bakker" });
  });

  it("the dossier's list puts open tasks first and is null for who cannot read the dossier", async () => {
    const done = await task(advisor, { title: "Al gedaan" });
    await completeAftercareTask(advisor, { taskId: done, minutes: 5 }, { now: NOW });
    const open = await task(advisor, { title: "Nog doen", dueOn: "2026-12-04" });
    const aftercare = await getCaseAftercare(advisor, caseId, NOW);
    expect(aftercare?.tasks.map((t) => [t.id, t.status, t.minutes])).toEqual([
      [open, "OPEN", 0],
      [done, "DONE", 5],
    ]);
    expect(aftercare?.visits).toEqual([expect.objectContaining({ id: visitId })]);
    expect(aftercare?.advisors.map((user) => user.id).sort()).toEqual([advisor.userId, colleague.userId].sort());
    expect(await getCaseAftercare(colleague, caseId, NOW)).toBeNull();
    expect(await getCaseAftercare(b.advisors[0], caseId, NOW)).toBeNull();
  });
});

describe("access", () => {
  it("refuses hosts, coordinators and admins; an advisor without access and another library get not found", async () => {
    const taskId = await task(advisor, { title: "Bellen met UWV" });
    for (const actor of [a.host, a.coordinator, a.admin]) {
      expect(await createAftercareTask(actor, { caseId, title: "Bellen" }, { now: NOW })).toEqual(FORBIDDEN);
      expect(await completeAftercareTask(actor, { taskId, minutes: 10 }, { now: NOW })).toEqual(FORBIDDEN);
      await expect(listMyAftercare(actor, NOW)).rejects.toThrow("refusals.auth.forbidden");
      await expect(getCaseAftercare(actor, caseId, NOW)).rejects.toThrow("refusals.auth.forbidden");
    }
    for (const actor of [colleague, b.advisors[0]]) {
      expect(await createAftercareTask(actor, { caseId, title: "Bellen" }, { now: NOW })).toEqual(CASE_NOT_FOUND);
      expect(await completeAftercareTask(actor, { taskId, minutes: 10 }, { now: NOW })).toEqual(TASK_NOT_FOUND);
    }
    expect(await createAftercareTask(null, { caseId, title: "Bellen" }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.auth.unauthenticated",
    });
    expect(await db.aftercareTask.count({ where: { caseId } })).toBe(1);
    expect(await db.timeEntry.count({ where: { aftercareTaskId: taskId } })).toBe(0);
  });
});
