import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { CREDENTIAL_ROLES } from "@/lib/auth/policy";
import { clock } from "@/lib/clock";
import { addCalendarMonths, amsterdamDay, dateColumn, dayOfDateColumn } from "@/lib/dates";
import { db } from "@/lib/db";

export type CredentialStatus = "valid" | "expiring" | "expired";

/** A month before its last day a credential is flagged: time enough to renew a registration or policy. */
function statusOn(validUntil: string, today: string): CredentialStatus {
  if (validUntil < today) return "expired";
  return validUntil <= addCalendarMonths(today, 1) ? "expiring" : "valid";
}

/** Every advisor of the organisation with what they have on record, soonest to run out first. */
export async function listAdvisorCredentials(actor: Actor | null, now = clock.now()) {
  const coordinator = requireRole(actor, CREDENTIAL_ROLES);
  const today = amsterdamDay(now);
  const advisors = await db.user.findMany({
    where: { ...scopedToOrganisation(coordinator), roles: { has: "ADVISOR" }, active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      advisorKind: true,
      credentials: {
        orderBy: { validUntil: "asc" },
        select: { id: true, kind: true, description: true, validUntil: true },
      },
    },
  });
  return advisors.map(({ credentials, ...advisor }) => ({
    ...advisor,
    credentials: credentials.map(({ validUntil, ...credential }) => {
      const day = dayOfDateColumn(validUntil);
      return { ...credential, validUntil: day, status: statusOn(day, today) };
    }),
  }));
}

/** How many credentials of active advisors have run out or run out within a month: the coordinator's warning. */
export async function countCredentialWarnings(actor: Actor | null, now = clock.now()) {
  const coordinator = requireRole(actor, CREDENTIAL_ROLES);
  const monthAhead = addCalendarMonths(amsterdamDay(now), 1);
  return db.advisorCredential.count({
    where: {
      ...scopedToOrganisation(coordinator),
      validUntil: { lte: dateColumn(monthAhead) },
      user: { active: true, roles: { has: "ADVISOR" } },
    },
  });
}
