import { beforeEach, describe, expect, it } from "vitest";
import { changeCaseAction, recordCaseAction, removeCaseAction } from "@/lib/cases/case-actions";
import { amsterdamMoment, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { countSmallerFigures } from "@/lib/reports/monitoring-queries";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW } from "../support/desk-fixture";
import { actorOf, createUser } from "../support/factories";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let caseId: string;

const DECEMBER = { start: new Date("2026-11-30T23:00:00Z"), end: new Date("2026-12-31T23:00:00Z") };
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  caseId = (
    await db.case.create({
      data: { organisationId: a.organisation.id, clientId: a.client.id, responsibleAdvisorId: a.advisors[0].userId },
    })
  ).id;
});

const minutesOnDossier = async () =>
  (await db.timeEntry.aggregate({ where: { caseId }, _sum: { minutes: true } }))._sum.minutes ?? 0;
const actionsCounted = async () =>
  Object.fromEntries(
    (await countSmallerFigures({ organisationId: a.organisation.id, ...DECEMBER })).actions.map((row) => [
      row.kind,
      row.count,
    ]),
  );

async function record(input: Record<string, unknown>, actor = a.advisors[0], now = NOW) {
  const result = await recordCaseAction(actor, { caseId, ...input }, { now });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.actionId;
}

describe("work on a dossier", () => {
  it("a mediation of 20 minutes and a payment arrangement of 15: actions counted, minutes as aftercare time", async () => {
    const mediation = await record({ kind: "MEDIATION", minutes: "20", note: "Met de schuldeiser gebeld" });
    await record({ kind: "PAYMENT_PLAN", minutes: 15, performedOn: "2026-11-30" });
    expect(await db.caseAction.findUniqueOrThrow({ where: { id: mediation } })).toMatchObject({
      kind: "MEDIATION",
      minutes: 20,
      description: "Met de schuldeiser gebeld",
      performedAt: NOW,
      performedById: a.advisors[0].userId,
    });
    const entries = await db.timeEntry.findMany({ where: { caseId }, orderBy: { minutes: "desc" } });
    expect(entries).toMatchObject([
      { kind: "AFTERCARE", minutes: 20, workedOn: dateColumn("2026-12-01"), userId: a.advisors[0].userId },
      { kind: "AFTERCARE", minutes: 15, workedOn: dateColumn("2026-11-30") },
    ]);
    // The earlier day counts in November.
    expect(await actionsCounted()).toEqual({ MEDIATION: 1 });
    expect((await db.caseAction.findFirstOrThrow({ where: { caseId, kind: "PAYMENT_PLAN" } })).performedAt).toEqual(
      amsterdamMoment("2026-11-30", 12 * 60),
    );
    expect(await db.auditEvent.count({ where: { action: "case.action_add", clientId: a.client.id } })).toBe(2);
  });

  it("the author changes the minutes by a correction and removes it, and the time goes back to zero", async () => {
    const id = await record({ kind: "MEDIATION", minutes: 20 });
    expect(
      await changeCaseAction(
        a.advisors[0],
        { actionId: id, kind: "CALL_OTHER_PARTY", minutes: 15, note: "CAK gebeld" },
        { now: later(6) },
      ),
    ).toEqual({ ok: true, value: { actionId: id } });
    expect(await db.caseAction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "CALL_OTHER_PARTY",
      minutes: 15,
      description: "CAK gebeld",
    });
    expect(await minutesOnDossier()).toBe(15);
    expect(await db.timeEntry.count({ where: { caseId } })).toBe(2);

    expect(await removeCaseAction(a.advisors[0], { actionId: id }, { now: later(6) })).toEqual({
      ok: true,
      value: { actionId: id },
    });
    expect(await db.caseAction.count({ where: { id } })).toBe(0);
    expect(await minutesOnDossier()).toBe(0);
    expect(await actionsCounted()).toEqual({});
    expect(
      await db.auditEvent.count({
        where: { entityId: id, action: { in: ["case.action_change", "case.action_remove"] } },
      }),
    ).toBe(2);
  });

  it("refuses someone else's action, one older than a week, a day ahead, a quick contact and another library", async () => {
    const id = await record({ kind: "MEDIATION", minutes: 20 });
    const colleague = actorOf(await createUser(a.organisation.id, "ADVISOR"));
    await db.caseShare.create({ data: { caseId, userId: colleague.userId } });
    expect(await removeCaseAction(colleague, { actionId: id }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.caseAction.onlyOwn",
    });
    // Written on Tuesday 1 December: through Monday the 7th, not on Tuesday the 8th.
    expect(await removeCaseAction(a.advisors[0], { actionId: id }, { now: later(7) })).toEqual({
      ok: false,
      error: "refusals.caseAction.tooOld",
    });
    expect(await removeCaseAction(b.advisors[0], { actionId: id }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.caseAction.notFound",
    });
    expect(
      await recordCaseAction(
        a.advisors[0],
        { caseId, kind: "MEDIATION", minutes: 5, performedOn: "2026-12-02" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, error: "refusals.caseAction.inFuture" });
    expect(
      await recordCaseAction(a.advisors[0], { caseId, kind: "SMALL_TALK", minutes: 5 }, { now: NOW }),
    ).toMatchObject({ ok: false, error: INVALID_INPUT });
    const quick = await db.case.create({
      data: {
        organisationId: a.organisation.id,
        clientId: a.client.id,
        responsibleAdvisorId: a.advisors[0].userId,
        kind: "QUICK_CONTACT",
        status: "CLOSED",
        closedAt: NOW,
        outcome: "SOLVED",
      },
    });
    expect(
      await recordCaseAction(a.advisors[0], { caseId: quick.id, kind: "MEDIATION", minutes: 5 }, { now: NOW }),
    ).toEqual({ ok: false, error: "refusals.cases.notFound" });
    expect(await db.caseAction.count({ where: { caseId: { in: [caseId, quick.id] } } })).toBe(1);
    expect(await minutesOnDossier()).toBe(20);
  });
});
