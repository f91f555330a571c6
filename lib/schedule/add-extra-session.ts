import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { amsterdamMoment } from "@/lib/dates";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { changeSchedule, SCHEDULE_MESSAGES } from "./rules";
import { addExtraSessionSchema } from "./schema";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

/**
 * A one-off session outside the recurring hours (a busy season, a session at the community
 * centre). It starts without staff: the coordinator adds advisors to it like to any session.
 * One that is already running may be added (an advisor is there but the hour was never put in
 * the schedule, or a new library's very first hour), so the desk can register its walk-ins; one
 * that is over may not.
 */
export const addExtraSession = defineUseCase({
  name: "schedule.addExtraSession",
  roles: SCHEDULE_ROLES,
  input: addExtraSessionSchema,
  run: (actor, input, { now }) =>
    changeSchedule(async (tx) => {
      const scope = scopedToOrganisation(actor);
      const location = await tx.location.findFirst({
        where: { id: input.locationId, active: true, ...scope },
        select: { id: true },
      });
      if (!location) throw new Refusal(SCHEDULE_MESSAGES.locationNotFound);
      const startsAt = amsterdamMoment(input.day, input.startMinute);
      const endsAt = amsterdamMoment(input.day, input.endMinute);
      if (endsAt <= now) throw new Refusal(SCHEDULE_MESSAGES.sessionInPast);

      const clash = await tx.session.findFirst({
        where: {
          ...scope,
          locationId: location.id,
          status: { not: "CANCELLED" },
          startsAt: { lt: endsAt },
          endsAt: { gt: startsAt },
        },
        select: { startsAt: true, endsAt: true },
      });
      if (clash) {
        throw new Refusal(
          message("refusals.schedule.extraSessionClash", {
            day: clash.startsAt,
            start: clash.startsAt,
            end: clash.endsAt,
          }),
        );
      }
      const session = await tx.session.create({
        data: {
          ...scope,
          locationId: location.id,
          startsAt,
          endsAt,
          advisorCapacity: input.advisorCapacity,
          mode: input.mode,
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "session.add_extra",
          access: "WRITE",
          entityType: "Session",
          entityId: session.id,
          details: { ...input, startsAt: startsAt.toISOString() },
        },
        tx,
      );
      return { sessionId: session.id };
    }),
});
