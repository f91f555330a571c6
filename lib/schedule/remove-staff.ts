import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { changeSchedule } from "./rules";
import { removeStaffSchema } from "./schema";
import { lockPlannedSession } from "./staffing";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

/**
 * Takes an advisor off a session with their free slots. Refused while one of their slots holds a
 * visit (an appointment, a waiting client, a conversation): deleting the slot would leave that
 * client without a time. A stand-in takes such slots over instead (staffSession with standInForId).
 */
export const removeStaff = defineUseCase({
  name: "schedule.removeStaff",
  roles: SCHEDULE_ROLES,
  input: removeStaffSchema,
  run: (actor, { sessionId, advisorId }, { now }) =>
    changeSchedule(async (tx) => {
      const session = await lockPlannedSession(tx, actor, sessionId, now);
      const staff = session.staff.find((member) => member.advisorId === advisorId);
      if (!staff) throw new Refusal("refusals.schedule.advisorNotStaffed");
      const withVisit = await tx.slot.count({ where: { sessionId: session.id, advisorId, visit: { isNot: null } } });
      if (withVisit > 0) {
        throw new Refusal(
          message("refusals.schedule.advisorHasClients", { name: staff.advisor.name, count: withVisit }),
        );
      }
      const { count } = await tx.slot.deleteMany({ where: { sessionId: session.id, advisorId } });
      await tx.sessionStaff.delete({ where: { id: staff.id } });
      await recordAudit(
        {
          actor,
          action: "session.staff_remove",
          access: "WRITE",
          entityType: "Session",
          entityId: session.id,
          details: { advisorId, slotsRemoved: count },
        },
        tx,
      );
      return { sessionId: session.id, slotsRemoved: count };
    }),
});
