// Two records of one person become one: everything moves, the emptied record keeps pointing to
// the kept one, nothing of another library is touched, and a refusal writes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MERGED_NAME, mergeClients } from "@/lib/clients/merge-clients";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { searchClients } from "@/lib/desk/search-clients";
import { exportClientData } from "@/lib/privacy/export";
import { searchPrivacyClients } from "@/lib/privacy/queries";
import { actorOf, createUser } from "../support/factories";
import { createDeskLibrary, NOW } from "../support/desk-fixture";
import { createClientHistory } from "../support/privacy-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
});

/** The same person registered a second time, with initials and a phone number only. */
async function secondRecord(library: Library) {
  return db.client.create({
    data: { organisationId: library.organisation.id, displayName: "Y. E. A.", phone: "0687654321", birthYear: 1979 },
  });
}

async function rowsOf(clientId: string) {
  const where = { clientId };
  return {
    visits: await db.visit.count({ where }),
    cases: await db.case.count({ where }),
    consents: await db.consent.count({ where }),
    referrals: await db.referral.count({ where }),
    waitingListEntries: await db.waitingListEntry.count({ where }),
  };
}

describe("mergeClients", () => {
  it("moves every visit, dossier, consent, referral and waiting-list place, fills in missing details and leaves a pointer", async () => {
    const history = await createClientHistory(a, { day: "2026-11-24", closedDay: null });
    const kept = await db.client.update({ where: { id: history.clientId }, data: { phone: null, birthYear: null } });
    const second = await secondRecord(a);
    // The second record has history of its own: a visit at the desk.
    const visit = await registerWalkIn(
      a.host,
      { sessionId: a.session.id, categoryId: null, client: { existingClientId: second.id } },
      { now: NOW },
    );
    if (!visit.ok) throw new Error(JSON.stringify(visit.error));
    // And a place on the location's waiting list, which must keep waiting for the same person.
    await db.waitingListEntry.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        clientId: second.id,
        addedVia: "DESK",
        until: new Date("2026-12-31"),
      },
    });
    const before = { kept: await rowsOf(kept.id), second: await rowsOf(second.id) };
    const auditBefore = await db.auditEvent.count({ where: { clientId: second.id } });
    expect(auditBefore).toBeGreaterThan(0);

    const professional = a.advisors[0];
    const result = await mergeClients(
      professional,
      { keepClientId: kept.id, mergeClientId: second.id, confirmation: "samenvoegen" },
      { now: NOW },
    );
    expect(result).toEqual({ ok: true, value: { ...before.second, joinedWaitingListEntries: 0 } });
    expect(await rowsOf(kept.id)).toEqual({
      visits: before.kept.visits + before.second.visits,
      cases: before.kept.cases + before.second.cases,
      consents: before.kept.consents + before.second.consents,
      referrals: before.kept.referrals + before.second.referrals,
      waitingListEntries: before.kept.waitingListEntries + 1,
    });
    expect(await rowsOf(second.id)).toEqual({
      visits: 0,
      cases: 0,
      consents: 0,
      referrals: 0,
      waitingListEntries: 0,
    });
    expect(await db.client.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      displayName: kept.displayName,
      phone: "0687654321",
      birthYear: 1979,
      mergedIntoId: null,
    });
    expect(await db.client.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      displayName: MERGED_NAME,
      phone: null,
      birthYear: null,
      mergedIntoId: kept.id,
      mergedAt: NOW,
    });

    // The audit log keeps what it said about the second record, and says where it went.
    expect(await db.auditEvent.count({ where: { clientId: second.id } })).toBe(auditBefore);
    expect(
      await db.auditEvent.findMany({
        where: { action: "client.merge", entityId: second.id },
        select: { clientId: true, actorId: true, details: true },
      }),
    ).toEqual([
      {
        clientId: kept.id,
        actorId: professional.userId,
        details: { mergedClientId: second.id, keptClientId: kept.id, ...before.second, joinedWaitingListEntries: 0 },
      },
    ]);
    // The client's export holds the second record's history, its audit trail included.
    const exported = await exportClientData(a.admin, kept.id, "json", NOW);
    expect(exported!.visits.map((found) => found.id)).toContain(visit.value.visitId);
    expect(exported!.audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(["visit.register_walk_in", "client.merge"]),
    );

    // The emptied record is gone from the desk and from the name search, still found by number.
    expect(await searchClients(a.host, { query: "Y. E. A." })).toMatchObject({ ok: true, value: [] });
    expect(await searchPrivacyClients(a.admin, { query: second.id })).toMatchObject({
      ok: true,
      value: [{ id: second.id, displayName: MERGED_NAME }],
    });
    expect(
      await registerWalkIn(
        a.host,
        { sessionId: a.session.id, categoryId: null, client: { existingClientId: second.id } },
        { now: NOW },
      ),
    ).toMatchObject({ ok: false, error: "refusals.desk.clientNotFound" });
  });

  it("lets an admin merge, and points earlier merged records to the one that is kept", async () => {
    const [first, second, third] = await Promise.all([secondRecord(a), secondRecord(a), secondRecord(a)]);
    const merge = (keep: string, other: string) =>
      mergeClients(a.admin, { keepClientId: keep, mergeClientId: other, confirmation: "SAMENVOEGEN" }, { now: NOW });
    expect((await merge(second.id, third.id)).ok).toBe(true);
    expect((await merge(first.id, second.id)).ok).toBe(true);
    expect((await db.client.findUniqueOrThrow({ where: { id: third.id } })).mergedIntoId).toBe(first.id);
    // A merged record cannot be merged again, nor be kept.
    expect(await merge(first.id, second.id)).toEqual({ ok: false, error: "refusals.desk.clientNotFound" });
    expect(await merge(second.id, first.id)).toEqual({ ok: false, error: "refusals.desk.clientNotFound" });
  });

  it("keeps the older of two places at one location, with the longer wait; the other closes and lets its offer go", async () => {
    const [keep, other] = await Promise.all([secondRecord(a), secondRecord(a)]);
    const otherLocation = await db.location.create({
      data: {
        organisationId: a.organisation.id,
        name: "Filiaal Noord",
        slug: `noord-${Math.random()}`,
        street: "Noordstraat 1",
        postcode: "7551 AA",
        city: "Hengelo",
      },
    });
    const place = (clientId: string, locationId: string, createdAt: Date, until: string, note: string | null) =>
      db.waitingListEntry.create({
        data: {
          organisationId: a.organisation.id,
          locationId,
          clientId,
          addedVia: "DESK",
          createdAt,
          until: new Date(until),
          note,
        },
      });
    const older = await place(other.id, a.location.id, new Date(NOW.getTime() - 86_400_000), "2026-12-10", null);
    const newer = await place(keep.id, a.location.id, NOW, "2026-12-24", "liefst 's avonds");
    const elsewhere = await place(keep.id, otherLocation.id, NOW, "2026-12-17", null);
    const offerOn = (entryId: string, slotIndex: number) =>
      db.slotOffer.create({
        data: {
          organisationId: a.organisation.id,
          entryId,
          slotId: a.session.slots[slotIndex].id,
          offeredAt: NOW,
          expiresAt: new Date(NOW.getTime() + 60 * 60_000),
        },
      });
    const offers = [await offerOn(older.id, 4), await offerOn(newer.id, 5)];

    const result = await mergeClients(
      a.admin,
      { keepClientId: keep.id, mergeClientId: other.id, confirmation: "samenvoegen" },
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true, value: { waitingListEntries: 1, joinedWaitingListEntries: 1 } });
    // First come, first served: the place the person took first stays, as long as they asked last.
    // The other stays too, closed, so a period already reported keeps its count.
    expect(
      await db.waitingListEntry.findMany({
        where: { clientId: keep.id },
        orderBy: [{ createdAt: "asc" }, { locationId: "asc" }],
        select: { id: true, until: true, note: true, closedAt: true, closedReason: true },
      }),
    ).toEqual(
      expect.arrayContaining([
        { id: older.id, until: new Date("2026-12-24"), note: "liefst 's avonds", closedAt: null, closedReason: null },
        {
          id: newer.id,
          until: new Date("2026-12-24"),
          note: "liefst 's avonds",
          closedAt: NOW,
          closedReason: "WITHDRAWN",
        },
        { id: elsewhere.id, until: new Date("2026-12-17"), note: null, closedAt: null, closedReason: null },
      ]),
    );
    expect(await db.waitingListEntry.count({ where: { clientId: keep.id } })).toBe(3);
    // One live offer per place: the closed place's half hour runs out now, for the next one waiting.
    const [olderOffer, newerOffer] = await Promise.all(
      offers.map((offer) => db.slotOffer.findUniqueOrThrow({ where: { id: offer.id } })),
    );
    expect(olderOffer).toMatchObject({ entryId: older.id, expiresAt: offers[0].expiresAt });
    expect(newerOffer).toMatchObject({ entryId: newer.id, expiresAt: NOW, declinedAt: null });
  });

  it("refuses the same number twice, a wrong confirmation, an anonymised client and a volunteer, writing nothing", async () => {
    const [keep, other] = await Promise.all([secondRecord(a), secondRecord(a)]);
    const snapshot = async () =>
      db.client.findMany({ where: { id: { in: [keep.id, other.id] } }, orderBy: { id: "asc" } });
    const before = await snapshot();
    expect(
      await mergeClients(a.admin, { keepClientId: keep.id, mergeClientId: keep.id, confirmation: "samenvoegen" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { mergeClientId: ["refusals.clients.mergeSame"] },
    });
    expect(
      await mergeClients(a.admin, { keepClientId: keep.id, mergeClientId: other.id, confirmation: "ja" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { confirmation: ["refusals.clients.mergeConfirmationWrong"] },
    });
    const volunteer = actorOf(await createUser(a.organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" }));
    expect(
      await mergeClients(volunteer, { keepClientId: keep.id, mergeClientId: other.id, confirmation: "samenvoegen" }),
    ).toEqual({ ok: false, error: "refusals.auth.forbidden" });
    expect(
      await mergeClients(b.admin, { keepClientId: keep.id, mergeClientId: other.id, confirmation: "samenvoegen" }),
    ).toEqual({ ok: false, error: "refusals.desk.clientNotFound" });
    expect(await snapshot()).toEqual(before);
    await db.client.update({ where: { id: other.id }, data: { anonymisedAt: NOW } });
    expect(
      await mergeClients(a.admin, { keepClientId: keep.id, mergeClientId: other.id, confirmation: "samenvoegen" }),
    ).toEqual({ ok: false, error: "refusals.clients.mergeAnonymised" });
  });
});
