// The reports count from things the database keeps beside the rows (issue 21, fast counts): the
// moment a visit counts at, the legal domain a question counts under with how many it touches, the
// minutes written for a conversation, and a client's first contact.
// Kept by the database, so no writer can forget them; these tests hold them to their definitions.
import { beforeEach, describe, expect, it } from "vitest";
import { addCaseLegalDomain, removeCaseLegalDomain } from "@/lib/cases/case-legal-domains";
import { mergeClients } from "@/lib/clients/merge-clients";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { countQuestions, countSmallerFigures } from "@/lib/reports/monitoring-queries";
import { createDeskLibrary, NOW, topLevelCategory } from "../support/desk-fixture";
import { createClient } from "../support/factories";
import { untilAWriterWaitsForALock } from "../support/lock-wait";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let tax: string;
let debts: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Telmomenten ${Math.random()}`);
  tax = (await topLevelCategory()).id;
  debts = (
    await db.legalDomain.upsert({
      where: { code: "schulden" },
      create: { code: "schulden", nameNl: "Schulden", nameEn: "Debts", juridischLoketCategory: "SCHULDEN" },
      update: {},
    })
  ).id;
});

const countedOf = (caseId: string) =>
  db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { countedLegalDomainId: true, otherLegalDomainCount: true },
  });

describe("the moment a visit counts at", () => {
  it("is its start, else its arrival, else its planned time, else its registration, and follows every change", async () => {
    const planned = amsterdamMoment("2026-11-20", 600);
    const arrived = amsterdamMoment("2026-11-20", 590);
    const started = amsterdamMoment("2026-11-20", 605);
    const visit = await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: a.client.id,
        kind: "APPOINTMENT",
        status: "BOOKED",
        createdAt: NOW,
      },
    });
    const counted = async () => (await db.visit.findUniqueOrThrow({ where: { id: visit.id } })).countedAt;
    expect(await counted()).toEqual(NOW);
    await db.visit.update({ where: { id: visit.id }, data: { plannedStartsAt: planned } });
    expect(await counted()).toEqual(planned);
    await db.visit.update({ where: { id: visit.id }, data: { arrivedAt: arrived, status: "WAITING" } });
    expect(await counted()).toEqual(arrived);
    await db.visit.update({ where: { id: visit.id }, data: { startedAt: started, status: "IN_CONVERSATION" } });
    expect(await counted()).toEqual(started);
    await db.visit.update({ where: { id: visit.id }, data: { startedAt: null, status: "NO_SHOW" } });
    expect(await counted()).toEqual(arrived);
  });
});

/** A quick contact, with a primary domain or none. */
const quickContactAt = (openedAt: Date, primaryDomainId?: string) =>
  db.case.create({
    data: {
      organisationId: a.organisation.id,
      clientId: a.client.id,
      kind: "QUICK_CONTACT",
      question: "Een brief",
      openedAt,
      ...(primaryDomainId ? { legalDomains: { create: { legalDomainId: primaryDomainId, primary: true } } } : {}),
    },
  });

/** A dossier on taxes, its primary domain, as the desk opens one. */
const taxDossierOf = (advisorId: string) =>
  db.case.create({
    data: {
      organisationId: a.organisation.id,
      clientId: a.client.id,
      responsibleAdvisorId: advisorId,
      question: "Toeslag terug, en nu schulden",
      openedAt: NOW,
      legalDomains: { create: { legalDomainId: tax, primary: true } },
    },
  });

describe("the legal domain a question counts under", () => {
  it("is its primary domain, kept with the number of other domains through every change by the advisor", async () => {
    const advisor = a.advisors[0];
    const dossier = await taxDossierOf(advisor.userId);
    expect(await countedOf(dossier.id)).toEqual({ countedLegalDomainId: tax, otherLegalDomainCount: 0 });
    expect(await addCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: debts })).toMatchObject({ ok: true });
    expect(await countedOf(dossier.id)).toEqual({ countedLegalDomainId: tax, otherLegalDomainCount: 1 });
    // A change of the primary domain in one statement moves the count along.
    await db.caseLegalDomain.updateMany({ where: { caseId: dossier.id }, data: { primary: false } });
    await db.caseLegalDomain.update({
      where: { caseId_legalDomainId: { caseId: dossier.id, legalDomainId: debts } },
      data: { primary: true },
    });
    expect(await countedOf(dossier.id)).toEqual({ countedLegalDomainId: debts, otherLegalDomainCount: 1 });
    expect(await removeCaseLegalDomain(advisor, { caseId: dossier.id, legalDomainId: tax })).toMatchObject({
      ok: true,
    });
    expect(await countedOf(dossier.id)).toEqual({ countedLegalDomainId: debts, otherLegalDomainCount: 0 });
    await db.caseLegalDomain.deleteMany({ where: { caseId: dossier.id } });
    expect(await countedOf(dossier.id)).toEqual({ countedLegalDomainId: null, otherLegalDomainCount: 0 });
  });

  it("is the first domain by id when none is primary, for each of the questions one statement touches", async () => {
    const [first, second] = [tax, debts].sort();
    const questions = await Promise.all([0, 1].map(() => quickContactAt(NOW)));
    await db.caseLegalDomain.createMany({
      data: questions.flatMap(({ id }) => [
        { caseId: id, legalDomainId: second, primary: false },
        { caseId: id, legalDomainId: first, primary: false },
      ]),
    });
    for (const { id } of questions)
      expect(await countedOf(id)).toEqual({ countedLegalDomainId: first, otherLegalDomainCount: 2 });
    // Without a primary domain every domain is another one, each counted once per question.
    const { otherLegalDomains: others } = await countSmallerFigures({
      organisationId: a.organisation.id,
      start: amsterdamMoment("2026-11-01", 0),
      end: amsterdamMoment("2026-12-31", 0),
    });
    expect(others.sort((x, y) => x.topId.localeCompare(y.topId))).toEqual(
      [first, second].map((topId) => ({ topId, count: 2 })),
    );
  });

  it("follows a domain moved to another question, for both questions", async () => {
    const [from, to] = [await quickContactAt(NOW, tax), await quickContactAt(NOW, tax)];
    await db.caseLegalDomain.create({ data: { caseId: from.id, legalDomainId: debts, primary: false } });
    await db.caseLegalDomain.update({
      where: { caseId_legalDomainId: { caseId: from.id, legalDomainId: debts } },
      data: { caseId: to.id },
    });
    expect(await countedOf(from.id)).toEqual({ countedLegalDomainId: tax, otherLegalDomainCount: 0 });
    expect(await countedOf(to.id)).toEqual({ countedLegalDomainId: tax, otherLegalDomainCount: 1 });
  });

  it("misses no domain another advisor adds at the same moment", async () => {
    const advisor = a.advisors[0];
    const dossier = await taxDossierOf(advisor.userId);
    const housing = (
      await db.legalDomain.upsert({
        where: { code: "wonen" },
        create: { code: "wonen", nameNl: "Wonen", nameEn: "Housing", juridischLoketCategory: "HUUR_EN_WONEN" },
        update: {},
      })
    ).id;
    // The first writer holds the case until the second is waiting for it, then commits: the second's
    // recount must see the first's domain.
    // A Prisma query runs once it is awaited or chained, so the second is chained at once.
    let second: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.caseLegalDomain.create({ data: { caseId: dossier.id, legalDomainId: debts, primary: false } });
      second = db.caseLegalDomain
        .create({ data: { caseId: dossier.id, legalDomainId: housing, primary: false } })
        .then(() => undefined);
      await untilAWriterWaitsForALock();
    });
    await second;
    expect(await countedOf(dossier.id)).toEqual({ countedLegalDomainId: tax, otherLegalDomainCount: 2 });
  });
});

/** A walk-in of the client, finished or still waiting. */
const visitOf = (clientId: string, status: "WAITING" | "DONE", startedAt: Date | null) =>
  db.visit.create({
    data: {
      organisationId: a.organisation.id,
      locationId: a.location.id,
      clientId,
      kind: "WALK_IN",
      status,
      startedAt,
    },
  });

describe("the minutes written for a conversation", () => {
  const visitAt = () => visitOf(a.client.id, "DONE", NOW);
  /** A time entry's fields: an advisor's consultation minutes on the day of the conversation. */
  const entryOn = (
    visitId: string,
    minutes: number,
    extra: { kind?: "CONSULTATION" | "AFTERCARE"; userId?: string; correctsId?: string } = {},
  ) => {
    const userId = extra.userId ?? a.advisors[0].userId;
    return {
      organisationId: a.organisation.id,
      userId,
      enteredById: userId,
      kind: extra.kind ?? "CONSULTATION",
      minutes,
      workedOn: new Date("2026-11-20T00:00:00Z"),
      visitId,
      correctsId: extra.correctsId,
    };
  };
  const written = (visitId: string, minutes: number, extra: Parameters<typeof entryOn>[2] = {}) =>
    db.timeEntry.create({ data: entryOn(visitId, minutes, extra) });
  const minutesOf = async (visitId: string) =>
    (await db.visit.findUniqueOrThrow({ where: { id: visitId }, select: { conversationMinutes: true } }))
      .conversationMinutes;
  const sumOf = async (visitId: string) =>
    (await db.timeEntry.aggregate({ where: { visitId, kind: "CONSULTATION" }, _sum: { minutes: true } }))._sum
      .minutes ?? 0;

  it("is the sum of its consultation minutes, corrections included, through every change", async () => {
    const [visit, other] = [await visitAt(), await visitAt()];
    const first = await written(visit.id, 40);
    expect(await minutesOf(visit.id)).toBe(40);
    await written(visit.id, -15, { correctsId: first.id });
    expect(await minutesOf(visit.id)).toBe(25);
    // Aftercare written on the visit is not the conversation.
    const aftercare = await written(visit.id, 30, { kind: "AFTERCARE" });
    expect(await minutesOf(visit.id)).toBe(25);
    await db.timeEntry.update({ where: { id: aftercare.id }, data: { kind: "CONSULTATION" } });
    expect(await minutesOf(visit.id)).toBe(55);
    // Moved to another conversation: both follow.
    await db.timeEntry.update({ where: { id: aftercare.id }, data: { visitId: other.id } });
    expect([await minutesOf(visit.id), await minutesOf(other.id)]).toEqual([25, 30]);
    await db.timeEntry.update({ where: { id: aftercare.id }, data: { minutes: 35 } });
    expect(await minutesOf(other.id)).toBe(35);
    await db.timeEntry.delete({ where: { id: aftercare.id } });
    expect(await minutesOf(other.id)).toBe(0);
    await db.timeEntry.createMany({
      data: [10, 20].map((minutes) => entryOn(other.id, minutes, { userId: a.advisors[1].userId })),
    });
    for (const id of [visit.id, other.id]) expect(await minutesOf(id)).toBe(await sumOf(id));
    expect(await minutesOf(other.id)).toBe(30);
  });

  it("misses no minutes another advisor writes for the same conversation at the same moment", async () => {
    const visit = await visitAt();
    // As for the domains above: the first writer holds the visit until the second waits for it.
    let second: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.timeEntry.create({ data: entryOn(visit.id, 45) });
      second = written(visit.id, 20).then(() => undefined);
      await untilAWriterWaitsForALock();
    });
    await second;
    expect(await minutesOf(visit.id)).toBe(65);
  });
});

describe("a client's first contact", () => {
  const quickContactOf = (clientId: string, openedAt: Date) =>
    db.case.create({
      data: { organisationId: a.organisation.id, clientId, kind: "QUICK_CONTACT", question: "Een brief", openedAt },
    });
  const contactOutsideHours = (caseId: string, day: string) =>
    db.dossierContact.create({
      data: {
        organisationId: a.organisation.id,
        caseId,
        channel: "PHONE",
        occurredOn: new Date(`${day}T00:00:00Z`),
        minutes: 10,
        advisorId: a.advisors[0].userId,
      },
    });
  const kept = async (clientId: string) =>
    (await db.clientFirstContact.findUnique({ where: { clientId } }))?.firstContactAt ?? null;
  // The definition, as lib/reports/monitoring-queries.ts counts a library's contacts, from the rows.
  const defined = async (clientId: string) => {
    const [row] = await db.$queryRaw<[{ first: Date | null }]>`
      SELECT MIN(at) AS first FROM "Client" k, LATERAL (
        SELECT v."countedAt" AS at FROM "Visit" v
        WHERE v."organisationId" = k."organisationId" AND v."clientId" = k."id" AND v."status" = 'DONE'
        UNION ALL
        SELECT c."openedAt" FROM "Case" c
        WHERE c."organisationId" = k."organisationId" AND c."clientId" = k."id" AND c."kind" = 'QUICK_CONTACT'
          AND NOT EXISTS (SELECT 1 FROM "Visit" d WHERE d."caseId" = c."id" AND d."status" = 'DONE')
        UNION ALL
        SELECT o."occurredOn"::timestamp AT TIME ZONE 'Europe/Amsterdam' FROM "DossierContact" o
        JOIN "Case" c ON c."id" = o."caseId" WHERE c."organisationId" = k."organisationId" AND c."clientId" = k."id"
      ) contact
      WHERE k."id" = ${clientId}`;
    return row.first;
  };
  const expectKept = async (clientId: string, moment: Date | null) => {
    expect(await kept(clientId)).toEqual(moment);
    expect(await defined(clientId)).toEqual(moment);
  };
  const on = (day: number) => amsterdamMoment(`2026-11-${String(day).padStart(2, "0")}`, 600);

  it("is the earliest finished visit, free quick contact or contact outside the hours, through every change", async () => {
    const client = a.client.id;
    await expectKept(client, null);
    // A visit counts once it is finished, at its start, and no longer once it is gone.
    const visit = await visitOf(client, "WAITING", null);
    await expectKept(client, null);
    await db.visit.update({ where: { id: visit.id }, data: { status: "DONE", startedAt: on(16) } });
    await expectKept(client, on(16));
    await db.visit.update({ where: { id: visit.id }, data: { startedAt: on(9) } });
    await expectKept(client, on(9));
    const gone = await visitOf(client, "DONE", on(3));
    await expectKept(client, on(3));
    await db.visit.delete({ where: { id: gone.id } });
    await expectKept(client, on(9));
    // A quick contact no finished visit holds is a contact of its own; held by one, it is that visit.
    const quick = await quickContactOf(client, on(2));
    await expectKept(client, on(2));
    await db.visit.update({ where: { id: visit.id }, data: { caseId: quick.id } });
    await expectKept(client, on(9));
    await db.visit.update({ where: { id: visit.id }, data: { status: "CANCELLED" } });
    await expectKept(client, on(2));
    await db.case.update({ where: { id: quick.id }, data: { openedAt: on(16) } });
    await expectKept(client, on(16));
    // Made a dossier, it is a contact no more.
    await db.case.update({ where: { id: quick.id }, data: { kind: "DOSSIER" } });
    await expectKept(client, null);
    // A contact outside the hours counts at the start of its Amsterdam day, and moves with it.
    const outside = await contactOutsideHours(quick.id, "2026-11-05");
    await expectKept(client, amsterdamMoment("2026-11-05", 0));
    await db.dossierContact.update({
      where: { id: outside.id },
      data: { occurredOn: new Date("2026-11-04T00:00:00Z") },
    });
    await expectKept(client, amsterdamMoment("2026-11-04", 0));
    await db.dossierContact.delete({ where: { id: outside.id } });
    await expectKept(client, null);
    // A deleted dossier takes its contacts along.
    await contactOutsideHours(quick.id, "2026-11-06");
    await expectKept(client, amsterdamMoment("2026-11-06", 0));
    await db.case.delete({ where: { id: quick.id } });
    await expectKept(client, null);
  });

  it("moves with the visits and questions a merge moves, for both clients", async () => {
    const [kept, second] = [a.client.id, (await createClient(a.organisation.id, "Dezelfde persoon")).id];
    await db.visit.createMany({
      data: [
        { clientId: kept, startedAt: on(10) },
        { clientId: second, startedAt: on(3) },
      ].map(({ clientId, startedAt }) => ({
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId,
        kind: "WALK_IN" as const,
        status: "DONE" as const,
        startedAt,
      })),
    });
    await quickContactOf(second, on(1));
    await expectKept(kept, on(10));
    await expectKept(second, on(1));
    expect(
      await mergeClients(
        a.admin,
        { keepClientId: kept, mergeClientId: second, confirmation: "samenvoegen" },
        { now: NOW },
      ),
    ).toMatchObject({ ok: true });
    await expectKept(kept, on(1));
    await expectKept(second, null);
  });

  it("never waits for a merge or an erasure that holds the client's record", async () => {
    const visit = await visitOf(a.client.id, "WAITING", null);
    // A merge locks both records first and then moves their visits; the desk changes a visit
    // first. Kept on the client's record, the count made the desk wait for the merge here, and the
    // merge wait for the desk's visit: a deadlock.
    await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Client" WHERE "id" = ${a.client.id} FOR UPDATE`;
        await db.visit.update({ where: { id: visit.id }, data: { status: "DONE", startedAt: on(12) } });
        await tx.visit.update({ where: { id: visit.id }, data: { startedAt: on(11) } });
      },
      { timeout: 5_000 },
    );
    await expectKept(a.client.id, on(11));
  });

  it("follows a contact outside the hours to the client a merge moved its dossier to meanwhile", async () => {
    const second = (await createClient(a.organisation.id, "Dezelfde persoon")).id;
    const dossier = await taxDossierOf(a.advisors[0].userId);
    // The merge moves the dossier and counts both clients before it commits; the contact is added
    // meanwhile, looks up the dossier's client as it was, and waits for the merge to commit.
    let contact: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.case.update({ where: { id: dossier.id }, data: { clientId: second } });
      await tx.$executeRaw`SET CONSTRAINTS ALL IMMEDIATE`;
      contact = contactOutsideHours(dossier.id, "2026-11-05").then(() => undefined);
      await untilAWriterWaitsForALock();
    });
    await contact;
    await expectKept(second, amsterdamMoment("2026-11-05", 0));
    await expectKept(a.client.id, null);
  });

  it("misses no contact another writer finishes for the same client at the same moment", async () => {
    const waiting = await visitOf(a.client.id, "WAITING", null);
    // The first writer's contact is the earlier: a second writer that counted without waiting for
    // it would write its own, later one over it. The first counts before its commit (as every
    // writer does at its commit) and holds on until the second waits for it.
    let other: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.visit.create({
        data: {
          organisationId: a.organisation.id,
          locationId: a.location.id,
          clientId: a.client.id,
          kind: "WALK_IN",
          status: "DONE",
          startedAt: on(4),
        },
      });
      await tx.$executeRaw`SET CONSTRAINTS ALL IMMEDIATE`;
      other = db.visit
        .update({ where: { id: waiting.id }, data: { status: "DONE", startedAt: on(10) } })
        .then(() => undefined);
      await untilAWriterWaitsForALock();
    });
    await other;
    await expectKept(a.client.id, on(4));
  });
});

describe("the month a question counts in", () => {
  it("is its Amsterdam month, at the edges of a month and across the change to winter time", async () => {
    // 31 October 2026 is in winter time (UTC+1): 22:59 UTC is still October in Amsterdam, 23:00 is
    // 1 November; 29 March 2026 went to summer time, so 31 March 22:00 UTC is 1 April.
    const moments = [
      "2026-10-31T22:59:59.999Z",
      "2026-10-31T23:00:00.000Z",
      "2026-03-31T21:59:00Z",
      "2026-03-31T22:00:00Z",
    ];
    for (const openedAt of moments) await quickContactAt(new Date(openedAt));
    const rows = await countQuestions({
      organisationId: a.organisation.id,
      start: amsterdamMoment("2026-03-15", 0),
      end: amsterdamMoment("2026-11-16", 0),
    });
    expect(
      Object.fromEntries(rows.filter((row) => row.grouping === "month").map((row) => [row.month, row.count])),
    ).toEqual({ "2026-03": 1, "2026-04": 1, "2026-10": 1, "2026-11": 1 });
  });
});
