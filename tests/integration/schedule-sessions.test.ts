import { beforeEach, describe, expect, it } from "vitest";
import { amsterdamDay, formatTime } from "@/lib/dates";
import { db } from "@/lib/db";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

// Tuesday 1 December 2026, 08:00 in Amsterdam.
const NOW = new Date("2026-12-01T07:00:00Z");
const at = { now: NOW };

type Library = Awaited<ReturnType<typeof makeLibrary>>;

async function makeLibrary() {
  const { organisation, location } = await createOrganisation();
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  const advisor = await createUser(organisation.id, "ADVISOR");
  const stand = await createUser(organisation.id, "ADVISOR", { advisorKind: "VOLUNTEER" });
  const hour = await createConsultationHour(
    coordinator,
    {
      locationId: location.id,
      weekday: 2,
      startTime: "10:00",
      endTime: "13:00",
      advisorCapacity: 1,
      slotMinutes: 30,
      validFrom: "2025-01-01",
      advisorIds: [advisor.id],
    },
    at,
  );
  if (!hour.ok) throw new Error(JSON.stringify(hour.error));
  await generateSessions(coordinator, { weeks: 4 }, at);
  const sessions = await db.session.findMany({
    where: { organisationId: organisation.id },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true },
  });
  return { organisation, location, coordinator, advisor, stand, hourId: hour.value.consultationHourId, sessions };
}

async function book(library: Library, sessionId: string, status: VisitStatus = "BOOKED") {
  const slot = await db.slot.findFirstOrThrow({ where: { sessionId, visit: null }, orderBy: { startsAt: "asc" } });
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

/** Everything the schedule writes, to prove a refusal left it as it was. */
async function snapshot(organisationId: string) {
  const where = { organisationId };
  return {
    sessions: await db.session.findMany({
      where,
      orderBy: { id: "asc" },
      select: { id: true, status: true, cancelReason: true },
    }),
    staff: await db.sessionStaff.findMany({
      where: { session: where },
      orderBy: { id: "asc" },
      select: { id: true, advisorId: true },
    }),
    slots: await db.slot.count({ where }),
    hours: await db.consultationHour.findMany({
      where,
      orderBy: { id: "asc" },
      select: { id: true, advisorCapacity: true, validUntil: true, advisors: { select: { advisorId: true } } },
    }),
    audit: await db.auditEvent.count({ where }),
  };
}

let library: Library;
beforeEach(async () => {
  library = await makeLibrary();
});

describe("cancelSession: a holiday closure", () => {
  it("cancels with a reason, frees the slots and staff, and writes an audit event", async () => {
    const [, second] = library.sessions;
    const result = await cancelSession(
      library.coordinator,
      { sessionId: second.id, reason: "Bibliotheek gesloten (personeelsdag)" },
      at,
    );
    expect(result).toEqual({ ok: true, value: { sessionId: second.id } });
    const session = await db.session.findUniqueOrThrow({
      where: { id: second.id },
      select: { status: true, cancelReason: true, _count: { select: { slots: true, staff: true } } },
    });
    expect(session).toEqual({
      status: "CANCELLED",
      cancelReason: "Bibliotheek gesloten (personeelsdag)",
      _count: { slots: 0, staff: 0 },
    });
    expect(await db.slot.count({ where: { organisationId: library.organisation.id } })).toBe(3 * 6);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: library.organisation.id, action: "session.cancel" },
    });
    expect(event).toMatchObject({
      access: "WRITE",
      entityType: "Session",
      entityId: second.id,
      details: { reason: "Bibliotheek gesloten (personeelsdag)" },
    });
  });

  it.each(["BOOKED", "WAITING", "IN_CONVERSATION"] as const)(
    "refuses while a client is expected (%s) and writes nothing",
    async (status) => {
      const [, second] = library.sessions;
      await book(library, second.id, status);
      const before = await snapshot(library.organisation.id);
      const result = await cancelSession(library.coordinator, { sessionId: second.id, reason: "Feestdag" }, at);
      expect(result).toEqual({
        ok: false,
        error: { key: "refusals.schedule.cancelWithClients", values: { count: 1 } },
      });
      expect(await snapshot(library.organisation.id)).toEqual(before);
    },
  );

  it("does cancel when the only visit was itself cancelled", async () => {
    const [, second] = library.sessions;
    const visit = await book(library, second.id);
    await db.visit.update({ where: { id: visit.id }, data: { status: "CANCELLED", slotId: null } });
    expect((await cancelSession(library.coordinator, { sessionId: second.id, reason: "Feestdag" }, at)).ok).toBe(true);
  });

  it("refuses a session that has begun or was already cancelled", async () => {
    const [first, second] = library.sessions;
    const duringFirst = { now: new Date(first.startsAt.getTime() + 60_000) };
    expect(await cancelSession(library.coordinator, { sessionId: first.id, reason: "Ziek" }, duringFirst)).toEqual({
      ok: false,
      error: "refusals.schedule.sessionStarted",
    });
    await cancelSession(library.coordinator, { sessionId: second.id, reason: "Feestdag" }, at);
    expect(await cancelSession(library.coordinator, { sessionId: second.id, reason: "Feestdag" }, at)).toEqual({
      ok: false,
      error: "refusals.schedule.sessionCancelled",
    });
  });

  it("wants a reason", async () => {
    const result = await cancelSession(library.coordinator, { sessionId: library.sessions[1].id, reason: "" }, at);
    expect(result).toMatchObject({
      ok: false,
      error: "refusals.common.invalidInput",
      fieldErrors: { reason: ["refusals.schedule.reasonTooShort"] },
    });
  });
});

describe("addExtraSession", () => {
  it("adds a one-off session without staff, not tied to an hour", async () => {
    const result = await addExtraSession(
      library.coordinator,
      {
        locationId: library.location.id,
        day: "2026-12-02",
        startTime: "14:00",
        endTime: "16:00",
        advisorCapacity: "2",
        mode: "WALK_IN",
      },
      at,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const session = await db.session.findUniqueOrThrow({
      where: { id: result.value.sessionId },
      include: { staff: true, slots: true },
    });
    expect(session).toMatchObject({
      consultationHourId: null,
      status: "PLANNED",
      advisorCapacity: 2,
      mode: "WALK_IN",
      staff: [],
      slots: [],
    });
    expect([amsterdamDay(session.startsAt), formatTime(session.startsAt), formatTime(session.endsAt)]).toEqual([
      "2026-12-02",
      "14:00",
      "16:00",
    ]);
    expect(await db.auditEvent.count({ where: { action: "session.add_extra", entityId: session.id } })).toBe(1);
  });

  it("refuses a moment in the past and a time when the location already has a session", async () => {
    const before = await snapshot(library.organisation.id);
    expect(
      await addExtraSession(
        library.coordinator,
        {
          locationId: library.location.id,
          day: "2026-11-30",
          startTime: "10:00",
          endTime: "11:00",
          advisorCapacity: 1,
        },
        at,
      ),
    ).toEqual({
      ok: false,
      error: "refusals.schedule.sessionInPast",
    });
    expect(
      await addExtraSession(
        library.coordinator,
        {
          locationId: library.location.id,
          day: "2026-12-08",
          startTime: "12:30",
          endTime: "14:00",
          advisorCapacity: 1,
        },
        at,
      ),
    ).toEqual({
      ok: false,
      error: {
        key: "refusals.schedule.extraSessionClash",
        values: {
          day: new Date("2026-12-08T09:00:00Z"),
          start: new Date("2026-12-08T09:00:00Z"),
          end: new Date("2026-12-08T12:00:00Z"),
        },
      },
    });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("adds a session that is already running, so the desk can take its walk-ins, but not one that is over", async () => {
    // 08:40 on Tuesday 1 December: 08:00–09:00 is running, 07:00–08:30 is over.
    const duringIt = { now: new Date("2026-12-01T07:40:00Z") };
    const running = await addExtraSession(
      library.coordinator,
      { locationId: library.location.id, day: "2026-12-01", startTime: "08:00", endTime: "09:00", advisorCapacity: 1 },
      duringIt,
    );
    expect(running.ok).toBe(true);
    const before = await snapshot(library.organisation.id);
    expect(
      await addExtraSession(
        library.coordinator,
        {
          locationId: library.location.id,
          day: "2026-12-01",
          startTime: "07:00",
          endTime: "07:30",
          advisorCapacity: 1,
        },
        duringIt,
      ),
    ).toEqual({ ok: false, error: "refusals.schedule.sessionInPast" });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("reads an end at 00:00 as the midnight that ends the day", async () => {
    const result = await addExtraSession(
      library.coordinator,
      { locationId: library.location.id, day: "2026-12-31", startTime: "23:00", endTime: "00:00", advisorCapacity: 1 },
      at,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const session = await db.session.findUniqueOrThrow({ where: { id: result.value.sessionId } });
    expect([session.startsAt, session.endsAt]).toEqual([
      new Date("2026-12-31T22:00:00Z"),
      new Date("2026-12-31T23:00:00Z"),
    ]);
    expect(
      await addExtraSession(
        library.coordinator,
        {
          locationId: library.location.id,
          day: "2026-12-30",
          startTime: "23:00",
          endTime: "01:00",
          advisorCapacity: 1,
        },
        at,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { endTime: ["refusals.schedule.endBeforeStart"] } });
  });

  it("may take the place of a cancelled session", async () => {
    await cancelSession(library.coordinator, { sessionId: library.sessions[1].id, reason: "Verbouwing" }, at);
    const result = await addExtraSession(
      library.coordinator,
      { locationId: library.location.id, day: "2026-12-08", startTime: "13:00", endTime: "15:00", advisorCapacity: 1 },
      at,
    );
    expect(result.ok).toBe(true);
  });
});

describe("createConsultationHour", () => {
  it("stores the hour with its regular advisors and an audit event", async () => {
    const result = await createConsultationHour(
      library.coordinator,
      {
        locationId: library.location.id,
        weekday: "4",
        startTime: "13:30",
        endTime: "16:00",
        advisorCapacity: "2",
        slotMinutes: "30",
        validFrom: "2027-01-01",
        validUntil: "2027-06-30",
        advisorIds: [library.advisor.id, library.stand.id],
      },
      at,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const hour = await db.consultationHour.findUniqueOrThrow({
      where: { id: result.value.consultationHourId },
      include: { advisors: true },
    });
    expect(hour).toMatchObject({
      organisationId: library.organisation.id,
      weekday: 4,
      startMinute: 810,
      endMinute: 960,
      advisorCapacity: 2,
      validFrom: new Date("2027-01-01T00:00:00Z"),
      validUntil: new Date("2027-06-30T00:00:00Z"),
    });
    expect(hour.advisors.map((a) => a.advisorId).sort()).toEqual([library.advisor.id, library.stand.id].sort());
    expect(await db.auditEvent.count({ where: { action: "consultation_hour.create", entityId: hour.id } })).toBe(1);
  });

  it("refuses an hour that overlaps another at the same location and day", async () => {
    const before = await snapshot(library.organisation.id);
    const result = await createConsultationHour(
      library.coordinator,
      {
        locationId: library.location.id,
        weekday: 2,
        startTime: "12:00",
        endTime: "14:00",
        advisorCapacity: 1,
        slotMinutes: 30,
        validFrom: "2026-12-01",
      },
      at,
    );
    expect(result).toEqual({
      ok: false,
      error: { key: "refusals.schedule.hourOverlaps", values: { weekday: "2", start: "10:00", end: "13:00" } },
    });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("allows the same time after the other hour has ended", async () => {
    await updateConsultationHour(
      library.coordinator,
      {
        consultationHourId: library.hourId,
        advisorCapacity: 1,
        validUntil: "2026-12-31",
        advisorIds: [library.advisor.id],
      },
      at,
    );
    const result = await createConsultationHour(
      library.coordinator,
      {
        locationId: library.location.id,
        weekday: 2,
        startTime: "10:00",
        endTime: "12:00",
        advisorCapacity: 1,
        slotMinutes: 20,
        validFrom: "2027-01-01",
      },
      at,
    );
    expect(result.ok).toBe(true);
  });

  it("refuses an advisor who is not an active advisor of the organisation", async () => {
    const host = await createUser(library.organisation.id, "HOST");
    const result = await createConsultationHour(
      library.coordinator,
      {
        locationId: library.location.id,
        weekday: 3,
        startTime: "10:00",
        endTime: "12:00",
        advisorCapacity: 1,
        slotMinutes: 30,
        validFrom: "2027-01-01",
        advisorIds: [library.advisor.id, host.id],
      },
      at,
    );
    expect(result).toEqual({
      ok: false,
      error: "refusals.schedule.advisorsNotFound",
    });
  });
});

describe("updateConsultationHour", () => {
  it("changes capacity and regular advisors for the sessions made from then on", async () => {
    const result = await updateConsultationHour(
      library.coordinator,
      {
        consultationHourId: library.hourId,
        advisorCapacity: "2",
        mode: "APPOINTMENT",
        validUntil: "",
        advisorIds: [library.advisor.id, library.stand.id],
      },
      at,
    );
    expect(result).toEqual({ ok: true, value: { consultationHourId: library.hourId, sessionsRemoved: 0 } });
    // The four sessions made before keep their single advisor; the new ones get two.
    await generateSessions(library.coordinator, { weeks: 5 }, at);
    const staffCounts = await db.session.findMany({
      where: { organisationId: library.organisation.id },
      orderBy: { startsAt: "asc" },
      select: { advisorCapacity: true, mode: true, _count: { select: { staff: true } } },
    });
    expect(staffCounts.map((s) => [s.advisorCapacity, s._count.staff])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
      [2, 2],
    ]);
    expect(staffCounts[4].mode).toBe("APPOINTMENT");
    expect(await db.auditEvent.count({ where: { action: "consultation_hour.update", entityId: library.hourId } })).toBe(
      1,
    );
  });

  it("ends an hour: the sessions made ahead for after the last day go", async () => {
    const result = await updateConsultationHour(
      library.coordinator,
      {
        consultationHourId: library.hourId,
        advisorCapacity: 1,
        validUntil: "2026-12-09",
        advisorIds: [library.advisor.id],
      },
      at,
    );
    expect(result).toEqual({ ok: true, value: { consultationHourId: library.hourId, sessionsRemoved: 2 } });
    const days = (
      await db.session.findMany({
        where: { organisationId: library.organisation.id },
        orderBy: { startsAt: "asc" },
        select: { startsAt: true },
      })
    ).map((s) => amsterdamDay(s.startsAt));
    expect(days).toEqual(["2026-12-01", "2026-12-08"]);
    expect(await db.slot.count({ where: { organisationId: library.organisation.id } })).toBe(12);
    await generateSessions(library.coordinator, { weeks: 8 }, at);
    expect(await db.session.count({ where: { organisationId: library.organisation.id } })).toBe(2);
  });

  it("refuses to end an hour while a client is expected after the last day, and writes nothing", async () => {
    await book(library, library.sessions[3].id);
    const before = await snapshot(library.organisation.id);
    const result = await updateConsultationHour(
      library.coordinator,
      {
        consultationHourId: library.hourId,
        advisorCapacity: 3,
        validUntil: "2026-12-09",
        advisorIds: [library.stand.id],
      },
      at,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        key: "refusals.schedule.clientsAfterLastDay",
        values: { validUntil: new Date("2026-12-09T00:00:00Z"), count: 1 },
      },
    });
    expect(await snapshot(library.organisation.id)).toEqual(before);
  });

  it("refuses a last day in the past or before the first day", async () => {
    expect(
      await updateConsultationHour(
        library.coordinator,
        { consultationHourId: library.hourId, advisorCapacity: 1, validUntil: "2026-11-30", advisorIds: [] },
        at,
      ),
    ).toEqual({
      ok: false,
      error: "refusals.schedule.validUntilInPast",
    });
    const later = await createConsultationHour(
      library.coordinator,
      {
        locationId: library.location.id,
        weekday: 5,
        startTime: "10:00",
        endTime: "12:00",
        advisorCapacity: 1,
        slotMinutes: 30,
        validFrom: "2027-03-01",
      },
      at,
    );
    if (!later.ok) throw new Error(JSON.stringify(later.error));
    expect(
      await updateConsultationHour(
        library.coordinator,
        { consultationHourId: later.value.consultationHourId, advisorCapacity: 1, validUntil: "2027-01-01" },
        at,
      ),
    ).toEqual({
      ok: false,
      error: {
        key: "refusals.schedule.validUntilBeforeFirstDay",
        values: { validFrom: new Date("2027-03-01T00:00:00Z") },
      },
    });
  });
});
