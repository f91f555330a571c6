import { beforeEach, describe, expect, it } from "vitest";
import { formatTime } from "@/lib/dates";
import { db } from "@/lib/db";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

// Tuesday 1 December 2026, 08:00 in Amsterdam.
const NOW = new Date("2026-12-01T07:00:00Z");
const at = { now: NOW };

type Library = Awaited<ReturnType<typeof makeLibrary>>;

/** One Tuesday hour, capacity 2, regular advisor Anna; Bert and Carla can stand in. */
async function makeLibrary() {
  const { organisation, location } = await createOrganisation();
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  const anna = await createUser(organisation.id, "ADVISOR");
  const bert = await createUser(organisation.id, "ADVISOR");
  const carla = await createUser(organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  const [cabin1, cabin2] = await Promise.all(
    ["Spreekkamer 1", "Spreekkamer 2"].map((name) =>
      db.room.create({ data: { organisationId: organisation.id, locationId: location.id, name } }),
    ),
  );
  const hour = await createConsultationHour(
    coordinator,
    {
      locationId: location.id,
      weekday: 2,
      startTime: "10:00",
      endTime: "13:00",
      advisorCapacity: 2,
      slotMinutes: 30,
      validFrom: "2025-01-01",
      advisorIds: [anna.id],
    },
    at,
  );
  if (!hour.ok) throw new Error(JSON.stringify(hour.error));
  await generateSessions(coordinator, { weeks: 2 }, at);
  const [today, nextWeek] = await db.session.findMany({
    where: { organisationId: organisation.id },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true },
  });
  return { organisation, location, coordinator, anna, bert, carla, cabin1, cabin2, today, nextWeek };
}

async function staffOf(sessionId: string) {
  return db.sessionStaff.findMany({
    where: { sessionId },
    orderBy: { advisor: { name: "asc" } },
    select: { advisorId: true, standInForId: true, roomId: true },
  });
}

async function slotsOf(sessionId: string, advisorId: string) {
  return db.slot.findMany({
    where: { sessionId, advisorId },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, visit: { select: { id: true } } },
  });
}

async function bookWith(library: Library, sessionId: string, advisorId: string, status: VisitStatus = "BOOKED") {
  const [slot] = (await slotsOf(sessionId, advisorId)).filter((s) => !s.visit);
  const client = await createClient(library.organisation.id);
  return db.visit.create({
    data: {
      organisationId: library.organisation.id,
      locationId: library.location.id,
      sessionId,
      slotId: slot.id,
      clientId: client.id,
      kind: "APPOINTMENT",
      status,
      plannedStartsAt: slot.startsAt,
    },
  });
}

async function snapshot(organisationId: string) {
  return {
    staff: await db.sessionStaff.findMany({ where: { session: { organisationId } }, orderBy: { id: "asc" } }),
    slots: await db.slot.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organisationId } }),
  };
}

let library: Library;
beforeEach(async () => {
  library = await makeLibrary();
});

describe("staffSession", () => {
  it("adds an advisor with a room and their own half-hour slots", async () => {
    const result = await staffSession(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.bert.id, roomId: library.cabin2.id },
      at,
    );
    expect(result).toEqual({
      ok: true,
      value: { sessionId: library.nextWeek.id, advisorId: library.bert.id, slots: 6 },
    });
    expect(await staffOf(library.nextWeek.id)).toContainEqual({
      advisorId: library.bert.id,
      standInForId: null,
      roomId: library.cabin2.id,
    });
    const slots = await slotsOf(library.nextWeek.id, library.bert.id);
    expect(slots.map((s) => `${formatTime(s.startsAt)}-${formatTime(s.endsAt)}`)).toEqual([
      "10:00-10:30",
      "10:30-11:00",
      "11:00-11:30",
      "11:30-12:00",
      "12:00-12:30",
      "12:30-13:00",
    ]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "session.staff_add", entityId: library.nextWeek.id },
    });
    expect(event).toMatchObject({
      access: "WRITE",
      actorId: library.coordinator.userId,
      details: { advisorId: library.bert.id, standInForId: null, roomId: library.cabin2.id },
    });
  });

  it("gives an extra session half-hour slots", async () => {
    const extra = await addExtraSession(
      library.coordinator,
      { locationId: library.location.id, day: "2026-12-03", startTime: "14:00", endTime: "15:30", advisorCapacity: 1 },
      at,
    );
    if (!extra.ok) throw new Error(JSON.stringify(extra.error));
    await staffSession(library.coordinator, { sessionId: extra.value.sessionId, advisorId: library.carla.id }, at);
    expect((await slotsOf(extra.value.sessionId, library.carla.id)).map((s) => formatTime(s.startsAt))).toEqual([
      "14:00",
      "14:30",
      "15:00",
    ]);
  });

  it("refuses a third advisor when the capacity is two, and writes nothing", async () => {
    await staffSession(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.bert.id }, at);
    const before = await snapshot(library.organisation.id);
    const result = await staffSession(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.carla.id, roomId: library.cabin1.id },
      at,
    );
    expect(result).toEqual({
      ok: false,
      error: { key: "refusals.schedule.sessionFull", values: { capacity: 2 } },
    });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("never lets two coordinators at once push a session over its capacity", async () => {
    const results = await Promise.all([
      staffSession(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.bert.id }, at),
      staffSession(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.carla.id }, at),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.sessionStaff.count({ where: { sessionId: library.nextWeek.id } })).toBe(2);
    expect(await db.slot.count({ where: { sessionId: library.nextWeek.id } })).toBe(12);
  });

  it("refuses someone already on the session, a room that is taken, and an advisor who works elsewhere then", async () => {
    expect(
      await staffSession(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.anna.id }, at),
    ).toEqual({
      ok: false,
      error: { key: "refusals.schedule.advisorAlreadyStaffed", values: { name: library.anna.name } },
    });
    expect(
      await staffSession(
        library.coordinator,
        { sessionId: library.nextWeek.id, advisorId: library.bert.id, roomId: library.cabin1.id },
        at,
      ),
    ).toEqual({
      ok: false,
      error: { key: "refusals.schedule.roomTaken", values: { room: "Spreekkamer 1", name: library.anna.name } },
    });

    const elsewhere = await db.location.create({
      data: {
        organisationId: library.organisation.id,
        slug: `wijk-${library.organisation.id}`,
        name: "Wijkcentrum De Spil",
        street: "Spilstraat 4",
        postcode: "1234 AB",
        city: "Teststad",
      },
    });
    const extra = await addExtraSession(
      library.coordinator,
      { locationId: elsewhere.id, day: "2026-12-08", startTime: "12:30", endTime: "14:00", advisorCapacity: 1 },
      at,
    );
    if (!extra.ok) throw new Error(JSON.stringify(extra.error));
    const before = await snapshot(library.organisation.id);
    expect(
      await staffSession(library.coordinator, { sessionId: extra.value.sessionId, advisorId: library.anna.id }, at),
    ).toEqual({
      ok: false,
      error: {
        key: "refusals.schedule.advisorBusy",
        values: {
          name: library.anna.name,
          day: new Date("2026-12-08T09:00:00Z"),
          start: new Date("2026-12-08T09:00:00Z"),
          end: new Date("2026-12-08T12:00:00Z"),
          location: library.location.name,
        },
      },
    });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("a stand-in takes over the ill advisor's place, room and slots, booked ones included", async () => {
    const annasSlots = await slotsOf(library.nextWeek.id, library.anna.id);
    const visit = await bookWith(library, library.nextWeek.id, library.anna.id);
    const result = await staffSession(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.bert.id, standInForId: library.anna.id },
      at,
    );
    expect(result).toEqual({
      ok: true,
      value: { sessionId: library.nextWeek.id, advisorId: library.bert.id, slots: 6 },
    });

    expect(await staffOf(library.nextWeek.id)).toEqual([
      { advisorId: library.bert.id, standInForId: library.anna.id, roomId: library.cabin1.id },
    ]);
    // The same slots (same ids, same times) now belong to the stand-in; the client keeps their time.
    const bertsSlots = await slotsOf(library.nextWeek.id, library.bert.id);
    expect(bertsSlots.map((s) => s.id)).toEqual(annasSlots.map((s) => s.id));
    expect(await db.slot.count({ where: { sessionId: library.nextWeek.id, advisorId: library.anna.id } })).toBe(0);
    const moved = await db.visit.findUniqueOrThrow({
      where: { id: visit.id },
      select: { status: true, slot: { select: { advisorId: true, startsAt: true } } },
    });
    expect(moved).toEqual({ status: "BOOKED", slot: { advisorId: library.bert.id, startsAt: annasSlots[0].startsAt } });
    expect(await db.auditEvent.count({ where: { action: "session.stand_in", entityId: library.nextWeek.id } })).toBe(1);
  });

  it("a stand-in does not count against the capacity, and may get another room", async () => {
    await staffSession(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.bert.id, roomId: library.cabin2.id },
      at,
    );
    const result = await staffSession(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.carla.id, standInForId: library.bert.id },
      at,
    );
    expect(result.ok).toBe(true);
    expect(await staffOf(library.nextWeek.id)).toEqual(
      expect.arrayContaining([
        { advisorId: library.anna.id, standInForId: null, roomId: library.cabin1.id },
        { advisorId: library.carla.id, standInForId: library.bert.id, roomId: library.cabin2.id },
      ]),
    );
    expect(await db.slot.count({ where: { sessionId: library.nextWeek.id } })).toBe(12);
  });

  it("refuses standing in for someone who is not on the session", async () => {
    expect(
      await staffSession(
        library.coordinator,
        { sessionId: library.nextWeek.id, advisorId: library.bert.id, standInForId: library.carla.id },
        at,
      ),
    ).toEqual({
      ok: false,
      error: "refusals.schedule.standInNotStaffed",
    });
  });

  it("keeps a conversation that is going on with the advisor who holds it", async () => {
    await bookWith(library, library.nextWeek.id, library.anna.id, "IN_CONVERSATION");
    const before = await snapshot(library.organisation.id);
    expect(
      await staffSession(
        library.coordinator,
        { sessionId: library.nextWeek.id, advisorId: library.bert.id, standInForId: library.anna.id },
        at,
      ),
    ).toEqual({
      ok: false,
      error: {
        key: "refusals.schedule.replacedAlreadyWorked",
        values: { replaced: library.anna.name, name: library.bert.name },
      },
    });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("lets an advisor join a running session with the half hours still to come", async () => {
    // 11:05 in a 10:00–13:00 hour: the slot 11:00–11:30 is going on, four are still to come.
    const duringToday = { now: new Date(library.today.startsAt.getTime() + 65 * 60_000) };
    const result = await staffSession(
      library.coordinator,
      { sessionId: library.today.id, advisorId: library.bert.id },
      duringToday,
    );
    expect(result).toEqual({ ok: true, value: { sessionId: library.today.id, advisorId: library.bert.id, slots: 4 } });
    const slots = await db.slot.findMany({
      where: { sessionId: library.today.id, advisorId: library.bert.id },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true },
    });
    expect(slots.map((slot) => formatTime(slot.startsAt))).toEqual(["11:00", "11:30", "12:00", "12:30"]);
  });

  it("refuses staffing a session that is over or cancelled, and taking staff off one that has begun", async () => {
    const afterToday = { now: new Date(library.today.startsAt.getTime() + 3 * 3_600_000) };
    const before = await snapshot(library.organisation.id);
    expect(
      await staffSession(library.coordinator, { sessionId: library.today.id, advisorId: library.bert.id }, afterToday),
    ).toEqual({ ok: false, error: "refusals.schedule.sessionOver" });
    const duringToday = { now: new Date(library.today.startsAt.getTime() + 5 * 60_000) };
    expect(
      await removeStaff(library.coordinator, { sessionId: library.today.id, advisorId: library.anna.id }, duringToday),
    ).toEqual({ ok: false, error: "refusals.schedule.sessionStarted" });
    expect(await snapshot(library.organisation.id)).toEqual(before);
    await db.session.update({ where: { id: library.nextWeek.id }, data: { status: "CANCELLED" } });
    expect(
      await staffSession(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.bert.id }, at),
    ).toEqual({ ok: false, error: "refusals.schedule.sessionCancelled" });
  });

  it("when the database sees a clash only at the last moment, nothing of the change is kept", async () => {
    const elsewhere = await db.location.create({
      data: {
        organisationId: library.organisation.id,
        slug: `wijk2-${library.organisation.id}`,
        name: "Wijkcentrum",
        street: "Spilstraat 4",
        postcode: "1234 AB",
        city: "Teststad",
      },
    });
    const extra = await addExtraSession(
      library.coordinator,
      { locationId: elsewhere.id, day: "2026-12-08", startTime: "10:00", endTime: "10:30", advisorCapacity: 1 },
      at,
    );
    if (!extra.ok) throw new Error(JSON.stringify(extra.error));
    const nextWeekTen = (await slotsOf(library.nextWeek.id, library.anna.id))[0];

    // A colleague's transaction gives Bert a slot at the same time and has not committed yet, so
    // staffSession's own check cannot see it; the exclusion constraint waits for it and then refuses.
    let commit!: () => void;
    let slotInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (slotInserted = resolve));
    const colleague = db.$transaction(
      async (tx) => {
        await tx.slot.create({
          data: {
            organisationId: library.organisation.id,
            sessionId: extra.value.sessionId,
            advisorId: library.bert.id,
            startsAt: nextWeekTen.startsAt,
            endsAt: nextWeekTen.endsAt,
          },
        });
        slotInserted();
        await new Promise<void>((resolve) => (commit = resolve));
      },
      { timeout: 20_000 },
    );
    await inserted;
    const staffing = staffSession(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.bert.id },
      at,
    );
    const waitingHere = async () =>
      Number(
        (
          await db.$queryRaw<
            { n: bigint }[]
          >`SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()`
        )[0].n,
      );
    await expect.poll(waitingHere, { timeout: 10_000 }).toBeGreaterThan(0);
    commit();
    await colleague;

    expect(await staffing).toEqual({
      ok: false,
      error: "refusals.schedule.changedMeanwhile",
    });
    // The staff row was written before the slots failed: it was rolled back with them.
    expect(await staffOf(library.nextWeek.id)).toEqual([
      { advisorId: library.anna.id, standInForId: null, roomId: library.cabin1.id },
    ]);
    expect(await db.slot.count({ where: { sessionId: library.nextWeek.id } })).toBe(6);
    expect(await db.auditEvent.count({ where: { action: "session.staff_add", entityId: library.nextWeek.id } })).toBe(
      0,
    );
  });
});

describe("removeStaff", () => {
  it("takes an advisor off with their free slots", async () => {
    await staffSession(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.bert.id }, at);
    const result = await removeStaff(
      library.coordinator,
      { sessionId: library.nextWeek.id, advisorId: library.bert.id },
      at,
    );
    expect(result).toEqual({ ok: true, value: { sessionId: library.nextWeek.id, slotsRemoved: 6 } });
    expect((await staffOf(library.nextWeek.id)).map((s) => s.advisorId)).toEqual([library.anna.id]);
    expect(await db.slot.count({ where: { sessionId: library.nextWeek.id } })).toBe(6);
    expect(
      await db.auditEvent.count({ where: { action: "session.staff_remove", entityId: library.nextWeek.id } }),
    ).toBe(1);
  });

  it.each(["BOOKED", "WAITING", "IN_CONVERSATION"] as const)(
    "refuses while one of their slots holds a visit (%s), and writes nothing",
    async (status) => {
      await bookWith(library, library.nextWeek.id, library.anna.id, status);
      const before = await snapshot(library.organisation.id);
      expect(
        await removeStaff(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.anna.id }, at),
      ).toEqual({
        ok: false,
        error: { key: "refusals.schedule.advisorHasClients", values: { name: library.anna.name, count: 1 } },
      });
      expect(await snapshot(library.organisation.id)).toEqual(before);
    },
  );

  it("refuses an advisor who is not on the session", async () => {
    expect(
      await removeStaff(library.coordinator, { sessionId: library.nextWeek.id, advisorId: library.carla.id }, at),
    ).toEqual({
      ok: false,
      error: "refusals.schedule.advisorNotStaffed",
    });
  });
});
