import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamDay, amsterdamMoment, dateColumn, dayOfDateColumn } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "@/lib/use-case";
import { overlaps, sessionOccurrences } from "./occurrences";
import { changeSchedule } from "./rules";
import { generateSessionsSchema } from "./schema";
import { slotRows } from "./staffing";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

type Window = { startsAt: Date; endsAt: Date };

/**
 * Makes the sessions of the organisation's recurring hours for the coming weeks, with their staff
 * and slots. Idempotent: a session that exists (also a cancelled one: a holiday closure stays
 * closed) is skipped by its unique (hour, start), so running it twice, or at the same moment as a
 * colleague, adds nothing twice. Changes to an hour only reach the sessions made after them.
 */
export const generateSessions = defineUseCase({
  name: "schedule.generateSessions",
  roles: SCHEDULE_ROLES,
  input: generateSessionsSchema,
  run: (actor, { weeks }, { now }) =>
    changeSchedule(async (tx) => {
      const scope = scopedToOrganisation(actor);
      const from = amsterdamDay(now);
      const until = addCalendarDays(from, weeks * 7);
      const range = { startsAt: amsterdamMoment(from, 0), endsAt: amsterdamMoment(until, 0) };

      const hours = await tx.consultationHour.findMany({
        where: {
          ...scope,
          active: true,
          location: { active: true },
          validFrom: { lt: dateColumn(until) },
          OR: [{ validUntil: null }, { validUntil: { gte: dateColumn(from) } }],
        },
        select: {
          id: true,
          locationId: true,
          weekday: true,
          startMinute: true,
          endMinute: true,
          slotMinutes: true,
          advisorCapacity: true,
          mode: true,
          validFrom: true,
          validUntil: true,
          advisors: {
            where: { advisor: { active: true, roles: { has: "ADVISOR" } } },
            select: { advisor: { select: { id: true, name: true, advisorKind: true } } },
          },
          location: { select: { rooms: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true } } } },
        },
      });

      // A session already at the location at that time (an extra one planned in its place) wins.
      const existing = await tx.session.findMany({
        where: {
          ...scope,
          status: { not: "CANCELLED" },
          startsAt: { lt: range.endsAt },
          endsAt: { gt: range.startsAt },
        },
        select: { locationId: true, consultationHourId: true, startsAt: true, endsAt: true },
      });
      const planned = hours.flatMap((hour) =>
        sessionOccurrences(
          {
            ...hour,
            validFrom: dayOfDateColumn(hour.validFrom),
            validUntil: hour.validUntil && dayOfDateColumn(hour.validUntil),
          },
          { from, until },
        )
          .filter((occurrence) => occurrence.startsAt > now)
          .filter(
            (occurrence) =>
              !existing.some(
                (other) =>
                  other.locationId === hour.locationId &&
                  other.consultationHourId !== hour.id &&
                  overlaps(other, occurrence),
              ),
          )
          .map((occurrence) => ({ hour, ...occurrence })),
      );

      const created = await tx.session.createManyAndReturn({
        data: planned.map(({ hour, startsAt, endsAt }) => ({
          ...scope,
          locationId: hour.locationId,
          consultationHourId: hour.id,
          startsAt,
          endsAt,
          mode: hour.mode,
          advisorCapacity: hour.advisorCapacity,
        })),
        skipDuplicates: true,
        select: { id: true, consultationHourId: true, startsAt: true, endsAt: true },
      });

      const busy = await busyWindows(
        tx,
        scope,
        hours.flatMap((hour) => hour.advisors.map(({ advisor }) => advisor.id)),
        range,
      );
      const staffRows: Prisma.SessionStaffCreateManyInput[] = [];
      const slots: Prisma.SlotCreateManyInput[] = [];
      for (const session of created.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
        const hour = hours.find((h) => h.id === session.consultationHourId)!;
        const free = regularAdvisorsFirst(hour.advisors.map(({ advisor }) => advisor)).filter(
          (advisor) => !(busy.get(advisor.id) ?? []).some((window) => overlaps(window, session)),
        );
        free.slice(0, hour.advisorCapacity).forEach((advisor, index) => {
          staffRows.push({
            sessionId: session.id,
            advisorId: advisor.id,
            roomId: hour.location.rooms[index]?.id ?? null,
          });
          slots.push(...slotRows(actor.organisationId, session, advisor.id, hour.slotMinutes));
          busy.set(advisor.id, [...(busy.get(advisor.id) ?? []), session]);
        });
      }
      await tx.sessionStaff.createMany({ data: staffRows });
      await tx.slot.createMany({ data: slots });

      const value = { from, until, sessionsCreated: created.length, slotsCreated: slots.length };
      await recordAudit(
        {
          actor,
          action: "session.generate",
          access: "WRITE",
          entityType: "Organisation",
          entityId: actor.organisationId,
          details: { weeks, ...value },
        },
        tx,
      );
      return value;
    }),
});

/**
 * Professionals first: a volunteer works under a professional's supervision, so when the pool is
 * larger than the capacity the professionals take the places. Then by name, so that the same
 * input always gives the same schedule.
 */
function regularAdvisorsFirst<A extends { name: string; advisorKind: string | null }>(advisors: A[]): A[] {
  const rank = (advisor: A) => (advisor.advisorKind === "PROFESSIONAL" ? 0 : 1);
  return [...advisors].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "nl"));
}

/** When each advisor already works in the range (at any location), so nobody is planned twice. */
async function busyWindows(
  tx: Prisma.TransactionClient,
  scope: { organisationId: string },
  advisorIds: string[],
  range: Window,
) {
  const slots = await tx.slot.findMany({
    where: { ...scope, advisorId: { in: advisorIds }, startsAt: { lt: range.endsAt }, endsAt: { gt: range.startsAt } },
    select: { advisorId: true, startsAt: true, endsAt: true },
  });
  const busy = new Map<string, Window[]>();
  for (const slot of slots) busy.set(slot.advisorId, [...(busy.get(slot.advisorId) ?? []), slot]);
  return busy;
}
