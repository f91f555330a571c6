// Whenever someone tries the demo, the desk should be alive: a consultation hour that runs now,
// with someone waiting and an appointment later. On a Tuesday or Thursday morning that is the
// regular hour; at any other moment an extra session is added from the current half hour on.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { amsterdamDay, amsterdamDayRange } from "../../lib/dates";

const SLOT_MINUTES = 30;
const EXTRA_SESSION_MINUTES = 180;
/** Enough free half hours ahead for a visitor to try the desk; the end-to-end suite asks for more. */
export const DEFAULT_FREE_SLOTS = 6;

type Organisation = {
  organisationId: string;
  locationId: string;
  roomIds: string[];
  professionalIds: string[];
  volunteerId: string;
  hostId: string;
};

export async function ensureSessionRunningNow(
  db: PrismaClient,
  organisation: Organisation,
  now: Date,
  freeSlotsWanted = DEFAULT_FREE_SLOTS,
) {
  const day = amsterdamDay(now);
  const { start, end } = amsterdamDayRange(day);
  const today = await db.session.findMany({
    where: { locationId: organisation.locationId, startsAt: { gte: start, lt: end }, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      endsAt: true,
      slots: { where: { endsAt: { gt: now } }, select: { id: true, visit: { select: { id: true } } } },
    },
  });
  const freeAhead = today.flatMap((session) => session.slots).filter((slot) => !slot.visit).length;
  let session = today.find((s) => s.endsAt > now && s.slots.length > 0);
  if (freeAhead < freeSlotsWanted)
    session = await addExtraSession(db, organisation, now, today.at(-1)?.endsAt, freeSlotsWanted - freeAhead);
  if (!session) return;

  const visits = await db.visit.count({ where: { sessionId: session.id } });
  if (visits === 0) await addDemoVisits(db, organisation, session.id, now);
}

async function addExtraSession(
  db: PrismaClient,
  organisation: Organisation,
  now: Date,
  previousEnd: Date | undefined,
  slotsNeeded: number,
) {
  const halfHour = SLOT_MINUTES * 60_000;
  const currentHalfHour = new Date(Math.floor(now.getTime() / halfHour) * halfHour);
  // After the last session of today, so that no advisor sits in two slots at once.
  const startsAt = previousEnd && previousEnd > currentHalfHour ? previousEnd : currentHalfHour;
  const advisorIds = [...organisation.professionalIds, organisation.volunteerId];
  // The half hour under way counts too, and two go to the demo visitors.
  const halfHours = Math.max(
    EXTRA_SESSION_MINUTES / SLOT_MINUTES,
    Math.ceil((slotsNeeded + 2) / advisorIds.length) + 1,
  );
  // Never into the library's next planned session: its advisors cannot sit in two half hours.
  const next = await db.session.findFirst({
    where: { organisationId: organisation.organisationId, startsAt: { gt: startsAt } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  const wanted = startsAt.getTime() + halfHours * halfHour;
  const endsAt = new Date(next ? Math.min(wanted, next.startsAt.getTime()) : wanted);
  return db.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: {
        organisationId: organisation.organisationId,
        locationId: organisation.locationId,
        startsAt,
        endsAt,
        advisorCapacity: advisorIds.length,
        status: "PLANNED",
      },
    });
    await tx.sessionStaff.createMany({
      data: advisorIds.map((advisorId, index) => ({
        sessionId: session.id,
        advisorId,
        roomId: organisation.roomIds[index] ?? null,
      })),
    });
    const slots = [];
    for (let at = startsAt.getTime(); at < endsAt.getTime(); at += halfHour) {
      for (const advisorId of advisorIds) {
        slots.push({
          organisationId: organisation.organisationId,
          sessionId: session.id,
          advisorId,
          startsAt: new Date(at),
          endsAt: new Date(at + halfHour),
        });
      }
    }
    await tx.slot.createMany({ data: slots });
    return { ...session, slots: [] };
  });
}

async function addDemoVisits(db: PrismaClient, organisation: Organisation, sessionId: string, now: Date) {
  const free = await db.slot.findMany({
    where: { sessionId, endsAt: { gt: now }, visit: null },
    orderBy: [{ startsAt: "asc" }, { advisorId: "asc" }],
    select: { id: true, startsAt: true },
  });
  const clients = await db.client.findMany({
    where: { organisationId: organisation.organisationId },
    orderBy: { createdAt: "desc" },
    take: 2,
    select: { id: true },
  });
  if (free.length < 4 || clients.length < 2) return;
  const category = await db.legalDomain.findUnique({ where: { code: "sociale-zekerheid" }, select: { id: true } });
  const base = {
    organisationId: organisation.organisationId,
    locationId: organisation.locationId,
    sessionId,
    registeredById: organisation.hostId,
    categoryId: category?.id ?? null,
  };
  await db.visit.createMany({
    data: [
      {
        ...base,
        slotId: free[0].id,
        clientId: clients[0].id,
        kind: "WALK_IN",
        status: "WAITING",
        plannedStartsAt: free[0].startsAt,
        arrivedAt: new Date(now.getTime() - 5 * 60_000),
      },
      {
        ...base,
        slotId: free[3].id,
        clientId: clients[1].id,
        kind: "APPOINTMENT",
        status: "BOOKED",
        plannedStartsAt: free[3].startsAt,
      },
    ],
  });
}
