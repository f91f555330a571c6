import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AccessDenied } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { addExtraSession } from "@/lib/schedule/add-extra-session";
import { cancelSession } from "@/lib/schedule/cancel-session";
import { createConsultationHour } from "@/lib/schedule/create-consultation-hour";
import { generateSessions } from "@/lib/schedule/generate-sessions";
import { getSchedule } from "@/lib/schedule/queries";
import { removeStaff } from "@/lib/schedule/remove-staff";
import { staffSession } from "@/lib/schedule/staff-session";
import { updateConsultationHour } from "@/lib/schedule/update-consultation-hour";
import { actorOf, createClient, createOrganisation, createUser } from "../support/factories";

// Tuesday 1 December 2026, 08:00 in Amsterdam.
const NOW = new Date("2026-12-01T07:00:00Z");
const at = { now: NOW };
const FORBIDDEN = "refusals.auth.forbidden";
const UNAUTHENTICATED = "refusals.auth.unauthenticated";

type Library = Awaited<ReturnType<typeof makeLibrary>>;

async function makeLibrary(name: string) {
  const { organisation, location } = await createOrganisation(name);
  const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  const host = actorOf(await createUser(organisation.id, "HOST", { homeLocationId: location.id }));
  const advisorUser = await createUser(organisation.id, "ADVISOR");
  const standIn = await createUser(organisation.id, "ADVISOR");
  const admin = actorOf(await createUser(organisation.id, "ADMIN"));
  const room = await db.room.create({
    data: { organisationId: organisation.id, locationId: location.id, name: "Spreekkamer 1" },
  });
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
      advisorIds: [advisorUser.id],
    },
    at,
  );
  if (!hour.ok) throw new Error(JSON.stringify(hour.error));
  await generateSessions(coordinator, { weeks: 2 }, at);
  const session = await db.session.findFirstOrThrow({
    where: { organisationId: organisation.id },
    orderBy: { startsAt: "desc" },
    select: { id: true },
  });
  return {
    organisation,
    location,
    room,
    coordinator,
    host,
    advisor: actorOf(advisorUser),
    standIn,
    admin,
    hourId: hour.value.consultationHourId,
    sessionId: session.id,
  };
}

/** Everything a schedule change could touch in one organisation. */
async function snapshot(organisationId: string) {
  const where = { organisationId };
  return {
    hours: await db.consultationHour.findMany({ where, orderBy: { id: "asc" }, include: { advisors: true } }),
    sessions: await db.session.findMany({ where, orderBy: { id: "asc" } }),
    staff: await db.sessionStaff.findMany({ where: { session: where }, orderBy: { id: "asc" } }),
    slots: await db.slot.count({ where }),
    audit: await db.auditEvent.count({ where }),
  };
}

let a: Library;
let b: Library;

beforeAll(async () => {
  a = await makeLibrary("Bibliotheek A");
  b = await makeLibrary("Bibliotheek B");
});

/** Each use case, called with input that is valid for library A. */
const useCases: [string, (actor: Actor | null) => Promise<{ ok: boolean }>][] = [
  ["generateSessions", (actor) => generateSessions(actor, { weeks: 4 }, at)],
  [
    "createConsultationHour",
    (actor) =>
      createConsultationHour(
        actor,
        {
          locationId: a.location.id,
          weekday: 4,
          startTime: "10:00",
          endTime: "13:00",
          advisorCapacity: 1,
          slotMinutes: 30,
          validFrom: "2026-12-01",
          advisorIds: [a.advisor.userId],
        },
        at,
      ),
  ],
  [
    "updateConsultationHour",
    (actor) =>
      updateConsultationHour(
        actor,
        { consultationHourId: a.hourId, advisorCapacity: 3, validUntil: "2026-12-02", advisorIds: [a.standIn.id] },
        at,
      ),
  ],
  ["cancelSession", (actor) => cancelSession(actor, { sessionId: a.sessionId, reason: "Feestdag" }, at)],
  [
    "addExtraSession",
    (actor) =>
      addExtraSession(
        actor,
        { locationId: a.location.id, day: "2026-12-09", startTime: "14:00", endTime: "16:00", advisorCapacity: 1 },
        at,
      ),
  ],
  [
    "staffSession",
    (actor) =>
      staffSession(
        actor,
        { sessionId: a.sessionId, advisorId: a.standIn.id, standInForId: a.advisor.userId, roomId: a.room.id },
        at,
      ),
  ],
  ["removeStaff", (actor) => removeStaff(actor, { sessionId: a.sessionId, advisorId: a.advisor.userId }, at)],
];

describe("only a coordinator changes the schedule", () => {
  it.each(useCases)("%s refuses no login, a host, an advisor and an admin, and writes nothing", async (_name, call) => {
    const before = await snapshot(a.organisation.id);
    expect(await call(null)).toEqual({ ok: false, error: UNAUTHENTICATED });
    for (const actor of [a.host, a.advisor, a.admin]) {
      expect(await call(actor)).toEqual({ ok: false, error: FORBIDDEN });
    }
    expect(await snapshot(a.organisation.id)).toEqual(before);
  });

  it("the schedule view refuses everyone but the coordinator", async () => {
    await expect(getSchedule(null)).rejects.toThrow(AccessDenied);
    for (const actor of [a.host, a.advisor, a.admin]) {
      await expect(getSchedule(actor)).rejects.toThrow(FORBIDDEN);
    }
  });
});

describe("a coordinator of another library finds nothing of library A", () => {
  const notFound: [string, (actor: Actor) => Promise<unknown>, string][] = [
    ["createConsultationHour at A's location", (actor) => useCases[1][1](actor), "refusals.schedule.locationNotFound"],
    [
      "createConsultationHour with A's advisor",
      (actor) =>
        createConsultationHour(
          actor,
          {
            locationId: b.location.id,
            weekday: 5,
            startTime: "10:00",
            endTime: "12:00",
            advisorCapacity: 1,
            slotMinutes: 30,
            validFrom: "2026-12-01",
            advisorIds: [a.advisor.userId],
          },
          at,
        ),
      "refusals.schedule.advisorNotFound",
    ],
    ["updateConsultationHour of A's hour", (actor) => useCases[2][1](actor), "refusals.schedule.hourNotFound"],
    ["cancelSession of A's session", (actor) => useCases[3][1](actor), "refusals.schedule.sessionNotFound"],
    ["addExtraSession at A's location", (actor) => useCases[4][1](actor), "refusals.schedule.locationNotFound"],
    ["staffSession of A's session", (actor) => useCases[5][1](actor), "refusals.schedule.sessionNotFound"],
    [
      "staffSession with A's advisor",
      (actor) => staffSession(actor, { sessionId: b.sessionId, advisorId: a.standIn.id }, at),
      "refusals.schedule.advisorNotFound",
    ],
    [
      "staffSession in A's room",
      (actor) => staffSession(actor, { sessionId: b.sessionId, advisorId: b.standIn.id, roomId: a.room.id }, at),
      "refusals.schedule.roomNotFound",
    ],
    ["removeStaff of A's session", (actor) => useCases[6][1](actor), "refusals.schedule.sessionNotFound"],
  ];

  it.each(notFound)("%s: not found, and nothing written in either library", async (_name, call, message) => {
    const beforeA = await snapshot(a.organisation.id);
    const beforeB = await snapshot(b.organisation.id);
    expect(await call(b.coordinator)).toEqual({ ok: false, error: message });
    expect(await snapshot(a.organisation.id)).toEqual(beforeA);
    expect(await snapshot(b.organisation.id)).toEqual(beforeB);
  });

  it("generateSessions by B makes B's sessions only", async () => {
    const beforeA = await snapshot(a.organisation.id);
    const result = await generateSessions(b.coordinator, { weeks: 4 }, at);
    expect(result).toMatchObject({ ok: true, value: { sessionsCreated: 2 } });
    expect(await snapshot(a.organisation.id)).toEqual(beforeA);
    expect(await db.session.count({ where: { organisationId: b.organisation.id } })).toBe(4);
  });

  it("the schedule view shows B's own location and sessions, and nothing for A's location", async () => {
    const own = await getSchedule(b.coordinator, { week: "2026-11-30" }, NOW);
    expect(own.locations.map((l) => l.id)).toEqual([b.location.id]);
    expect(own.sessions).toHaveLength(1);
    expect(own.advisors.map((adv) => adv.id).sort()).toEqual([b.advisor.userId, b.standIn.id].sort());
    const foreign = await getSchedule(b.coordinator, { locationId: a.location.id, week: "2026-11-30" }, NOW);
    expect(foreign.location).toBeNull();
    expect(foreign.sessions).toEqual([]);
  });
});

describe("the schedule view", () => {
  it("shows a week of sessions with staff, stand-ins and free and booked slots, without who the client is", async () => {
    const changed = await staffSession(
      a.coordinator,
      { sessionId: a.sessionId, advisorId: a.standIn.id, standInForId: a.advisor.userId },
      at,
    );
    expect(changed.ok).toBe(true);
    const slot = await db.slot.findFirstOrThrow({ where: { sessionId: a.sessionId }, orderBy: { startsAt: "asc" } });
    const client = await createClient(a.organisation.id);
    await db.visit.create({
      data: {
        organisationId: a.organisation.id,
        locationId: a.location.id,
        sessionId: a.sessionId,
        slotId: slot.id,
        clientId: client.id,
        kind: "APPOINTMENT",
        status: "BOOKED",
      },
    });
    const schedule = await getSchedule(a.coordinator, { week: "2026-12-10" }, NOW);
    expect(schedule.week).toMatchObject({
      start: "2026-12-07",
      end: "2026-12-14",
      previous: "2026-11-30",
      next: "2026-12-14",
      current: "2026-11-30",
    });
    expect(schedule.sessions).toHaveLength(1);
    const [session] = schedule.sessions;
    expect(session).toMatchObject({
      id: a.sessionId,
      status: "PLANNED",
      extra: false,
      changeable: true,
      freeSlots: 5,
      bookedSlots: 1,
      advisorCapacity: 2,
    });
    expect(session.staff).toEqual([
      {
        advisorId: a.standIn.id,
        name: a.standIn.name,
        advisorKind: "PROFESSIONAL",
        standInFor: a.advisor.name,
        room: "Spreekkamer 1",
        freeSlots: 5,
        bookedSlots: 1,
      },
    ]);
    expect(schedule.hours).toEqual([
      expect.objectContaining({
        id: a.hourId,
        weekday: 2,
        startMinute: 600,
        endMinute: 780,
        validFrom: "2025-01-01",
        validUntil: null,
      }),
    ]);
    expect(schedule.rooms.map((room) => room.name)).toEqual(["Spreekkamer 1"]);
    expect(JSON.stringify(schedule)).not.toContain(client.displayName);

    const twoWeeks = await getSchedule(a.coordinator, { week: "2026-12-01", weeks: 2 }, NOW);
    expect(twoWeeks.week).toMatchObject({ start: "2026-11-30", end: "2026-12-14" });
    expect(twoWeeks.sessions.map((s) => s.changeable)).toEqual([true, true]);
    const duringFirst = await getSchedule(a.coordinator, { week: "2026-12-01" }, new Date("2026-12-01T09:30:00Z"));
    expect(duringFirst.sessions.map((s) => s.changeable)).toEqual([false]);
  });
});
