// The life of a visit at the desk: booked → waiting → in conversation → done, or no-show or
// cancelled. Each step is its own use case; they share one guarded state change, so that two
// people pressing buttons on the same visit at once cannot both win.
import { message, type MessageKey } from "@/lib/i18n/message-key";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VisitStatus } from "@/lib/generated/prisma/enums";
import { ok, Refusal, type Result } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { DESK_MESSAGES } from "./errors";
import { visitActionSchema } from "./schema";
import { CASE_ROLES, DESK_ROLES } from "@/lib/auth/policy";
import { hasAnyRole } from "@/lib/auth/roles";
import { readableCases } from "@/lib/cases/access";

const CHANGED_MEANWHILE = "refusals.desk.visitChangedMeanwhile" satisfies MessageKey;

type VisitForTransition = {
  id: string;
  clientId: string;
  locationId: string;
  status: VisitStatus;
  startedAt: Date | null;
  plannedStartsAt: Date | null;
  slot: { id: string; startsAt: Date; endsAt: Date; advisorId: string } | null;
  session: { startsAt: Date; endsAt: Date } | null;
};

type Step = {
  action: string;
  from: readonly VisitStatus[];
  /** Which step the refusal names when the visit is in another state (refusals.desk.visitStepNotAllowed). */
  step: "checkIn" | "start" | "end" | "noShow" | "cancel";
  check?: (visit: VisitForTransition, now: Date) => void;
  change: (visit: VisitForTransition, now: Date) => Prisma.VisitUncheckedUpdateManyInput;
  after?: (tx: Prisma.TransactionClient, actor: Actor, visit: VisitForTransition, now: Date) => Promise<void>;
  /** The advisor who takes this step goes on in the visit's dossier, when they may read it. */
  leadsToDossier?: boolean;
};

/** The dossier a return visit continues, when this advisor may read it; never for the host. */
async function dossierToGoOnIn(tx: Prisma.TransactionClient, actor: Actor, caseId: string | null) {
  if (caseId === null || !hasAnyRole(actor, CASE_ROLES)) return null;
  const dossier = await tx.case.findFirst({
    where: { id: caseId, kind: "DOSSIER", ...readableCases(actor) },
    select: { id: true },
  });
  return dossier?.id ?? null;
}

/**
 * `freed`: the half hour the step gave back and its location (a cancellation, an early no-show), so
 * that the first on that location's waiting list hears of it.
 */
type VisitChanged = {
  status: VisitStatus;
  dossierId: string | null;
  freed: { locationId: string; slotId: string } | null;
};

async function changeVisit(actor: Actor, visitId: string, step: Step, now: Date): Promise<Result<VisitChanged>> {
  return db.$transaction(async (tx) => {
    const visit = await tx.visit.findFirst({
      where: { id: visitId, ...scopedToOrganisation(actor) },
      select: {
        id: true,
        clientId: true,
        locationId: true,
        caseId: true,
        status: true,
        startedAt: true,
        plannedStartsAt: true,
        slot: { select: { id: true, startsAt: true, endsAt: true, advisorId: true } },
        session: { select: { startsAt: true, endsAt: true } },
      },
    });
    if (!visit) throw new Refusal(DESK_MESSAGES.visitNotFound);
    if (!step.from.includes(visit.status)) {
      throw new Refusal(message("refusals.desk.visitStepNotAllowed", { step: step.step, status: visit.status }));
    }
    step.check?.(visit, now);
    const data = step.change(visit, now);
    // The status in the filter makes the change conditional: a concurrent change wins or loses whole.
    const { count } = await tx.visit.updateMany({ where: { id: visit.id, status: visit.status }, data });
    if (count !== 1) throw new Refusal(CHANGED_MEANWHILE);
    await step.after?.(tx, actor, visit, now);
    await recordAudit(
      {
        actor,
        action: step.action,
        access: "WRITE",
        entityType: "Visit",
        entityId: visit.id,
        clientId: visit.clientId,
      },
      tx,
    );
    const dossierId = step.leadsToDossier ? await dossierToGoOnIn(tx, actor, visit.caseId) : null;
    const freed = visit.slot && data.slotId === null ? { locationId: visit.locationId, slotId: visit.slot.id } : null;
    return ok({ status: data.status as VisitStatus, dossierId, freed });
  });
}

function defineStep(name: string, step: Step) {
  return defineUseCase({
    name,
    roles: DESK_ROLES,
    input: visitActionSchema,
    run: (actor, { visitId }, { now }) => changeVisit(actor, visitId, step, now),
  });
}

/** A slot whose time has not begun goes back to the desk for someone else. */
const releaseFutureSlot = (visit: VisitForTransition, now: Date) =>
  visit.slot && visit.slot.startsAt > now ? { slotId: null } : {};

export const checkInAppointment = defineStep("desk.checkInAppointment", {
  action: "visit.check_in",
  from: ["BOOKED"],
  step: "checkIn",
  check: (visit, now) => {
    // Today's, or one in the session under way: at 23:50 the half hour after midnight is on the desk.
    const sessionUnderWay = visit.session !== null && visit.session.startsAt <= now && now < visit.session.endsAt;
    if (!visit.plannedStartsAt || (amsterdamDay(visit.plannedStartsAt) !== amsterdamDay(now) && !sessionUnderWay)) {
      throw new Refusal("refusals.desk.appointmentNotToday");
    }
  },
  change: (_visit, now) => ({ status: "WAITING", arrivedAt: now }),
});

export const startConversation = defineStep("desk.startConversation", {
  action: "visit.start_conversation",
  from: ["WAITING"],
  step: "start",
  change: (_visit, now) => ({ status: "IN_CONVERSATION", startedAt: now }),
  leadsToDossier: true,
});

export const endConversation = defineStep("desk.endConversation", {
  action: "visit.end_conversation",
  from: ["IN_CONVERSATION"],
  step: "end",
  change: (_visit, now) => ({ status: "DONE", endedAt: now }),
  // The conversation's minutes count as consultation time of the advisor who held it.
  after: async (tx, actor, visit, now) => {
    if (!visit.slot || !visit.startedAt) return;
    const minutes = Math.max(1, Math.round((now.getTime() - visit.startedAt.getTime()) / 60_000));
    await tx.timeEntry.create({
      data: {
        organisationId: actor.organisationId,
        userId: visit.slot.advisorId,
        enteredById: actor.userId,
        kind: "CONSULTATION",
        minutes: Math.min(minutes, 24 * 60),
        workedOn: dateColumn(amsterdamDay(now)),
        visitId: visit.id,
      },
    });
  },
});

export const markNoShow = defineStep("desk.markNoShow", {
  action: "visit.no_show",
  from: ["BOOKED", "WAITING"],
  step: "noShow",
  change: (visit, now) => ({ status: "NO_SHOW", ...releaseFutureSlot(visit, now) }),
});

export const cancelVisit = defineStep("desk.cancelVisit", {
  action: "visit.cancel",
  from: ["BOOKED", "WAITING"],
  step: "cancel",
  // A cancelled visit always gives its slot back; plannedStartsAt keeps when it would have been.
  change: () => ({ status: "CANCELLED", slotId: null }),
});

/** Minutes a finished or running conversation went past the end of its half hour. */
export function minutesOver(slotEndsAt: Date, endedAt: Date): number {
  return Math.max(0, Math.ceil((endedAt.getTime() - slotEndsAt.getTime()) / 60_000));
}
