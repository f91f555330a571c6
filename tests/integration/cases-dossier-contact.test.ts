import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { recordDossierContact } from "@/lib/cases/record-dossier-contact";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { countContactsAndClients } from "@/lib/reports/monitoring-queries";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, NOW } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
});

const dossierOf = (library: Library, kind: "DOSSIER" | "QUICK_CONTACT" = "DOSSIER") =>
  db.case.create({
    data: {
      organisationId: library.organisation.id,
      clientId: library.client.id,
      responsibleAdvisorId: library.advisors[0].userId,
      kind,
      openedAt: NOW,
      ...(kind === "QUICK_CONTACT" ? { status: "CLOSED", closedAt: NOW, outcome: "SOLVED" } : {}),
    },
  });

const written = async () => ({
  contacts: await db.dossierContact.count(),
  time: await db.timeEntry.count(),
});

describe("a contact with the client outside a consultation hour", () => {
  it("goes in the dossier, its minutes count as the advisor's consultation time and it counts as a contact", async () => {
    const dossier = await dossierOf(a);
    const result = await recordDossierContact(
      a.advisors[0],
      {
        caseId: dossier.id,
        channel: "PHONE",
        occurredOn: "2026-11-30",
        minutes: "15",
        note: " Belde over de aanmaning ",
      },
      { now: NOW },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.dossierContact.findUniqueOrThrow({ where: { id: result.value.contactId } })).toMatchObject({
      caseId: dossier.id,
      channel: "PHONE",
      occurredOn: dateColumn("2026-11-30"),
      minutes: 15,
      note: "Belde over de aanmaning",
      advisorId: a.advisors[0].userId,
    });
    expect(await db.timeEntry.findFirstOrThrow({ where: { caseId: dossier.id } })).toMatchObject({
      userId: a.advisors[0].userId,
      dossierContactId: result.value.contactId,
      kind: "CONSULTATION",
      minutes: 15,
      workedOn: dateColumn("2026-11-30"),
    });
    expect(
      await db.auditEvent.count({
        where: { action: "case.contact", entityId: result.value.contactId, clientId: a.client.id },
      }),
    ).toBe(1);
    // 30 November counts in November, not in December.
    const november = await countContactsAndClients(
      {
        organisationId: a.organisation.id,
        start: new Date("2026-10-31T23:00:00Z"),
        end: new Date("2026-11-30T23:00:00Z"),
      },
      2026,
    );
    const december = await countContactsAndClients(
      {
        organisationId: a.organisation.id,
        start: new Date("2026-11-30T23:00:00Z"),
        end: new Date("2026-12-31T23:00:00Z"),
      },
      2026,
    );
    expect(november.totals).toMatchObject({ outsideHours: 1, onceClients: 1 });
    expect(december.totals).toMatchObject({ outsideHours: 0 });
  });

  it("today is the day when none is given; a day ahead is refused", async () => {
    const dossier = await dossierOf(a);
    const today = await recordDossierContact(
      a.advisors[0],
      { caseId: dossier.id, channel: "EMAIL", occurredOn: "", minutes: 5 },
      { now: NOW },
    );
    if (!today.ok) throw new Error(JSON.stringify(today));
    expect((await db.dossierContact.findUniqueOrThrow({ where: { id: today.value.contactId } })).occurredOn).toEqual(
      dateColumn("2026-12-01"),
    );
    const before = await written();
    expect(
      await recordDossierContact(
        a.advisors[0],
        { caseId: dossier.id, channel: "EMAIL", occurredOn: "2026-12-02", minutes: 5 },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, error: "refusals.cases.contactInFuture" });
    expect(await written()).toEqual(before);
  });

  it("refuses bad input, a quick contact and another library's dossier, writing nothing", async () => {
    const dossier = await dossierOf(a);
    const quick = await dossierOf(a, "QUICK_CONTACT");
    const before = await written();
    for (const input of [
      { caseId: dossier.id, channel: "FAX", minutes: 5 },
      { caseId: dossier.id, channel: "PHONE", minutes: 0 },
      { caseId: dossier.id, channel: "PHONE", minutes: 5, note: "x".repeat(1001) },
      { caseId: dossier.id, channel: "PHONE", minutes: 5, occurredOn: "2026-02-30" },
    ]) {
      expect(await recordDossierContact(a.advisors[0], input, { now: NOW })).toMatchObject({
        ok: false,
        error: INVALID_INPUT,
      });
    }
    expect(
      await recordDossierContact(a.advisors[0], { caseId: quick.id, channel: "PHONE", minutes: 5 }, { now: NOW }),
    ).toEqual({ ok: false, error: "refusals.cases.notFound" });
    expect(
      await recordDossierContact(b.advisors[0], { caseId: dossier.id, channel: "PHONE", minutes: 5 }, { now: NOW }),
    ).toEqual({ ok: false, error: "refusals.cases.notFound" });
    const closed = await db.case.create({
      data: {
        organisationId: a.organisation.id,
        clientId: a.client.id,
        responsibleAdvisorId: a.advisors[0].userId,
        status: "CLOSED",
        closedAt: NOW,
        outcome: "SOLVED",
      },
    });
    expect(
      await recordDossierContact(a.advisors[0], { caseId: closed.id, channel: "PHONE", minutes: 5 }, { now: NOW }),
    ).toEqual({ ok: false, error: "refusals.cases.contactCaseClosed" });
    expect(await written()).toEqual(before);
  });
});

describe("the migration that links a contact to its time (20261212090000_contact_time)", () => {
  const backfill = readFileSync("prisma/migrations/20261212090000_contact_time/migration.sql", "utf8").slice(
    readFileSync("prisma/migrations/20261212090000_contact_time/migration.sql", "utf8").indexOf("WITH contact AS"),
  );

  it("links each earlier contact to the one entry written with it, also a contact recorded twice, and nothing else", async () => {
    const dossier = await dossierOf(a);
    const advisorId = a.advisors[0].userId;
    const day = dateColumn("2026-11-30");
    const contact = (createdAt: Date) =>
      db.dossierContact.create({
        data: {
          organisationId: a.organisation.id,
          caseId: dossier.id,
          channel: "PHONE",
          occurredOn: day,
          minutes: 10,
          advisorId,
          createdAt,
        },
      });
    const entry = (createdAt: Date, description: string | null = null) =>
      db.timeEntry.create({
        data: {
          organisationId: a.organisation.id,
          userId: advisorId,
          enteredById: advisorId,
          caseId: dossier.id,
          kind: "CONSULTATION",
          minutes: 10,
          workedOn: day,
          description,
          createdAt,
        },
      });
    // The same call written down twice two seconds apart, each with its entry, as before the column.
    const first = await contact(new Date("2026-11-30T10:00:00.000Z"));
    const firstTime = await entry(new Date("2026-11-30T10:00:00.020Z"));
    const second = await contact(new Date("2026-11-30T10:00:02.000Z"));
    const secondTime = await entry(new Date("2026-11-30T10:00:02.030Z"));
    // Time the advisor wrote on the dossier by hand: no contact's.
    const own = await entry(new Date("2026-11-30T10:00:03.000Z"), "Brief gelezen");

    await db.$executeRawUnsafe(backfill);

    const linked = await db.timeEntry.findMany({
      where: { caseId: dossier.id },
      select: { id: true, dossierContactId: true },
    });
    expect(Object.fromEntries(linked.map((row) => [row.id, row.dossierContactId]))).toEqual({
      [firstTime.id]: first.id,
      [secondTime.id]: second.id,
      [own.id]: null,
    });
  });
});
