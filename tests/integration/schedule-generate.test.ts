import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { amsterdamDay, formatTime } from "@/lib/dates";
import { db } from "@/lib/db";
import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { actorOf, createOrganisation, createUser } from "../support/factories";

// Tuesday 1 December 2026, 08:00 in Amsterdam: before that day's 10:00 session.
const NOW = new Date("2026-12-01T07:00:00Z");

type Library = Awaited<ReturnType<typeof makeLibrary>>;

async function makeLibrary() {
  const { organisation, location } = await createOrganisation();
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  const volunteer = await createUser(organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  const professional = await createUser(organisation.id, "ADVISOR");
  const cabins = await Promise.all(
    ["Spreekkamer 1", "Spreekkamer 2"].map((name) =>
      db.room.create({ data: { organisationId: organisation.id, locationId: location.id, name } }),
    ),
  );
  return { organisation, location, coordinator, volunteer, professional, cabins };
}

async function weeklyHour(library: Library, fields: Record<string, unknown> = {}, now = NOW) {
  const result = await createConsultationHour(
    library.coordinator,
    {
      locationId: library.location.id,
      weekday: 2,
      startTime: "10:00",
      endTime: "13:00",
      advisorCapacity: 1,
      slotMinutes: 30,
      validFrom: "2025-01-01",
      advisorIds: [library.volunteer.id, library.professional.id],
      ...fields,
    },
    { now },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.consultationHourId;
}

const generate = (actor: Actor, weeks: number, now = NOW) => generateSessions(actor, { weeks }, { now });

async function sessionsOf(organisationId: string) {
  return db.session.findMany({
    where: { organisationId },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      advisorCapacity: true,
      staff: { select: { advisorId: true, roomId: true } },
      slots: { orderBy: { startsAt: "asc" }, select: { advisorId: true, startsAt: true, endsAt: true } },
    },
  });
}

let library: Library;
beforeEach(async () => {
  library = await makeLibrary();
});

describe("generateSessions", () => {
  it("makes the sessions of the coming weeks with staff and half-hour slots", async () => {
    await weeklyHour(library);
    await weeklyHour(library, { weekday: 4 });
    const result = await generate(library.coordinator, 2);
    expect(result).toEqual({
      ok: true,
      value: { from: "2026-12-01", until: "2026-12-15", sessionsCreated: 4, slotsCreated: 24 },
    });

    const sessions = await sessionsOf(library.organisation.id);
    expect(sessions.map((s) => amsterdamDay(s.startsAt))).toEqual([
      "2026-12-01",
      "2026-12-03",
      "2026-12-08",
      "2026-12-10",
    ]);
    for (const session of sessions) {
      expect(session.status).toBe("PLANNED");
      expect(`${formatTime(session.startsAt)}-${formatTime(session.endsAt)}`).toBe("10:00-13:00");
      // Capacity 1 out of a pool of two: the professional, who can supervise, takes the place.
      expect(session.staff).toEqual([{ advisorId: library.professional.id, roomId: library.cabins[0].id }]);
      expect(session.slots.map((slot) => formatTime(slot.startsAt))).toEqual([
        "10:00",
        "10:30",
        "11:00",
        "11:30",
        "12:00",
        "12:30",
      ]);
      expect(
        session.slots.every(
          (slot) =>
            slot.advisorId === library.professional.id &&
            slot.endsAt.getTime() - slot.startsAt.getTime() === 30 * 60_000,
        ),
      ).toBe(true);
    }
  });

  it("is idempotent: a second run, or a longer one, adds only what is missing", async () => {
    await weeklyHour(library);
    await generate(library.coordinator, 2);
    expect(await generate(library.coordinator, 2)).toMatchObject({
      ok: true,
      value: { sessionsCreated: 0, slotsCreated: 0 },
    });
    expect(await generate(library.coordinator, 4)).toMatchObject({
      ok: true,
      value: { sessionsCreated: 2, slotsCreated: 12 },
    });
    const sessions = await sessionsOf(library.organisation.id);
    expect(sessions).toHaveLength(4);
    expect(await db.slot.count({ where: { organisationId: library.organisation.id } })).toBe(24);
    expect(await db.sessionStaff.count({ where: { session: { organisationId: library.organisation.id } } })).toBe(4);
  });

  it("does not bring back a cancelled session", async () => {
    await weeklyHour(library);
    await generate(library.coordinator, 1);
    await db.session.updateMany({
      where: { organisationId: library.organisation.id },
      data: { status: "CANCELLED", cancelReason: "Feestdag" },
    });
    expect(await generate(library.coordinator, 1)).toMatchObject({ ok: true, value: { sessionsCreated: 0 } });
    expect((await sessionsOf(library.organisation.id)).map((s) => s.status)).toEqual(["CANCELLED"]);
  });

  it("two coordinators pressing the button at once still make every session once", async () => {
    await weeklyHour(library);
    const results = await Promise.all([generate(library.coordinator, 3), generate(library.coordinator, 3)]);
    expect(results.every((result) => result.ok)).toBe(true);
    const sessions = await sessionsOf(library.organisation.id);
    expect(sessions).toHaveLength(3);
    expect(sessions.every((session) => session.slots.length === 6 && session.staff.length === 1)).toBe(true);
  });

  it("keeps 10:00 on the wall clock across the daylight-saving changes", async () => {
    const march = new Date("2026-03-16T07:00:00Z");
    await weeklyHour(library, {}, march);
    await generate(library.coordinator, 3, march);
    const sessions = await sessionsOf(library.organisation.id);
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-17T09:00:00.000Z",
      "2026-03-24T09:00:00.000Z",
      "2026-03-31T08:00:00.000Z",
    ]);
    expect(sessions[2].slots[0].startsAt.toISOString()).toBe("2026-03-31T08:00:00.000Z");
    expect(sessions[2].slots[5].endsAt.toISOString()).toBe("2026-03-31T11:00:00.000Z");

    const october = new Date("2026-10-19T07:00:00Z");
    const other = await makeLibrary();
    await weeklyHour(other, {}, october);
    await generate(other.coordinator, 2, october);
    expect((await sessionsOf(other.organisation.id)).map((s) => s.startsAt.toISOString())).toEqual([
      "2026-10-20T08:00:00.000Z",
      "2026-10-27T09:00:00.000Z",
    ]);
  });

  it("respects validFrom and validUntil and skips sessions that have already begun", async () => {
    await weeklyHour(library, { validFrom: "2026-12-08", validUntil: "2026-12-22" });
    await weeklyHour(library, { weekday: 4, validUntil: "2026-12-03" });
    const afterTuesdayStarted = new Date("2026-12-01T09:30:00Z");
    await generate(library.coordinator, 8, afterTuesdayStarted);
    const days = (await sessionsOf(library.organisation.id)).map((s) => amsterdamDay(s.startsAt));
    expect(days).toEqual(["2026-12-03", "2026-12-08", "2026-12-15", "2026-12-22"]);
  });

  it("fills up to the capacity, gives each advisor a room while there are rooms, and slots per advisor", async () => {
    const third = await createUser(library.organisation.id, "ADVISOR");
    await weeklyHour(library, {
      advisorCapacity: 3,
      advisorIds: [library.volunteer.id, library.professional.id, third.id],
    });
    await generate(library.coordinator, 1);
    const [session] = await sessionsOf(library.organisation.id);
    expect(session.advisorCapacity).toBe(3);
    expect(session.staff).toHaveLength(3);
    expect(session.staff.map((s) => s.roomId).sort()).toEqual(
      [library.cabins[0].id, library.cabins[1].id, null].sort(),
    );
    expect(session.slots).toHaveLength(18);
    const volunteerRoom = session.staff.find((s) => s.advisorId === library.volunteer.id)?.roomId;
    expect(volunteerRoom).toBeNull();
  });

  it("leaves out advisors who left, and advisors who already work elsewhere at that time", async () => {
    const elsewhere = await db.location.create({
      data: {
        organisationId: library.organisation.id,
        slug: `elders-${library.organisation.id}`,
        name: "Wijkcentrum",
        street: "Spilstraat 4",
        postcode: "1234 AB",
        city: "Teststad",
      },
    });
    const inactive = await createUser(library.organisation.id, "ADVISOR");
    await weeklyHour(library, {
      advisorCapacity: 2,
      advisorIds: [library.professional.id, library.volunteer.id, inactive.id],
    });
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    const extra = await addExtraSession(
      library.coordinator,
      { locationId: elsewhere.id, day: "2026-12-08", startTime: "11:00", endTime: "12:00", advisorCapacity: 1 },
      { now: NOW },
    );
    if (!extra.ok) throw new Error(JSON.stringify(extra.error));
    await db.sessionStaff.create({ data: { sessionId: extra.value.sessionId, advisorId: library.professional.id } });
    await db.slot.create({
      data: {
        organisationId: library.organisation.id,
        sessionId: extra.value.sessionId,
        advisorId: library.professional.id,
        startsAt: new Date("2026-12-08T10:00:00Z"),
        endsAt: new Date("2026-12-08T10:30:00Z"),
      },
    });

    await generate(library.coordinator, 2);
    const regular = (await sessionsOf(library.organisation.id)).filter((s) => s.id !== extra.value.sessionId);
    expect(regular.map((s) => [amsterdamDay(s.startsAt), s.staff.map((staff) => staff.advisorId).sort()])).toEqual([
      ["2026-12-01", [library.professional.id, library.volunteer.id].sort()],
      ["2026-12-08", [library.volunteer.id]],
    ]);
  });

  it("does not make a regular session where an extra session at the same location already is", async () => {
    await weeklyHour(library);
    const extra = await addExtraSession(
      library.coordinator,
      { locationId: library.location.id, day: "2026-12-08", startTime: "09:00", endTime: "11:00", advisorCapacity: 2 },
      { now: NOW },
    );
    expect(extra.ok).toBe(true);
    await generate(library.coordinator, 2);
    const sessions = await sessionsOf(library.organisation.id);
    expect(sessions.map((s) => [amsterdamDay(s.startsAt), formatTime(s.startsAt)])).toEqual([
      ["2026-12-01", "10:00"],
      ["2026-12-08", "09:00"],
    ]);
  });

  it("writes one audit event for the run", async () => {
    await weeklyHour(library);
    await generate(library.coordinator, 2);
    const events = await db.auditEvent.findMany({
      where: { organisationId: library.organisation.id, action: "session.generate" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      access: "WRITE",
      actorId: library.coordinator.userId,
      actorRole: "COORDINATOR",
      entityType: "Organisation",
    });
    expect(events[0].details).toMatchObject({ weeks: 2, sessionsCreated: 2, slotsCreated: 12 });
  });

  it("refuses a number of weeks outside 1 to 52 without writing anything", async () => {
    await weeklyHour(library);
    const result = await generate(library.coordinator, 53);
    expect(result).toMatchObject({ ok: false, fieldErrors: { weeks: ["refusals.schedule.weeksMax"] } });
    expect(await db.session.count({ where: { organisationId: library.organisation.id } })).toBe(0);
  });
});
