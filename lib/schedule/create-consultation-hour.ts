import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { amsterdamDay, dateColumn } from "@/lib/dates";
import { Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { refuseOverlappingHour } from "./hours";
import { changeSchedule, findAdvisors, SCHEDULE_MESSAGES } from "./rules";
import { createConsultationHourSchema } from "./schema";
import { SCHEDULE_ROLES } from "@/lib/auth/policy";

/** A recurring hour at one of the organisation's locations, with its regular advisors. */
export const createConsultationHour = defineUseCase({
  name: "schedule.createConsultationHour",
  roles: SCHEDULE_ROLES,
  input: createConsultationHourSchema,
  run: (actor, input, { now }) =>
    changeSchedule(async (tx) => {
      const location = await tx.location.findFirst({
        where: { id: input.locationId, active: true, ...scopedToOrganisation(actor) },
        select: { id: true },
      });
      if (!location) throw new Refusal(SCHEDULE_MESSAGES.locationNotFound);
      if (input.validUntil && input.validUntil < amsterdamDay(now))
        throw new Refusal(SCHEDULE_MESSAGES.validUntilInPast);
      await findAdvisors(tx, actor, input.advisorIds);
      const validUntil = input.validUntil ?? null;
      await refuseOverlappingHour(tx, actor, { ...input, validUntil });

      const hour = await tx.consultationHour.create({
        data: {
          ...scopedToOrganisation(actor),
          locationId: location.id,
          weekday: input.weekday,
          startMinute: input.startMinute,
          endMinute: input.endMinute,
          advisorCapacity: input.advisorCapacity,
          slotMinutes: input.slotMinutes,
          mode: input.mode,
          validFrom: dateColumn(input.validFrom),
          validUntil: validUntil && dateColumn(validUntil),
          advisors: { create: input.advisorIds.map((advisorId) => ({ advisorId })) },
        },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "consultation_hour.create",
          access: "WRITE",
          entityType: "ConsultationHour",
          entityId: hour.id,
          details: { ...input, validUntil },
        },
        tx,
      );
      return { consultationHourId: hour.id };
    }),
});
