import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { ok, Refusal, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { DESK_MESSAGES } from "./errors";
import { checkSlotForDossier, recordReferrer, takeIntake } from "./intake";
import { registerWalkInSchema } from "./schema";
import { DESK_ROLES } from "@/lib/auth/policy";
import { endOffersOnSlot, lockSlotToGive } from "@/lib/waiting-list/hold";

/** `dossierId`: the open dossier this return visit continues. */
export type RegisteredVisit = { visitId: string; slotStartsAt: Date; advisorName: string; dossierId: string | null };

/** Retries when the unique slot index refused a slot another desk took in the same instant. */
const AUTOMATIC_SLOT_ATTEMPTS = 5;

/**
 * A walk-in at the desk: the client (found or new), the category they name, who sent them, and
 * one half-hour slot: the chosen one, or else the next free one (for a return visit to an open
 * dossier, that of the dossier's advisor first, else of someone else who may read it: one
 * advisor, one dossier). When two desks go for the same
 * slot at once, the unique slot index lets one win; the other gets the next free slot, or, for a
 * slot the host chose, a clear refusal.
 */
export const registerWalkIn = defineUseCase({
  name: "desk.registerWalkIn",
  roles: DESK_ROLES,
  input: registerWalkInSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const value = await db.$transaction(async (tx): Promise<RegisteredVisit> => {
          await claimSubmission(tx, submission);
          // A coordinator cancelling this session at the same moment waits for us, or we for them.
          await tx.$queryRaw`SELECT 1 FROM "Session" WHERE "id" = ${input.sessionId} AND "organisationId" = ${actor.organisationId} FOR SHARE`;
          const session = await tx.session.findFirst({
            where: { id: input.sessionId, ...scopedToOrganisation(actor) },
            select: { id: true, locationId: true, status: true, endsAt: true },
          });
          if (!session) throw new Refusal(DESK_MESSAGES.sessionNotFound);
          if (session.status === "CANCELLED") throw new Refusal(DESK_MESSAGES.sessionCancelled);
          if (session.endsAt <= now) throw new Refusal(DESK_MESSAGES.sessionOver);

          // The client first: a return visit's dossier names the advisor whose half hour comes first.
          const { clientId, dossier } = await takeIntake(tx, actor, input);
          const preferredAdvisorId = dossier?.responsibleAdvisorId ?? null;
          const slotFields = {
            id: true,
            advisorId: true,
            startsAt: true,
            endsAt: true,
            advisor: { select: { name: true } },
          } as const;
          let slot;
          if (input.slotId) {
            slot = await tx.slot.findFirst({
              where: { id: input.slotId, sessionId: session.id },
              select: { ...slotFields, visit: { select: { id: true } } },
            });
            if (!slot) throw new Refusal(DESK_MESSAGES.slotNotFound);
            if (slot.endsAt <= now) throw new Refusal(DESK_MESSAGES.slotPast);
            if (slot.visit) throw new Refusal(DESK_MESSAGES.slotTaken);
            checkSlotForDossier(dossier, slot.advisorId);
            // Chosen by hand, it may be held for the waiting list: locked against the sweep, as an
            // appointment's is, and its offer ends (lib/waiting-list/hold.ts).
            await lockSlotToGive(tx, { id: slot.id, sessionId: session.id });
            await endOffersOnSlot(tx, slot.id, now);
          } else {
            // SKIP LOCKED: desks registering at the same moment each lock a different free slot
            // instead of all racing for the first one.
            const [free] = await tx.$queryRaw<{ id: string }[]>`
              SELECT s.id FROM "Slot" s JOIN "User" u ON u.id = s."advisorId"
              WHERE s."sessionId" = ${session.id} AND s."endsAt" > ${now}
                AND NOT EXISTS (SELECT 1 FROM "Visit" v WHERE v."slotId" = s.id)
                -- Not a half hour held for the first on the waiting list (liveOfferWhere in
                -- lib/waiting-list/hold.ts); a host who picks it by hand may still give it.
                AND NOT EXISTS (SELECT 1 FROM "SlotOffer" o WHERE o."slotId" = s.id AND o."takenAt" IS NULL
                                AND o."declinedAt" IS NULL AND o."expiresAt" > ${now})
                AND (${dossier === null} OR s."advisorId" = ANY(${dossier?.readerIds ?? []}::text[]))
              ORDER BY (s."advisorId" IS NOT DISTINCT FROM ${preferredAdvisorId}) DESC, s."startsAt", u.name
              LIMIT 1
              FOR UPDATE OF s SKIP LOCKED`;
            if (!free) throw new Refusal(dossier ? DESK_MESSAGES.noFreeSlotForDossier : DESK_MESSAGES.noFreeSlot);
            slot = await tx.slot.findUniqueOrThrow({ where: { id: free.id }, select: slotFields });
          }

          const visit = await tx.visit.create({
            data: {
              organisationId: actor.organisationId,
              locationId: session.locationId,
              sessionId: session.id,
              slotId: slot.id,
              clientId,
              caseId: dossier?.id ?? null,
              kind: "WALK_IN",
              status: "WAITING",
              categoryId: input.categoryId,
              plannedStartsAt: slot.startsAt,
              arrivedAt: now,
              registeredById: actor.userId,
            },
            select: { id: true, clientId: true },
          });
          await recordReferrer(tx, actor, visit, input.referrerPartnerId);
          await recordAudit(
            {
              actor,
              action: "visit.register_walk_in",
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
        if (isUniqueViolation(error)) {
          if (input.slotId || attempt >= AUTOMATIC_SLOT_ATTEMPTS) return refuse(DESK_MESSAGES.slotTaken);
          continue;
        }
        throw error;
      }
    }
  },
});
