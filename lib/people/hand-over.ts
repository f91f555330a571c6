import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { message } from "@/lib/i18n/message-key";
import { Refusal } from "@/lib/result";
import { refuseBusyAdvisor } from "@/lib/schedule/staffing";
import { COORDINATORS_LIST } from "./coordinators-list";
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
 * Instead of a colleague the dossiers may go to the coordinator's list (handOverToCoordinatorsList).
 */
export async function handOverWork(
  tx: Tx,
  actor: Actor,
  leaver: { id: string },
  successorId: string | null,
  now: Date,
): Promise<Record<string, number> | null> {
  const work = await openWorkOf(tx, leaver.id, now);
  // Inactive volunteers too: they may come back, and then need a professional as supervisor.
  const supervisees = await tx.user.count({ where: { supervisorId: leaver.id } });
  if (work.total === 0 && supervisees === 0) return null;
  if (!successorId) throw successorField(message("refusals.people.handoverRequired", { ...work, supervisees }));
  if (successorId === COORDINATORS_LIST) return handOverToCoordinatorsList(tx, leaver.id, work.sessions, supervisees);
  const successor = await tx.user.findFirst({
    where: {
      id: successorId,
      ...scopedToOrganisation(actor),
      roles: { has: "ADVISOR" },
      active: true,
      NOT: { id: leaver.id },
    },
    select: { id: true, advisorKind: true },
  });
  if (!successor) throw successorField("refusals.people.successorNotFound");
  if (supervisees > 0 && successor.advisorKind !== "PROFESSIONAL")
    throw successorField(message("refusals.people.successorMustSupervise", { count: supervisees }));

  const dossiers = await tx.case.updateMany({
    where: { responsibleAdvisorId: leaver.id, status: { not: "CLOSED" } },
    data: { responsibleAdvisorId: successor.id },
  });
  // A task on a colleague's dossier came with a share of that dossier; the successor needs one too.
  const taskCases = await tx.aftercareTask.findMany({
    where: {
      assigneeId: leaver.id,
      status: "OPEN",
      caseId: { not: null },
      case: { responsibleAdvisorId: { not: successor.id } },
    },
    distinct: ["caseId"],
    select: { caseId: true },
  });
  await tx.caseShare.createMany({
    data: taskCases.map(({ caseId }) => ({ caseId: caseId!, userId: successor.id })),
    skipDuplicates: true,
  });
  const aftercare = await tx.aftercareTask.updateMany({
    where: { assigneeId: leaver.id, status: "OPEN" },
    data: { assigneeId: successor.id },
  });
  await tx.user.updateMany({ where: { supervisorId: leaver.id }, data: { supervisorId: successor.id } });
  const sessions = await moveSessionsAhead(tx, actor, leaver.id, successor.id, now);
  // Their weekly hours too: sessions planned from now on have the successor where the leaver was.
  const hours = await tx.consultationHourAdvisor.findMany({
    where: { advisorId: leaver.id },
    select: { consultationHourId: true },
  });
  for (const { consultationHourId } of hours) {
    await tx.consultationHourAdvisor.delete({
      where: { consultationHourId_advisorId: { consultationHourId, advisorId: leaver.id } },
    });
    await tx.consultationHourAdvisor.upsert({
      where: { consultationHourId_advisorId: { consultationHourId, advisorId: successor.id } },
      create: { consultationHourId, advisorId: successor.id },
      update: {},
    });
  }
  return { dossiers: dossiers.count, aftercare: aftercare.count, sessions, supervisees };
}

/**
 * The leaver's sessions that have not ended. Of one already running only the half hours still to
 * come move (the earlier ones are history); the leaver stays on it, the successor joins as their
 * stand-in.
 */
async function moveSessionsAhead(tx: Tx, actor: Actor, leaverId: string, successorId: string, now: Date) {
  const successor = await tx.user.findUniqueOrThrow({ where: { id: successorId }, select: { id: true, name: true } });
  const staffed = await tx.sessionStaff.findMany({
    where: { advisorId: leaverId, session: { endsAt: { gt: now }, status: { not: "CANCELLED" } } },
    select: {
      id: true,
      sessionId: true,
      session: { select: { startsAt: true, endsAt: true, staff: { where: { advisorId: successorId } } } },
    },
  });
  for (const place of staffed) {
    const started = place.session.startsAt <= now;
    const ahead = { sessionId: place.sessionId, advisorId: leaverId, startsAt: { gte: now } };
    if (place.session.staff.length === 0) {
      const from = started ? now : place.session.startsAt;
      await refuseBusyAdvisor(tx, actor, successor, { startsAt: from, endsAt: place.session.endsAt });
      if (started)
        await tx.sessionStaff.create({
          data: { sessionId: place.sessionId, advisorId: successorId, standInForId: leaverId },
        });
      else
        await tx.sessionStaff.update({ where: { id: place.id }, data: { advisorId: successorId, standInForId: null } });
      await tx.slot.updateMany({ where: ahead, data: { advisorId: successorId } });
      continue;
    }
    await tx.slot.deleteMany({ where: { ...ahead, visit: { is: null } } });
    for (const slot of await tx.slot.findMany({ where: ahead, select: { id: true, startsAt: true, endsAt: true } })) {
      const overlapping = await tx.slot.findMany({
        where: { advisorId: successorId, startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
        select: { id: true, visit: { select: { id: true } } },
      });
      if (overlapping.some((own) => own.visit))
        throw successorField(message("refusals.people.handoverClash", { moment: slot.startsAt }));
      await tx.slot.deleteMany({ where: { id: { in: overlapping.map((own) => own.id) } } });
      await tx.slot.update({ where: { id: slot.id }, data: { advisorId: successorId } });
    }
    if (!started) await tx.sessionStaff.delete({ where: { id: place.id } });
  }
  return staffed.length;
}

/**
 * The leaver's open dossiers go to the coordinator's list, each with its open aftercare tasks; a
 * task on a colleague's dossier goes back to that colleague. What needs a person at once cannot
 * wait on a list: a session ahead needs an advisor in the room, a volunteer a supervising
 * professional, a task without a dossier someone to do it. Then a colleague must be chosen.
 */
async function handOverToCoordinatorsList(tx: Tx, leaverId: string, sessions: number, supervisees: number) {
  const looseTasks = await tx.aftercareTask.count({ where: { assigneeId: leaverId, status: "OPEN", caseId: null } });
  if (sessions > 0 || supervisees > 0 || looseTasks > 0)
    throw successorField(message("refusals.people.listNeedsAdvisor", { sessions, supervisees, tasks: looseTasks }));
  // One update per colleague, not per task.
  const colleagues = await tx.case.findMany({
    where: {
      responsibleAdvisorId: { not: leaverId },
      aftercareTasks: { some: { assigneeId: leaverId, status: "OPEN" } },
    },
    distinct: ["responsibleAdvisorId"],
    select: { responsibleAdvisorId: true },
  });
  let backToColleagues = 0;
  for (const { responsibleAdvisorId } of colleagues) {
    const given = await tx.aftercareTask.updateMany({
      where: { assigneeId: leaverId, status: "OPEN", case: { responsibleAdvisorId } },
      data: { assigneeId: responsibleAdvisorId },
    });
    backToColleagues += given.count;
  }
  const waiting = await tx.aftercareTask.updateMany({
    where: {
      assigneeId: leaverId,
      status: "OPEN",
      case: { responsibleAdvisorId: leaverId, status: { not: "CLOSED" } },
    },
    data: { assigneeId: null },
  });
  const dossiers = await tx.case.updateMany({
    where: { responsibleAdvisorId: leaverId, status: { not: "CLOSED" } },
    data: { responsibleAdvisorId: null },
  });
  await tx.consultationHourAdvisor.deleteMany({ where: { advisorId: leaverId } });
  return {
    dossiers: dossiers.count,
    aftercare: backToColleagues + waiting.count,
    sessions: 0,
    supervisees: 0,
  };
}
