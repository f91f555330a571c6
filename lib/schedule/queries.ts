import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import {
  addCalendarDays,
  amsterdamDay,
  amsterdamMoment,
  dateColumn,
  dayOfDateColumn,
  startOfIsoWeek,
} from "@/lib/dates";
import { db } from "@/lib/db";
import { sessionPhase } from "./session-phase";
import { isChangeable, isStaffable } from "./staffing";
import { clock } from "@/lib/clock";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

export type ScheduleView = { locationId?: string; week?: string; weeks?: number };

/**
 * The coordinator's schedule of one location for a range of weeks: each session with its staff
 * and how many slots are free or taken, plus what the forms need to choose from. Slots are counted,
 * not listed: the coordinator plans capacity and does not need to see who comes.
 */
export async function getSchedule(actor: Actor | null, view: ScheduleView = {}, now = clock.now()) {
  const coordinator = requireRole(actor, SCHEDULE_ROLES);
  const scope = scopedToOrganisation(coordinator);
  const today = amsterdamDay(now);
  const weekStart = startOfIsoWeek(view.week ?? today);
  const weekEnd = addCalendarDays(weekStart, 7 * (view.weeks ?? 1));
  const week = {
    start: weekStart,
    end: weekEnd,
    previous: addCalendarDays(weekStart, -7),
    next: addCalendarDays(weekStart, 7),
    current: startOfIsoWeek(today),
  };

  const locations = await db.location.findMany({
    where: { ...scope, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const location = view.locationId ? (locations.find((l) => l.id === view.locationId) ?? null) : (locations[0] ?? null);
  if (!location) return { locations, location: null, week, sessions: [], hours: [], advisors: [], rooms: [] };

  const [sessions, hours, advisors, rooms] = await Promise.all([
    db.session.findMany({
      where: {
        ...scope,
        locationId: location.id,
        startsAt: { gte: amsterdamMoment(weekStart, 0), lt: amsterdamMoment(weekEnd, 0) },
      },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        status: true,
        cancelReason: true,
        advisorCapacity: true,
        mode: true,
        consultationHourId: true,
        staff: {
          orderBy: { advisor: { name: "asc" } },
          select: {
            advisor: { select: { id: true, name: true, advisorKind: true } },
            standInFor: { select: { id: true, name: true } },
            room: { select: { name: true } },
          },
        },
        slots: { select: { advisorId: true, visit: { select: { id: true } } } },
      },
    }),
    db.consultationHour.findMany({
      where: {
        ...scope,
        locationId: location.id,
        active: true,
        OR: [{ validUntil: null }, { validUntil: { gte: dateColumn(today) } }],
      },
      orderBy: [{ weekday: "asc" }, { startMinute: "asc" }],
      select: {
        id: true,
        weekday: true,
        startMinute: true,
        endMinute: true,
        advisorCapacity: true,
        slotMinutes: true,
        mode: true,
        validFrom: true,
        validUntil: true,
        advisors: { orderBy: { advisor: { name: "asc" } }, select: { advisor: { select: { id: true, name: true } } } },
      },
    }),
    db.user.findMany({
      where: { ...scope, roles: { has: "ADVISOR" }, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, advisorKind: true },
    }),
    db.room.findMany({
      where: { ...scope, locationId: location.id, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);

  return {
    locations,
    location,
    week,
    sessions: sessions.map(({ slots, staff, consultationHourId, ...session }) => {
      const count = (advisorId?: string) => {
        const own = slots.filter((slot) => advisorId === undefined || slot.advisorId === advisorId);
        const booked = own.filter((slot) => slot.visit !== null).length;
        return { freeSlots: own.length - booked, bookedSlots: booked };
      };
      return {
        ...session,
        extra: consultationHourId === null,
        phase: sessionPhase(session, now),
        changeable: isChangeable(session, now),
        staffable: isStaffable(session, now),
        ...count(),
        staff: staff.map(({ advisor, standInFor, room }) => ({
          advisorId: advisor.id,
          name: advisor.name,
          advisorKind: advisor.advisorKind,
          standInFor: standInFor?.name ?? null,
          room: room?.name ?? null,
          ...count(advisor.id),
        })),
      };
    }),
    hours: hours.map(({ validFrom, validUntil, advisors: regular, ...hour }) => ({
      ...hour,
      validFrom: dayOfDateColumn(validFrom),
      validUntil: validUntil && dayOfDateColumn(validUntil),
      advisors: regular.map(({ advisor }) => advisor),
    })),
    advisors,
    rooms,
  };
}

export type Schedule = Awaited<ReturnType<typeof getSchedule>>;
export type ScheduledSession = Schedule["sessions"][number];
