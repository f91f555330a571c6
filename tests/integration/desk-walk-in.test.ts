import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { INVALID_INPUT } from "@/lib/use-case";
import { createDeskLibrary, createSession, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let categoryId: string;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  categoryId = (await topLevelCategory()).id;
});

const newClient = (displayName = "J. de Vries") => ({ newClient: { displayName } });
const walkIn = (overrides: Record<string, unknown> = {}) => ({
  sessionId: a.session.id,
  categoryId,
  referrerPartnerId: null,
  client: newClient(),
  ...overrides,
});
const rowCounts = async () => ({
  visits: await db.visit.count(),
  clients: await db.client.count(),
  referrals: await db.referral.count(),
});

describe("registerWalkIn", () => {
  it("registers a new client into the next free half hour that has not ended yet", async () => {
    const result = await registerWalkIn(a.host, walkIn(), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const visit = await db.visit.findUniqueOrThrow({
      where: { id: result.value.visitId },
      include: { slot: true, client: true },
    });
    expect(visit).toMatchObject({
      status: "WAITING",
      kind: "WALK_IN",
      categoryId,
      arrivedAt: NOW,
      registeredById: a.host.userId,
    });
    expect(visit.client).toMatchObject({ displayName: "J. de Vries", organisationId: a.organisation.id });
    // 10:10: the 10:00 half hour still runs, so it is the next free one.
    expect(visit.slot?.startsAt).toEqual(a.session.slots[0].startsAt);
    expect(result.value.slotStartsAt).toEqual(a.session.slots[0].startsAt);
  });

  it("gives each following walk-in the next free slot, never a slot twice", async () => {
    const slotIds = [];
    for (let i = 0; i < a.session.slots.length; i++) {
      const result = await registerWalkIn(a.host, walkIn({ client: newClient(`Cliënt ${i}`) }), { now: NOW });
      expect(result.ok).toBe(true);
      if (result.ok) slotIds.push((await db.visit.findUniqueOrThrow({ where: { id: result.value.visitId } })).slotId);
    }
    expect(new Set(slotIds).size).toBe(a.session.slots.length);
    const full = await registerWalkIn(a.host, walkIn({ client: newClient("Te laat") }), { now: NOW });
    expect(full).toEqual({
      ok: false,
      error: "refusals.desk.noFreeSlot",
    });
    expect(await db.client.count({ where: { displayName: "Te laat" } })).toBe(0);
  });

  it("takes a returning client and a chosen slot, and records who sent them", async () => {
    const chosen = a.session.slots[5];
    const result = await registerWalkIn(
      a.host,
      walkIn({ client: { existingClientId: a.client.id }, slotId: chosen.id, referrerPartnerId: a.partner.id }),
      { now: NOW },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const visit = await db.visit.findUniqueOrThrow({ where: { id: result.value.visitId } });
    expect(visit).toMatchObject({ clientId: a.client.id, slotId: chosen.id });
    expect(await db.referral.findFirst({ where: { visitId: visit.id } })).toMatchObject({
      direction: "IN",
      partnerId: a.partner.id,
      clientId: a.client.id,
    });
  });

  it("accepts 'weet ik niet' as category", async () => {
    expect(await registerWalkIn(a.host, walkIn({ categoryId: null }), { now: NOW })).toMatchObject({ ok: true });
  });

  it.each([
    [
      "a slot that has ended",
      () => ({ slotId: a.session.slots[0].id }),
      { now: new Date(NOW.getTime() + 30 * 60_000) },
      "refusals.desk.slotPast",
    ],
    [
      "a session that is over",
      () => ({}),
      { now: new Date(NOW.getTime() + 3 * 60 * 60_000) },
      "refusals.desk.sessionOver",
    ],
    ["an unknown session", () => ({ sessionId: "nope" }), { now: NOW }, "refusals.desk.sessionNotFound"],
    [
      "a sub-domain as category",
      () => ({ categoryId: "does-not-exist" }),
      { now: NOW },
      "refusals.desk.categoryNotFound",
    ],
    ["an unknown referrer", () => ({ referrerPartnerId: "nope" }), { now: NOW }, "refusals.desk.partnerNotFound"],
    [
      "an unknown client",
      () => ({ client: { existingClientId: "nope" } }),
      { now: NOW },
      "refusals.desk.clientNotFound",
    ],
  ])("refuses %s in Dutch and writes nothing", async (_label, overrides, context, message) => {
    const before = await rowCounts();
    expect(await registerWalkIn(a.host, walkIn(overrides()), context)).toEqual({ ok: false, error: message });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a slot of another session", async () => {
    const other = await createSession(a.organisation.id, a.location.id, "2026-12-03", [a.advisors[0].userId]);
    expect(await registerWalkIn(a.host, walkIn({ slotId: other.slots[0].id }), { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.slotNotFound",
    });
  });

  it("refuses a cancelled session", async () => {
    await db.session.update({ where: { id: a.session.id }, data: { status: "CANCELLED", cancelReason: "Feestdag" } });
    expect(await registerWalkIn(a.host, walkIn(), { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.sessionCancelled",
    });
  });

  it.each([
    ["no name", { client: { newClient: { displayName: "  " } } }, "client"],
    ["a 10 kB name", { client: { newClient: { displayName: "x".repeat(10_240) } } }, "client"],
    ["a bad phone number", { client: { newClient: { displayName: "A.B.", phone: "bel me maar" } } }, "client"],
    ["a birth year in the future", { client: { newClient: { displayName: "A.B.", birthYear: 2999 } } }, "client"],
    [
      "a street address as postcode",
      { client: { newClient: { displayName: "A.B.", postcodeArea: "Dorpsstraat 1" } } },
      "client",
    ],
    [
      "an unknown answer to how they heard",
      { client: { newClient: { displayName: "A.B.", heardVia: "RADIO" } } },
      "client",
    ],
    ["no session", { sessionId: undefined }, "sessionId"],
    ["a number as category", { categoryId: 12 }, "categoryId"],
  ])("answers %s with a Dutch validation message and writes nothing", async (_label, overrides, field) => {
    const before = await rowCounts();
    const result = await registerWalkIn(a.host, walkIn(overrides), { now: NOW });
    expect(result).toMatchObject({ ok: false, error: INVALID_INPUT });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).some((key) => key.startsWith(field))).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  it("stores a phone number as digits, so the desk finds it however it was typed", async () => {
    const result = await registerWalkIn(
      a.host,
      walkIn({ client: { newClient: { displayName: "P.P.", phone: "06 1234-5678" } } }),
      { now: NOW },
    );
    expect(result.ok).toBe(true);
    expect(await db.client.findFirst({ where: { displayName: "P.P." } })).toMatchObject({ phone: "0612345678" });
  });

  it("keeps only the four digits of a postcode, and how the client heard of the hour", async () => {
    for (const [name, postcode] of [
      ["Q.Q.", "7551 AB"],
      ["R.R.", "7552xy"],
      ["S.S.", " 7553 "],
    ])
      expect(
        (
          await registerWalkIn(
            a.host,
            walkIn({
              client: { newClient: { displayName: name, postcodeArea: postcode, heardVia: "POSTER_OR_FLYER" } },
            }),
            { now: NOW },
          )
        ).ok,
      ).toBe(true);
    const saved = await db.client.findMany({
      where: { organisationId: a.organisation.id, displayName: { in: ["Q.Q.", "R.R.", "S.S."] } },
      orderBy: { displayName: "asc" },
    });
    expect(saved.map((client) => [client.postcodeArea, client.heardVia])).toEqual([
      ["7551", "POSTER_OR_FLYER"],
      ["7552", "POSTER_OR_FLYER"],
      ["7553", "POSTER_OR_FLYER"],
    ]);
  });
});

describe("registerWalkIn under concurrency", () => {
  it("gives one chosen slot to exactly one of 20 parallel requests; 19 get a clear refusal and write nothing", async () => {
    const slot = a.session.slots[3];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        registerWalkIn(a.host, walkIn({ slotId: slot.id, client: newClient(`Parallel ${i}`) }), { now: NOW }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals)
      expect(refusal).toEqual({
        ok: false,
        error: "refusals.desk.slotTaken",
      });
    expect(await db.visit.count({ where: { slotId: slot.id } })).toBe(1);
    // The 19 losers' new clients were rolled back with their visit.
    expect(await db.client.count({ where: { displayName: { startsWith: "Parallel " } } })).toBe(1);
  });

  it("spreads 20 parallel walk-ins without a chosen slot over all 12 free slots; 8 hear the session is full", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        registerWalkIn(a.host, walkIn({ client: newClient(`Druk ${i}`) }), { now: NOW }),
      ),
    );
    const accepted = results.filter((r) => r.ok);
    expect(accepted).toHaveLength(a.session.slots.length);
    const visits = await db.visit.findMany({ where: { sessionId: a.session.id }, select: { slotId: true } });
    expect(visits).toHaveLength(accepted.length);
    expect(new Set(visits.map((v) => v.slotId)).size).toBe(visits.length);
    for (const refusal of results.filter((r) => !r.ok)) {
      expect(refusal).toEqual({
        ok: false,
        error: "refusals.desk.noFreeSlot",
      });
    }
  });
});
