import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookAppointment } from "@/lib/desk/book-appointment";
import { getTodaysDesk } from "@/lib/desk/queries";
import { registerWalkIn } from "@/lib/desk/register-walk-in";
import { searchClients } from "@/lib/desk/search-clients";
import {
  cancelVisit,
  checkInAppointment,
  endConversation,
  markNoShow,
  startConversation,
} from "@/lib/desk/visit-transitions";
import { createDeskLibrary, createSession, NOW, topLevelCategory } from "../support/desk-fixture";

type Library = Awaited<ReturnType<typeof createDeskLibrary>>;
let a: Library;
let b: Library;
let categoryId: string;

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

beforeEach(async () => {
  a = await createDeskLibrary(`Bibliotheek A ${Math.random()}`);
  b = await createDeskLibrary(`Bibliotheek B ${Math.random()}`);
  categoryId = (await topLevelCategory()).id;
});

async function walkIn(library: Library, displayName = "K. Jansen") {
  const result = await registerWalkIn(
    library.host,
    { sessionId: library.session.id, categoryId, referrerPartnerId: null, client: { newClient: { displayName } } },
    { now: NOW },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.visitId;
}

async function appointment(library: Library, slotIndex = 4, now = minutes(-24 * 60)) {
  const result = await bookAppointment(
    library.host,
    {
      slotId: library.session.slots[slotIndex].id,
      categoryId: null,
      client: { newClient: { displayName: "Alleen telefoon", phone: "0612345678" } },
      // A new person each time, not the earlier caller come back.
      confirmedNewClient: true,
    },
    { now },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.visitId;
}

const visit = (id: string) => db.visit.findUniqueOrThrow({ where: { id } });

describe("a visit from arrival to the end of the conversation", () => {
  it("walk-in: waiting → in conversation (by the advisor) → done, with the minutes as consultation time", async () => {
    const id = await walkIn(a);
    expect(await startConversation(a.advisors[0], { visitId: id }, { now: minutes(5) })).toEqual({
      ok: true,
      value: { status: "IN_CONVERSATION", dossierId: null, freed: null },
    });
    expect(await endConversation(a.advisors[0], { visitId: id }, { now: minutes(30) })).toEqual({
      ok: true,
      value: { status: "DONE", dossierId: null, freed: null },
    });
    expect(await visit(id)).toMatchObject({ status: "DONE", startedAt: minutes(5), endedAt: minutes(30) });
    const time = await db.timeEntry.findFirstOrThrow({ where: { visitId: id } });
    // The minutes are the slot's advisor's, whoever pressed the button.
    const { slot } = await db.visit.findUniqueOrThrow({
      where: { id },
      select: { slot: { select: { advisorId: true } } },
    });
    expect(time).toMatchObject({
      kind: "CONSULTATION",
      minutes: 25,
      userId: slot!.advisorId,
      enteredById: a.advisors[0].userId,
    });
  });

  it("records a conversation that runs over without taking the next slot", async () => {
    const id = await walkIn(a);
    await startConversation(a.host, { visitId: id }, { now: minutes(0) });
    await endConversation(a.host, { visitId: id }, { now: minutes(35) });
    const done = await db.visit.findUniqueOrThrow({ where: { id }, include: { slot: true } });
    expect(done.endedAt!.getTime()).toBeGreaterThan(done.slot!.endsAt.getTime());
    const sameAdvisorNextSlot = a.session.slots.find(
      (s) => s.advisorId === done.slot!.advisorId && s.startsAt.getTime() === done.slot!.endsAt.getTime(),
    )!;
    expect(await db.visit.count({ where: { slotId: sameAdvisorNextSlot.id } })).toBe(0);
  });

  it("appointment: booked ahead by phone, checked in on the day, then held", async () => {
    const id = await appointment(a);
    expect(await visit(id)).toMatchObject({ kind: "APPOINTMENT", status: "BOOKED", arrivedAt: null });
    expect(await checkInAppointment(a.host, { visitId: id }, { now: NOW })).toEqual({
      ok: true,
      value: { status: "WAITING", dossierId: null, freed: null },
    });
    expect(await visit(id)).toMatchObject({ status: "WAITING", arrivedAt: NOW });
  });

  it("refuses to check in an appointment on another day", async () => {
    const id = await appointment(a);
    expect(await checkInAppointment(a.host, { visitId: id }, { now: minutes(-24 * 60) })).toEqual({
      ok: false,
      error: "refusals.desk.appointmentNotToday",
    });
  });

  it("a no-show before the slot begins gives the slot back; a later one keeps it", async () => {
    const early = await appointment(a, 4);
    expect(await markNoShow(a.host, { visitId: early }, { now: NOW })).toEqual({
      ok: true,
      value: {
        status: "NO_SHOW",
        dossierId: null,
        freed: { locationId: a.location.id, slotId: a.session.slots[4].id },
      },
    });
    expect((await visit(early)).slotId).toBeNull();
    const late = await appointment(a, 5);
    const slotStart = a.session.slots[5].startsAt;
    expect(
      await markNoShow(a.host, { visitId: late }, { now: new Date(slotStart.getTime() + 10 * 60_000) }),
    ).toMatchObject({ ok: true, value: { freed: null } });
    expect((await visit(late)).slotId).toBe(a.session.slots[5].id);
  });

  it("cancelling gives the slot back and keeps the planned time", async () => {
    const id = await appointment(a, 4);
    expect(await cancelVisit(a.host, { visitId: id }, { now: NOW })).toEqual({
      ok: true,
      value: {
        status: "CANCELLED",
        dossierId: null,
        freed: { locationId: a.location.id, slotId: a.session.slots[4].id },
      },
    });
    expect(await visit(id)).toMatchObject({
      status: "CANCELLED",
      slotId: null,
      plannedStartsAt: a.session.slots[4].startsAt,
    });
    expect(await appointment(a, 4)).toBeTruthy();
  });

  it.each([
    [
      "end a conversation that has not begun",
      (id: string) => endConversation(a.host, { visitId: id }, { now: NOW }),
      { key: "refusals.desk.visitStepNotAllowed", values: { step: "end", status: "WAITING" } },
    ],
    [
      "check in a walk-in",
      (id: string) => checkInAppointment(a.host, { visitId: id }, { now: NOW }),
      { key: "refusals.desk.visitStepNotAllowed", values: { step: "checkIn", status: "WAITING" } },
    ],
  ])("refuses to %s, saying why", async (_label, act, message) => {
    const id = await walkIn(a);
    expect(await act(id)).toEqual({ ok: false, error: message });
    expect((await visit(id)).status).toBe("WAITING");
  });

  it("lets only one of two simultaneous starts win", async () => {
    const id = await walkIn(a);
    const results = await Promise.all([
      startConversation(a.host, { visitId: id }, { now: NOW }),
      startConversation(a.advisors[0], { visitId: id }, { now: NOW }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "visit.start_conversation" } })).toBe(1);
  });
});

describe("bookAppointment", () => {
  it("refuses a time in the past and a slot that is taken", async () => {
    expect(
      await bookAppointment(
        a.host,
        { slotId: a.session.slots[0].id, categoryId: null, client: { existingClientId: a.client.id } },
        { now: NOW },
      ),
    ).toEqual({
      ok: false,
      error: "refusals.desk.appointmentInPast",
    });
    await appointment(a, 6);
    expect(
      await bookAppointment(
        a.host,
        { slotId: a.session.slots[6].id, categoryId: null, client: { existingClientId: a.client.id } },
        { now: NOW },
      ),
    ).toEqual({
      ok: false,
      error: "refusals.desk.slotTaken",
    });
  });

  it("refuses a slot of a cancelled session", async () => {
    const cancelled = await createSession(
      a.organisation.id,
      a.location.id,
      "2026-12-08",
      [a.advisors[0].userId],
      "CANCELLED",
    );
    expect(
      await bookAppointment(
        a.host,
        { slotId: cancelled.slots[0].id, categoryId: null, client: { existingClientId: a.client.id } },
        { now: NOW },
      ),
    ).toEqual({
      ok: false,
      error: "refusals.desk.sessionCancelled",
    });
  });
});

describe("searchClients", () => {
  beforeEach(async () => {
    await db.client.create({
      data: {
        organisationId: a.organisation.id,
        displayName: "Fatima el Amrani",
        birthYear: 1971,
        phone: "0687654321",
      },
    });
  });

  it("finds a returning client by part of the name, birth year or phone, showing only what the desk needs", async () => {
    for (const query of ["amra", "1971", "06 8765 4321"]) {
      const result = await searchClients(a.host, { query }, { now: NOW });
      expect(result).toMatchObject({
        ok: true,
        value: [{ displayName: "Fatima el Amrani", birthYear: 1971, phoneEnd: "321" }],
      });
      if (result.ok)
        expect(Object.keys(result.value[0]).sort()).toEqual([
          "birthYear",
          "displayName",
          "id",
          "openDossiers",
          "phoneEnd",
        ]);
    }
    expect(await db.auditEvent.count({ where: { action: "client.search", actorId: a.host.userId } })).toBe(3);
  });

  it("never finds another library's clients", async () => {
    expect(await searchClients(b.host, { query: "amra" }, { now: NOW })).toEqual({ ok: true, value: [] });
  });

  it("asks for at least two characters", async () => {
    expect(await searchClients(a.host, { query: " a " }, { now: NOW })).toMatchObject({
      ok: false,
      fieldErrors: { query: ["refusals.desk.searchTooShort"] },
    });
  });
});

describe("the desk view", () => {
  it("shows names, times, categories and slots, never case content", async () => {
    const id = await walkIn(a, "Zichtbare Naam");
    await db.case.create({
      data: {
        organisationId: a.organisation.id,
        clientId: (await visit(id)).clientId,
        responsibleAdvisorId: a.advisors[0].userId,
        question: "Geheime vraag over schulden",
      },
    });
    const desk = await getTodaysDesk(a.host, { now: minutes(7) });
    expect(desk.queue.map((v) => [v.client.displayName, v.waitedMs])).toEqual([["Zichtbare Naam", 7 * 60_000]]);
    expect(desk.sessions[0].advisors).toHaveLength(2);
    expect(desk.sessions[0].freeSlots).toBe(11);
    expect(JSON.stringify(desk)).not.toContain("Geheime vraag");
  });
});

describe("every desk action refuses a wrong role and another library", () => {
  const refusedRole = { ok: false, error: "refusals.auth.forbidden" };

  it("registerWalkIn", async () => {
    const input = { sessionId: a.session.id, categoryId: null, client: { newClient: { displayName: "X" } } };
    expect(await registerWalkIn(a.admin, input, { now: NOW })).toEqual(refusedRole);
    expect(await registerWalkIn(null, input, { now: NOW })).toMatchObject({
      ok: false,
      error: "refusals.auth.unauthenticated",
    });
    expect(await registerWalkIn(b.host, input, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.sessionNotFound",
    });
    expect(
      await registerWalkIn(
        b.host,
        { ...input, sessionId: b.session.id, client: { existingClientId: a.client.id } },
        { now: NOW },
      ),
    ).toEqual({ ok: false, error: "refusals.desk.clientNotFound" });
    expect(
      await registerWalkIn(
        b.host,
        { ...input, sessionId: b.session.id, referrerPartnerId: a.partner.id },
        { now: NOW },
      ),
    ).toEqual({ ok: false, error: "refusals.desk.partnerNotFound" });
    expect(await db.visit.count({ where: { organisationId: { in: [a.organisation.id, b.organisation.id] } } })).toBe(0);
  });

  it("bookAppointment", async () => {
    const input = { slotId: a.session.slots[8].id, categoryId: null, client: { newClient: { displayName: "X" } } };
    expect(await bookAppointment(a.admin, input, { now: NOW })).toEqual(refusedRole);
    expect(await bookAppointment(b.host, input, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.slotNotFound",
    });
    expect(await db.visit.count({ where: { organisationId: { in: [a.organisation.id, b.organisation.id] } } })).toBe(0);
  });

  it.each([
    ["checkInAppointment", checkInAppointment],
    ["startConversation", startConversation],
    ["endConversation", endConversation],
    ["markNoShow", markNoShow],
    ["cancelVisit", cancelVisit],
  ])("%s", async (_name, action) => {
    const id = await appointment(a);
    const before = await visit(id);
    expect(await action(a.admin, { visitId: id }, { now: NOW })).toEqual(refusedRole);
    expect(await action(b.host, { visitId: id }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.visitNotFound",
    });
    expect(await action(b.advisors[0], { visitId: id }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.desk.visitNotFound",
    });
    expect(await visit(id)).toEqual(before);
  });

  it("searchClients", async () => {
    expect(await searchClients(a.admin, { query: "Cliënt" }, { now: NOW })).toEqual(refusedRole);
  });

  it("the desk view", async () => {
    await expect(getTodaysDesk(a.admin)).rejects.toThrow("refusals.auth.forbidden");
    const desk = await getTodaysDesk(b.host, { locationId: a.location.id, now: NOW });
    expect(desk.location?.id).toBe(b.location.id);
  });
});
