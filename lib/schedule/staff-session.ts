import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { changeSchedule, findAdvisors, SCHEDULE_MESSAGES } from "./rules";
import { staffSessionSchema } from "./schema";
import { findRoom, lockPlannedSession, refuseBusyAdvisor, slotMinutesOf, slotRows } from "./staffing";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

/**
 * Puts an advisor on a session, optionally in a room. As a stand-in (the advisor replaces someone
 * who is ill or on holiday) they take over that person's place and slots, booked ones included:
 * the clients keep their time and are helped by the stand-in, and the capacity does not change.
 * Otherwise they get slots of their own, as long as the session has room for another advisor.
 * Joining a running session gives only the slots that are still to come.
 */
export const staffSession = defineUseCase({
  name: "schedule.staffSession",
  roles: SCHEDULE_ROLES,
  input: staffSessionSchema,
  run: (actor, input, { now }) =>
    changeSchedule(async (tx) => {
      const session = await lockPlannedSession(tx, actor, input.sessionId, now, "untilItEnds");
      const [advisor] = await findAdvisors(tx, actor, [input.advisorId]);
      if (session.staff.some((staff) => staff.advisorId === advisor.id))
        throw new Refusal(message("refusals.schedule.advisorAlreadyStaffed", { name: advisor.name }));

      const replaced = input.standInForId
        ? session.staff.find((staff) => staff.advisorId === input.standInForId)
        : undefined;
      if (input.standInForId && !replaced) throw new Refusal(SCHEDULE_MESSAGES.standInNotStaffed);
      if (!replaced && session.staff.length >= session.advisorCapacity) {
        throw new Refusal(message("refusals.schedule.sessionFull", { capacity: session.advisorCapacity }));
      }

      const room = input.roomId ? await findRoom(tx, actor, input.roomId, session.locationId) : null;
      const roomHolder = room && session.staff.find((staff) => staff.roomId === room.id && staff !== replaced);
      if (room && roomHolder)
        throw new Refusal(message("refusals.schedule.roomTaken", { room: room.name, name: roomHolder.advisor.name }));
      const roomId = room?.id ?? replaced?.roomId ?? null;
      await refuseBusyAdvisor(tx, actor, advisor, session);

      let slotCount: number;
      if (replaced) {
        // A conversation that was held, or is going on, stays with the advisor who held it.
        const held = await tx.slot.count({
          where: {
            sessionId: session.id,
            advisorId: replaced.advisorId,
            visit: { is: { status: { notIn: ["BOOKED", "WAITING"] } } },
          },
        });
        if (held > 0) {
          throw new Refusal(
            message("refusals.schedule.replacedAlreadyWorked", { replaced: replaced.advisor.name, name: advisor.name }),
          );
        }
        slotCount = (
          await tx.slot.updateMany({
            where: { sessionId: session.id, advisorId: replaced.advisorId },
            data: { advisorId: advisor.id },
          })
        ).count;
        await tx.sessionStaff.update({
          where: { id: replaced.id },
          data: { advisorId: advisor.id, standInForId: replaced.advisorId, roomId },
        });
      } else {
        await tx.sessionStaff.create({ data: { sessionId: session.id, advisorId: advisor.id, roomId } });
        slotCount = (
          await tx.slot.createMany({
            data: slotRows(actor.organisationId, session, advisor.id, slotMinutesOf(session), now),
          })
        ).count;
      }

      await recordAudit(
        {
          actor,
          action: replaced ? "session.stand_in" : "session.staff_add",
          access: "WRITE",
          entityType: "Session",
          entityId: session.id,
          details: { advisorId: advisor.id, standInForId: replaced?.advisorId ?? null, roomId },
        },
        tx,
      );
      return { sessionId: session.id, advisorId: advisor.id, slots: slotCount };
    }),
});
