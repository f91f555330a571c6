import { beforeEach, describe, expect, it } from "vitest";
import { openDossier } from "@/lib/cases/open-dossier";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { addFreeDeadline, addObjectionDeadline, completeDeadline } from "@/lib/deadlines/add-deadline";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { startConversation } from "@/lib/desk/visit-transitions";
import { logCaseTime } from "@/lib/time/log-case-time";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let caseId: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  const categoryId = (await topLevelCategory()).id;
  const registered = await registerWalkIn(
    a.host,
    { sessionId: a.session.id, categoryId, client: { newClient: { displayName: "T. Bakker" } } },
    { now: NOW },
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.error));
  await startConversation(a.advisors[0], { visitId: registered.value.visitId }, { now: NOW });
  const opened = await openDossier(
    a.advisors[0],
    { visitId: registered.value.visitId, question: "Bezwaar", legalDomainId: categoryId, consent: true },
    { now: NOW },
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  caseId = opened.value.caseId;
});

const dueOn = async (id: string) =>
  (await db.deadline.findUniqueOrThrow({ where: { id } })).dueOn.toISOString().slice(0, 10);

describe("addObjectionDeadline", () => {
  it("computes the Awb term from the decision date, extended past Good Friday and Easter Monday", async () => {
    const result = await addObjectionDeadline(
      a.advisors[0],
      { caseId, decisionSentOn: "2026-02-20" },
      { now: amsterdamMoment("2026-03-01", 600) },
    );
    expect(result).toMatchObject({ ok: true, value: { dueOn: "2026-04-07", term: { nominalEnd: "2026-04-03" } } });
    if (!result.ok) return;
    expect(await dueOn(result.value.deadlineId)).toBe("2026-04-07");
    expect(await db.deadline.findUniqueOrThrow({ where: { id: result.value.deadlineId } })).toMatchObject({
      kind: "AWB_OBJECTION",
      title: "Bezwaartermijn (besluit verzonden op vrijdag 20 februari 2026)",
      createdById: a.advisors[0].userId,
    });
    expect(await db.auditEvent.count({ where: { entityId: result.value.deadlineId, action: "deadline.create" } })).toBe(
      1,
    );
  });

  it("refuses a decision date in the future or that does not exist, in Dutch, writing nothing", async () => {
    const now = amsterdamMoment("2026-03-01", 600);
    expect(await addObjectionDeadline(a.advisors[0], { caseId, decisionSentOn: "2026-03-02" }, { now })).toMatchObject({
      ok: false,
      fieldErrors: { decisionSentOn: ["refusals.deadlines.letterDateInFuture"] },
    });
    expect(await addObjectionDeadline(a.advisors[0], { caseId, decisionSentOn: "2026-02-30" }, { now })).toMatchObject({
      ok: false,
      fieldErrors: {
        decisionSentOn: ["refusals.deadlines.decisionSentOn.notADay"],
      },
    });
    expect(await db.deadline.count({ where: { caseId } })).toBe(0);
  });

  it("refuses other roles, other libraries and advisors without access", async () => {
    const input = { caseId, decisionSentOn: "2026-11-20" };
    for (const actor of [a.host, a.coordinator, a.admin])
      expect(await addObjectionDeadline(actor, input, { now: NOW })).toEqual({
        ok: false,
        error: "refusals.auth.forbidden",
      });
    for (const actor of [a.advisors[1], b.advisors[0]])
      expect(await addObjectionDeadline(actor, input, { now: NOW })).toEqual({
        ok: false,
        error: "refusals.cases.notFound",
      });
    expect(await db.deadline.count({ where: { caseId } })).toBe(0);
  });
});

describe("free deadlines", () => {
  it("keeps the date as agreed and can be completed once, by readers only", async () => {
    const result = await addFreeDeadline(
      a.advisors[0],
      { caseId, kind: "REPLY_EXPECTED", title: "Reactie UWV", dueOn: "2026-12-26" },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true, value: { dueOn: "2026-12-26" } });
    if (!result.ok) return;
    const deadlineId = result.value.deadlineId;
    expect(await completeDeadline(a.advisors[1], { deadlineId }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.deadlines.notFound",
    });
    expect(await completeDeadline(b.advisors[0], { deadlineId }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.deadlines.notFound",
    });
    expect(await completeDeadline(a.host, { deadlineId }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.auth.forbidden",
    });
    expect(await completeDeadline(a.advisors[0], { deadlineId }, { now: NOW })).toEqual({ ok: true, value: undefined });
    expect(await completeDeadline(a.advisors[0], { deadlineId }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.deadlines.alreadyDone",
    });
  });

  it("refuses a date that does not exist", async () => {
    expect(
      await addFreeDeadline(a.advisors[0], {
        caseId,
        kind: "PAYMENT_PLAN",
        title: "Eerste termijn",
        dueOn: "2026-13-01",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { dueOn: ["refusals.common.dayNotReal"] } });
  });
});

describe("logCaseTime", () => {
  it("records the advisor's minutes on the dossier, audited", async () => {
    const result = await logCaseTime(a.advisors[0], { caseId, minutes: "20" }, { now: NOW });
    expect(result.ok).toBe(true);
    const entries = await db.timeEntry.findMany({ where: { caseId } });
    expect(entries).toEqual([
      expect.objectContaining({ minutes: 20, kind: "AFTERCARE", userId: a.advisors[0].userId }),
    ]);
    expect(entries[0].workedOn.toISOString().slice(0, 10)).toBe("2026-12-01");
  });

  it("refuses zero, negative, too many and future minutes, and other people", async () => {
    for (const minutes of [0, -20, 601, "twintig"])
      expect((await logCaseTime(a.advisors[0], { caseId, minutes }, { now: NOW })).ok).toBe(false);
    expect(
      await logCaseTime(a.advisors[0], { caseId, minutes: 5, workedOn: "2026-12-02" }, { now: NOW }),
    ).toMatchObject({ ok: false, fieldErrors: { workedOn: ["refusals.time.dayInFuture"] } });
    expect(await logCaseTime(a.host, { caseId, minutes: 5 }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.auth.forbidden",
    });
    expect(await logCaseTime(b.advisors[0], { caseId, minutes: 5 }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.cases.notFound",
    });
    expect(await db.timeEntry.count({ where: { caseId } })).toBe(0);
  });
});
