import { message } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { addCalendarDays, amsterdamDay, amsterdamMoment, dateColumn, dayOfDateColumn } from "@/lib/dates";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { refuseOverlappingHour } from "./hours";
import { ACTIVE_VISIT_STATUSES, changeSchedule, findAdvisors, SCHEDULE_MESSAGES } from "./rules";
import { updateConsultationHourSchema } from "./schema";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

/**
 * Changes the capacity, kind, regular advisors or last day of a recurring hour. New capacity and
 * advisors count for sessions made from now on; sessions already planned keep their staff (change
 * those one by one). A last day removes the sessions made ahead for after it, unless a client is
 * expected in one: then nothing changes until their appointment is moved or cancelled.
 */
export const updateConsultationHour = defineUseCase({
  name: "schedule.updateConsultationHour",
  roles: SCHEDULE_ROLES,
  input: updateConsultationHourSchema,
  run: (actor, input, { now }) =>
    changeSchedule(async (tx) => {
      const hour = await tx.consultationHour.findFirst({
        where: { id: input.consultationHourId, ...scopedToOrganisation(actor) },
        select: {
          id: true,
          locationId: true,
          weekday: true,
          startMinute: true,
          endMinute: true,
          validFrom: true,
          validUntil: true,
        },
      });
      if (!hour) throw new Refusal(SCHEDULE_MESSAGES.hourNotFound);
      const validFrom = dayOfDateColumn(hour.validFrom);
      const validUntil = input.validUntil ?? null;
      const unchanged = validUntil === (hour.validUntil && dayOfDateColumn(hour.validUntil));
      if (validUntil && !unchanged && validUntil < amsterdamDay(now))
        throw new Refusal(SCHEDULE_MESSAGES.validUntilInPast);
      if (validUntil && validUntil < validFrom) {
        throw new Refusal(message("refusals.schedule.validUntilBeforeFirstDay", { validFrom: dateColumn(validFrom) }));
      }
      await findAdvisors(tx, actor, input.advisorIds);
      await refuseOverlappingHour(tx, actor, { ...hour, validFrom, validUntil }, hour.id);

      let sessionsRemoved = 0;
      if (validUntil && !unchanged) {
        const later = await tx.session.findMany({
          where: { consultationHourId: hour.id, startsAt: { gte: amsterdamMoment(addCalendarDays(validUntil, 1), 0) } },
          select: {
            id: true,
            _count: { select: { visits: { where: { status: { in: [...ACTIVE_VISIT_STATUSES] } } } } },
          },
        });
        const expected = later.reduce((sum, session) => sum + session._count.visits, 0);
        if (expected > 0) {
          throw new Refusal(
            message("refusals.schedule.clientsAfterLastDay", { validUntil: dateColumn(validUntil), count: expected }),
          );
        }
        // Made ahead and never held: nobody expects them, so they go rather than stay as "cancelled".
        sessionsRemoved = (await tx.session.deleteMany({ where: { id: { in: later.map((session) => session.id) } } }))
          .count;
      }

      await tx.consultationHour.update({
        where: { id: hour.id },
        data: {
          advisorCapacity: input.advisorCapacity,
          mode: input.mode,
          validUntil: validUntil && dateColumn(validUntil),
          advisors: { deleteMany: {}, create: input.advisorIds.map((advisorId) => ({ advisorId })) },
        },
      });
      await recordAudit(
        {
          actor,
          action: "consultation_hour.update",
          access: "WRITE",
          entityType: "ConsultationHour",
          entityId: hour.id,
          details: { ...input, validUntil, sessionsRemoved },
        },
        tx,
      );
      return { consultationHourId: hour.id, sessionsRemoved };
    }),
});
