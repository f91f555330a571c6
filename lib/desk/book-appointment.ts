import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ok, Refusal, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { DESK_MESSAGES } from "./errors";
import { checkSlotForDossier, recordReferrer, takeIntake } from "./intake";
import { bookAppointmentSchema } from "./schema";
import { DESK_ROLES } from "@/lib/auth/policy";
import { endOffersOnSlot, lockSlotToGive } from "@/lib/waiting-list/hold";

/** An appointment ahead of time, in one chosen half-hour slot; phone-only clients are fine. */
export const bookAppointment = defineUseCase({
  name: "desk.bookAppointment",
  roles: DESK_ROLES,
  input: bookAppointmentSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    try {
      const value = await db.$transaction(async (tx) => {
        await claimSubmission(tx, submission);
        const slot = await tx.slot.findFirst({
          where: { id: input.slotId, ...scopedToOrganisation(actor) },
          select: {
            id: true,
            advisorId: true,
            startsAt: true,
            visit: { select: { id: true } },
            advisor: { select: { name: true } },
            session: { select: { id: true, locationId: true } },
          },
        });
        if (!slot) throw new Refusal(DESK_MESSAGES.slotNotFound);
        // Holds off a concurrent cancellation of the session, and a sweep of the waiting list that
        // would offer this half hour while the desk gives it away (lib/waiting-list/hold.ts).
        await lockSlotToGive(tx, { id: slot.id, sessionId: slot.session.id });
        const { status } = await tx.session.findUniqueOrThrow({
          where: { id: slot.session.id },
          select: { status: true },
        });
        if (status === "CANCELLED") throw new Refusal(DESK_MESSAGES.sessionCancelled);
        if (slot.startsAt <= now) throw new Refusal(DESK_MESSAGES.appointmentInPast);
        if (slot.visit) throw new Refusal(DESK_MESSAGES.slotTaken);
        await endOffersOnSlot(tx, slot.id, now);

        const { clientId, dossier } = await takeIntake(tx, actor, input);
        checkSlotForDossier(dossier, slot.advisorId);
        const visit = await tx.visit.create({
          data: {
            organisationId: actor.organisationId,
            locationId: slot.session.locationId,
            sessionId: slot.session.id,
            slotId: slot.id,
            clientId,
            caseId: dossier?.id ?? null,
            kind: "APPOINTMENT",
            status: "BOOKED",
            categoryId: input.categoryId,
            plannedStartsAt: slot.startsAt,
            registeredById: actor.userId,
          },
          select: { id: true, clientId: true },
        });
        await recordReferrer(tx, actor, visit, input.referrerPartnerId);
        await recordAudit(
          {
            actor,
            action: "visit.book_appointment",
            access: "WRITE",
            entityType: "Visit",
            entityId: visit.id,
            clientId,
          },
          tx,
        );
        return recordSubmission(tx, submission, {
          visitId: visit.id,
          slotStartsAt: slot.startsAt,
          advisorName: slot.advisor.name,
          dossierId: dossier?.id ?? null,
        });
      });
      return ok(value);
    } catch (error) {
      // One slot holds one visit: the unique index on Visit.slotId refuses a second one.
      if (isUniqueViolation(error)) return refuse(DESK_MESSAGES.slotTaken);
      throw error;
    }
  },
});
