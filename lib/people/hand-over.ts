import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { message } from "@/lib/i18n/message-key";
import { Refusal } from "@/lib/result";
import { openWorkOf } from "./rules";

type Tx = Prisma.TransactionClient;

const successorField = (refusal: ReturnType<typeof message> | "refusals.people.successorNotFound") =>
  new Refusal(refusal, { successorId: [refusal] });

/**
 * Before an advisor leaves: every open dossier, open aftercare task and staffed session ahead goes
 * to one colleague, and a professional's volunteers get that colleague as supervisor. Nothing of
 * it is left without an owner, so without a successor the deactivation is refused (it says what
 * there is). A session the successor already works keeps the successor's own times: the leaver's
 * free half hours go, their appointments move to the successor's free ones at the same time.
 */
export async function handOverWork(
  tx: Tx,
  actor: Actor,
  leaver: { id: string },
  successorId: string | null,
  now: Date,
): Promise<Record<string, number> | null> {
  const work = await openWorkOf(tx, leaver.id, now);
  const supervisees = await tx.user.count({ where: { supervisorId: leaver.id, active: true } });
  if (work.total === 0 && supervisees === 0) return null;
  if (!successorId) throw successorField(message("refusals.people.handoverRequired", { ...work, supervisees }));
  const successor = await tx.user.findFirst({
    where: { id: successorId, ...scopedToOrganisation(actor), role: "ADVISOR", active: true, NOT: { id: leaver.id } },
    select: { id: true, advisorKind: true },
  });
  if (!successor) throw successorField("refusals.people.successorNotFound");
  if (supervisees > 0 && successor.advisorKind !== "PROFESSIONAL")
    throw successorField(message("refusals.people.successorMustSupervise", { count: supervisees }));

  const dossiers = await tx.case.updateMany({
    where: { responsibleAdvisorId: leaver.id, status: { not: "CLOSED" } },
    data: { responsibleAdvisorId: successor.id },
  });
  const aftercare = await tx.aftercareTask.updateMany({
    where: { assigneeId: leaver.id, status: "OPEN" },
    data: { assigneeId: successor.id },
  });
  await tx.user.updateMany({ where: { supervisorId: leaver.id }, data: { supervisorId: successor.id } });
  const sessions = await moveSessionsAhead(tx, leaver.id, successor.id, now);
  return { dossiers: dossiers.count, aftercare: aftercare.count, sessions, supervisees };
}

async function moveSessionsAhead(tx: Tx, leaverId: string, successorId: string, now: Date): Promise<number> {
  const staffed = await tx.sessionStaff.findMany({
    where: { advisorId: leaverId, session: { startsAt: { gt: now }, status: { not: "CANCELLED" } } },
    select: { id: true, sessionId: true, session: { select: { staff: { where: { advisorId: successorId } } } } },
  });
  for (const place of staffed) {
    if (place.session.staff.length === 0) {
      await tx.sessionStaff.update({ where: { id: place.id }, data: { advisorId: successorId, standInForId: null } });
      await tx.slot.updateMany({
        where: { sessionId: place.sessionId, advisorId: leaverId },
        data: { advisorId: successorId },
      });
      continue;
    }
    await tx.slot.deleteMany({ where: { sessionId: place.sessionId, advisorId: leaverId, visit: { is: null } } });
    const booked = await tx.slot.findMany({
      where: { sessionId: place.sessionId, advisorId: leaverId },
      select: { id: true, startsAt: true },
    });
    for (const slot of booked) {
      const own = await tx.slot.findFirst({
        where: { sessionId: place.sessionId, advisorId: successorId, startsAt: slot.startsAt },
        select: { id: true, visit: { select: { id: true } } },
      });
      if (own?.visit) throw successorField(message("refusals.people.handoverClash", { moment: slot.startsAt }));
      if (own) await tx.slot.delete({ where: { id: own.id } });
      await tx.slot.update({ where: { id: slot.id }, data: { advisorId: successorId } });
    }
    await tx.sessionStaff.delete({ where: { id: place.id } });
  }
  return staffed.length;
}
