import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { ACTIVE_VISIT_STATUSES, changeSchedule } from "./rules";
import { cancelSessionSchema } from "./schema";
import { lockPlannedSession } from "./staffing";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

/**
 * An exception to the schedule: a holiday closure, a staff day, illness without a stand-in. The
 * session stays (with its reason, so the desk and the public page can say why, and so generating
 * again does not bring it back) but loses its staff and slots, so nobody can be booked into it.
 *
 * Rule: a session with a client expected (an appointment, or someone already waiting) is not
 * cancelled. Those clients must hear it from a person; the desk first moves or cancels their
 * visits, and then the session can be cancelled. That way a cancellation never drops a client.
 */
export const cancelSession = defineUseCase({
  name: "schedule.cancelSession",
  roles: SCHEDULE_ROLES,
  input: cancelSessionSchema,
  run: (actor, { sessionId, reason }, { now }) =>
    changeSchedule(async (tx) => {
      const session = await lockPlannedSession(tx, actor, sessionId, now);
      const expected = await tx.visit.count({
        where: { sessionId: session.id, status: { in: [...ACTIVE_VISIT_STATUSES] } },
      });
      if (expected > 0) {
        throw new Refusal(message("refusals.schedule.cancelWithClients", { count: expected }));
      }
      await tx.slot.deleteMany({ where: { sessionId: session.id } });
      await tx.sessionStaff.deleteMany({ where: { sessionId: session.id } });
      await tx.session.update({ where: { id: session.id }, data: { status: "CANCELLED", cancelReason: reason } });
      await recordAudit(
        {
          actor,
          action: "session.cancel",
          access: "WRITE",
          entityType: "Session",
          entityId: session.id,
          details: { reason },
        },
        tx,
      );
      return { sessionId: session.id };
    }),
});
