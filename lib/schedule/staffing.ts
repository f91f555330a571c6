// What the use cases that change one session share: finding and locking it, and giving an
// advisor slots in it without clashing with their other work.
import { message } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/result";
import { slotTimes } from "./occurrences";
import { SCHEDULE_MESSAGES } from "./rules";
import { EXTRA_SESSION_SLOT_MINUTES } from "./schema";

type Window = { startsAt: Date; endsAt: Date };

type Lockable = "beforeItStarts" | "untilItEnds";
type SessionState = { status: string; startsAt: Date; endsAt: Date };

/** Cancelling a session or taking an advisor off it: only before it begins. */
export const isChangeable = (session: SessionState, now: Date) =>
  session.status === "PLANNED" && session.startsAt > now;

/** Putting an advisor on it: until it ends. */
export const isStaffable = (session: SessionState, now: Date) => session.status === "PLANNED" && session.endsAt > now;

/**
 * The session to change, locked until the transaction ends: two coordinators staffing the same
 * session at once take turns, so the capacity check cannot be passed twice. Cancelling it or
 * taking an advisor off is possible only before it begins; once it runs, the host works with its
 * slots at the desk. An advisor can still join a running session (a stand-in who arrives late, the
 * first hour of a new library) until it ends.
 */
export async function lockPlannedSession(
  tx: Prisma.TransactionClient,
  actor: Actor,
  sessionId: string,
  now: Date,
  changeable: Lockable = "beforeItStarts",
) {
  await tx.$queryRaw`SELECT 1 FROM "Session" WHERE "id" = ${sessionId} AND "organisationId" = ${actor.organisationId} FOR UPDATE`;
  const session = await tx.session.findFirst({
    where: { id: sessionId, ...scopedToOrganisation(actor) },
    select: {
      id: true,
      locationId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      advisorCapacity: true,
      consultationHour: { select: { slotMinutes: true } },
      staff: { select: { id: true, advisorId: true, roomId: true, advisor: { select: { name: true } } } },
    },
  });
  if (!session) throw new Refusal(SCHEDULE_MESSAGES.sessionNotFound);
  if (session.status === "CANCELLED") throw new Refusal(SCHEDULE_MESSAGES.sessionCancelled);
  if (changeable === "untilItEnds") {
    if (!isStaffable(session, now)) throw new Refusal(SCHEDULE_MESSAGES.sessionOver);
  } else if (!isChangeable(session, now)) {
    throw new Refusal(SCHEDULE_MESSAGES.sessionStarted);
  }
  return session;
}

/** A session from a recurring hour uses the hour's slot length; an extra session the half hour. */
export function slotMinutesOf(session: { consultationHour: { slotMinutes: number } | null }): number {
  return session.consultationHour?.slotMinutes ?? EXTRA_SESSION_SLOT_MINUTES;
}

/** The advisor's slots in the session; in a running one only those still to come or going on. */
export function slotRows(
  organisationId: string,
  session: Window & { id: string },
  advisorId: string,
  slotMinutes: number,
  now?: Date,
): Prisma.SlotCreateManyInput[] {
  return slotTimes(session, slotMinutes)
    .filter((slot) => !now || slot.endsAt > now)
    .map((slot) => ({ organisationId, sessionId: session.id, advisorId, ...slot }));
}

/** An advisor holds one conversation at a time (the database refuses overlapping slots too). */
export async function refuseBusyAdvisor(
  tx: Prisma.TransactionClient,
  actor: Actor,
  advisor: { id: string; name: string },
  window: Window,
) {
  const clash = await tx.slot.findFirst({
    where: {
      ...scopedToOrganisation(actor),
      advisorId: advisor.id,
      startsAt: { lt: window.endsAt },
      endsAt: { gt: window.startsAt },
    },
    orderBy: { startsAt: "asc" },
    select: { session: { select: { startsAt: true, endsAt: true, location: { select: { name: true } } } } },
  });
  if (clash) {
    const { startsAt, endsAt, location } = clash.session;
    throw new Refusal(
      message("refusals.schedule.advisorBusy", {
        name: advisor.name,
        day: startsAt,
        start: startsAt,
        end: endsAt,
        location: location.name,
      }),
    );
  }
}

/** A room of the session's location, in use and of this organisation. */
export async function findRoom(tx: Prisma.TransactionClient, actor: Actor, roomId: string, locationId: string) {
  const room = await tx.room.findFirst({
    where: { id: roomId, locationId, active: true, ...scopedToOrganisation(actor) },
    select: { id: true, name: true },
  });
  if (!room) throw new Refusal(SCHEDULE_MESSAGES.roomNotFound);
  return room;
}
