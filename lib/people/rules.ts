import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/result";

type Tx = Prisma.TransactionClient;

/** A supervisor is an active professional advisor of the same organisation, and not the person. */
export async function checkSupervisor(tx: Tx, actor: Actor, supervisorId: string | null, personId?: string) {
  if (!supervisorId) return;
  const supervisor = await tx.user.findFirst({
    where: {
      id: supervisorId,
      ...scopedToOrganisation(actor),
      roles: { has: "ADVISOR" },
      advisorKind: "PROFESSIONAL",
      active: true,
    },
    select: { id: true },
  });
  if (!supervisor || supervisor.id === personId)
    throw new Refusal("refusals.people.supervisorNotFound", { supervisorId: ["refusals.people.supervisorNotFound"] });
}

/** A home location is one of the organisation's locations in use. */
export async function checkHomeLocation(tx: Tx, actor: Actor, homeLocationId: string | null) {
  if (!homeLocationId) return;
  const location = await tx.location.findFirst({
    where: { id: homeLocationId, ...scopedToOrganisation(actor), active: true },
    select: { id: true },
  });
  if (!location)
    throw new Refusal("refusals.people.locationNotFound", { homeLocationId: ["refusals.people.locationNotFound"] });
}

/** What an advisor still carries: open dossiers, open aftercare, staffed sessions ahead. */
export async function openWorkOf(tx: Tx, userId: string, now: Date) {
  const [dossiers, aftercare, sessions] = await Promise.all([
    tx.case.count({ where: { responsibleAdvisorId: userId, status: { not: "CLOSED" } } }),
    tx.aftercareTask.count({ where: { assigneeId: userId, status: "OPEN" } }),
    tx.sessionStaff.count({
      where: { advisorId: userId, session: { endsAt: { gt: now }, status: { not: "CANCELLED" } } },
    }),
  ]);
  return { dossiers, aftercare, sessions, total: dossiers + aftercare + sessions };
}
