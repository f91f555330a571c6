import { beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/login";
import { amsterdamDay, formatTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from "../../scripts/seed";
import { DEMO_PROGRAMME } from "../../scripts/seed/organisations";
import { YEAR_LONG_CLIENT } from "../../scripts/seed/year-long-dossier";
import { DEMO_SIGNALS } from "../../scripts/seed/signals";
import { personalDataIn } from "@/lib/signals/personal-data";

const today = new Date("2026-11-28T10:00:00Z");

async function counts() {
  const [
    organisations,
    users,
    partners,
    clients,
    sessions,
    slots,
    visits,
    cases,
    referrals,
    timeEntries,
    legalDomains,
  ] = await Promise.all([
    db.organisation.count(),
    db.user.count(),
    db.partner.count(),
    db.client.count(),
    db.session.count(),
    db.slot.count(),
    db.visit.count(),
    db.case.count(),
    db.referral.count(),
    db.timeEntry.count(),
    db.legalDomain.count(),
  ]);
  return {
    organisations,
    users,
    partners,
    clients,
    sessions,
    slots,
    visits,
    cases,
    referrals,
    timeEntries,
    legalDomains,
  };
}

let afterFirstRun: Awaited<ReturnType<typeof counts>>;

beforeAll(async () => {
  await seedDemoData(db, { today });
  afterFirstRun = await counts();
}, 60_000);

describe("demo data", () => {
  it("holds, in each library, a dossier the professional has carried for a year, its time written once", async () => {
    const dossiers = await db.case.findMany({
      where: { client: { displayName: YEAR_LONG_CLIENT } },
      select: {
        openedAt: true,
        status: true,
        responsibleAdvisor: { select: { advisorKind: true } },
        contacts: { select: { minutes: true, timeEntry: { select: { minutes: true } } } },
        _count: { select: { notes: true, actions: true, deadlines: true, legalDomains: true } },
      },
    });
    expect(dossiers).toHaveLength(3);
    for (const dossier of dossiers) {
      expect(amsterdamDay(dossier.openedAt) <= "2026-01-02").toBe(true);
      expect(dossier.status).toBe("OPEN");
      expect(dossier.responsibleAdvisor?.advisorKind).toBe("PROFESSIONAL");
      expect(dossier._count).toEqual({ notes: 4, actions: 9, deadlines: 5, legalDomains: 2 });
      expect(dossier.contacts.map((contact) => contact.timeEntry?.minutes)).toEqual(
        dossier.contacts.map((contact) => contact.minutes),
      );
    }
  });

  it("holds, in each library, the report's signals, each from dossiers about its body and naming none of their clients", async () => {
    const signals = await db.signal.findMany({
      select: {
        theme: true,
        description: true,
        otherParty: { select: { kind: true } },
        dossiers: {
          select: {
            case: {
              select: {
                otherParty: { select: { kind: true } },
                client: { select: { displayName: true, phone: true, email: true } },
              },
            },
          },
        },
      },
    });
    expect(signals).toHaveLength(3 * DEMO_SIGNALS.length);
    for (const signal of signals) {
      expect(signal.dossiers.length).toBeGreaterThan(0);
      for (const { case: dossier } of signal.dossiers) expect(dossier.otherParty?.kind).toBe(signal.otherParty.kind);
      const clients = signal.dossiers.map((link) => link.case.client);
      expect(personalDataIn(signal.description, clients)).toEqual([]);
    }
  });

  it("holds the three pilot libraries with every role", async () => {
    const organisations = await db.organisation.findMany({
      where: { kind: "LIBRARY" },
      select: { slug: true, users: { select: { roles: true } } },
      orderBy: { slug: "asc" },
    });
    expect(organisations.map((o) => o.slug)).toEqual(["hengelo", "mar-en-fean", "venray"]);
    for (const organisation of organisations) {
      expect(new Set(organisation.users.flatMap((u) => u.roles))).toEqual(
        new Set(["HOST", "ADVISOR", "COORDINATOR", "ADMIN"]),
      );
    }
    expect(afterFirstRun.visits).toBeGreaterThan(100);
    expect(afterFirstRun.cases).toBeGreaterThan(100);
  });

  it("holds a funder that reads Hengelo's and Mar en Fean's figures, not Venray's, and logs in with the demo password", async () => {
    const programme = await db.organisation.findUniqueOrThrow({
      where: { slug: DEMO_PROGRAMME.slug },
      select: {
        kind: true,
        users: { select: { email: true, roles: true } },
        grantsReceived: { select: { organisation: { select: { slug: true } } } },
      },
    });
    expect(programme.kind).toBe("PROGRAMME");
    expect(programme.users).toEqual([{ email: "cijfers@programma.example", roles: ["PROGRAMME"] }]);
    expect(programme.grantsReceived.map((grant) => grant.organisation.slug).sort()).toEqual(["hengelo", "mar-en-fean"]);
    expect(
      await authenticateWithPassword({ email: "cijfers@programma.example", password: DEMO_PASSWORD }),
    ).toMatchObject({ ok: true });
  });

  it("does not give a grant back that an admin took away, on the next run", async () => {
    const { count } = await db.programmeGrant.deleteMany({ where: { organisation: { slug: "hengelo" } } });
    expect(count).toBe(1);
    await seedDemoData(db, { today });
    expect(await db.programmeGrant.count({ where: { organisation: { slug: "hengelo" } } })).toBe(0);
  }, 60_000);

  it("is idempotent: a second run adds and changes nothing", async () => {
    await seedDemoData(db, { today });
    expect(await counts()).toEqual(afterFirstRun);
  }, 60_000);

  it("can make the desk alive: a session running now with free half hours, someone waiting and an appointment", async () => {
    const saturdayEvening = new Date("2026-11-28T19:10:00Z");
    await seedDemoData(db, { today: saturdayEvening, liveDesk: true });
    const hengelo = await db.organisation.findUniqueOrThrow({ where: { slug: "hengelo" } });
    const running = await db.session.findMany({
      where: { organisationId: hengelo.id, startsAt: { lte: saturdayEvening }, endsAt: { gt: saturdayEvening } },
      select: {
        id: true,
        startsAt: true,
        slots: { where: { visit: null, endsAt: { gt: saturdayEvening } }, select: { id: true } },
        visits: { select: { status: true } },
      },
    });
    expect(running).toHaveLength(1);
    expect(formatTime(running[0].startsAt)).toBe("20:00");
    expect(running[0].slots.length).toBeGreaterThanOrEqual(6);
    expect(running[0].visits.map((v) => v.status).sort()).toEqual(["BOOKED", "WAITING"]);
    const before = await db.session.count();
    await seedDemoData(db, { today: saturdayEvening, liveDesk: true });
    expect(await db.session.count()).toBe(before);
  }, 60_000);

  it("lets every documented demo user log in", async () => {
    for (const user of DEMO_USERS) {
      expect(await authenticateWithPassword({ email: user.email, password: DEMO_PASSWORD })).toMatchObject({
        ok: true,
      });
    }
  }, 60_000);

  it("puts consultation hours on Tuesday and Thursday 10:00-13:00 Amsterdam time, also across daylight saving", async () => {
    const sessions = await db.session.findMany({
      where: { consultationHourId: { not: null } },
      select: { startsAt: true, endsAt: true },
    });
    for (const session of sessions) {
      expect([formatTime(session.startsAt), formatTime(session.endsAt)]).toEqual(["10:00", "13:00"]);
      expect(["2", "4"]).toContain(String(new Date(`${amsterdamDay(session.startsAt)}T12:00:00Z`).getUTCDay()));
    }
  });

  it("spreads questions over legal domains roughly as the Hengelo report: social security, consumer, tax first", async () => {
    const rows = await db.$queryRaw<{ code: string; n: bigint }[]>`
      SELECT COALESCE(parent.code, d.code) AS code, COUNT(*) AS n
      FROM "CaseLegalDomain" cld
      JOIN "LegalDomain" d ON d.id = cld."legalDomainId"
      LEFT JOIN "LegalDomain" parent ON parent.id = d."parentId"
      WHERE cld."primary"
      GROUP BY 1 ORDER BY 2 DESC`;
    const total = rows.reduce((sum, row) => sum + Number(row.n), 0);
    const share = (code: string) => Number(rows.find((r) => r.code === code)?.n ?? 0) / total;
    expect(rows.slice(0, 3).map((r) => r.code)).toEqual(["sociale-zekerheid", "consumentenzaken", "belastingrecht"]);
    expect(share("sociale-zekerheid")).toBeGreaterThan(0.25);
    expect(share("sociale-zekerheid")).toBeLessThan(0.4);
  });

  it("gives each library the national bodies and its municipality, and puts questions against the body of their letter", async () => {
    const hengelo = await db.organisation.findUniqueOrThrow({ where: { slug: "hengelo" } });
    const names = (await db.otherParty.findMany({ where: { organisationId: hengelo.id } })).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(["CAK", "UWV", "Belastingdienst/Toeslagen", "Gemeente Hengelo"]));
    const perKind = await db.$queryRaw<{ kind: string; n: bigint; elsewhere: bigint }[]>`
      SELECT o."kind"::text AS kind, COUNT(*) AS n, COUNT(*) FILTER (WHERE o."organisationId" <> c."organisationId") AS elsewhere
      FROM "Case" c JOIN "OtherParty" o ON o.id = c."otherPartyId" GROUP BY 1`;
    expect(perKind.map((row) => row.kind)).toEqual(
      expect.arrayContaining(["ALLOWANCES_SERVICE", "CAK", "MUNICIPALITY"]),
    );
    expect(perKind.every((row) => Number(row.elsewhere) === 0)).toBe(true);
  });

  it("never gives one slot to two visits and keeps every slot within half an hour", async () => {
    const [overlong] = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT COUNT(*) AS n FROM "Slot" WHERE "endsAt" - "startsAt" > interval '30 minutes'`;
    expect(Number(overlong.n)).toBe(0);
    const [shared] = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT COUNT(*) AS n FROM (SELECT "slotId" FROM "Visit" WHERE "slotId" IS NOT NULL GROUP BY 1 HAVING COUNT(*) > 1) s`;
    expect(Number(shared.n)).toBe(0);
  });
});

describe("a live desk with room for many walk-ins", () => {
  it("adds an extra session with at least the asked number of free half hours", async () => {
    const mondayMorning = new Date("2026-11-30T08:10:00Z");
    await seedDemoData(db, { today: mondayMorning, liveDesk: { freeSlots: 40 } });
    const hengelo = await db.organisation.findUniqueOrThrow({ where: { slug: "hengelo" } });
    const free = await db.slot.count({
      where: {
        organisationId: hengelo.id,
        endsAt: { gt: mondayMorning },
        startsAt: { lt: new Date("2026-11-30T23:00:00Z") },
        visit: null,
      },
    });
    expect(free).toBeGreaterThanOrEqual(40);
  }, 60_000);

  it("never runs an extra session into the next regular hour, however many half hours are asked", async () => {
    const mondayEvening = new Date("2026-11-30T19:10:00Z");
    const tuesdayHourStarts = new Date("2026-12-01T09:00:00Z");
    await seedDemoData(db, { today: mondayEvening, liveDesk: { freeSlots: 120 } });
    const extra = await db.session.findMany({
      where: { startsAt: { gte: new Date("2026-11-30T19:00:00Z"), lt: tuesdayHourStarts } },
      select: { endsAt: true },
    });
    expect(extra.length).toBeGreaterThan(0);
    for (const session of extra) expect(session.endsAt.getTime()).toBeLessThanOrEqual(tuesdayHourStarts.getTime());
  }, 60_000);
});
