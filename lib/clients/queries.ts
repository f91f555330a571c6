import type { Actor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guard";
import { CASE_ROLES } from "@/lib/auth/policy";
import { readableCase } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { likelyDuplicatesOf } from "./likely-duplicates";

/**
 * The other records that are likely the client of this dossier, for the professional who may
 * merge them (clients.mergeClients): what tells them apart, and how much history each holds.
 * Nothing for a volunteer, who does not merge, nor for a dossier the advisor cannot read.
 */
export async function listLikelyDuplicatesOfDossierClient(actor: Actor | null, caseId: string) {
  const advisor = requireRole(actor, CASE_ROLES);
  if (advisor.advisorKind !== "PROFESSIONAL") return [];
  const dossier = await readableCase(advisor, caseId);
  if (!dossier) return [];
  const likely = likelyDuplicatesOf(advisor.organisationId, dossier.client, dossier.clientId);
  if (!likely) return [];
  const others = await db.client.findMany({
    where: likely,
    orderBy: { createdAt: "asc" },
    take: 5,
    select: {
      id: true,
      displayName: true,
      birthYear: true,
      phone: true,
      createdAt: true,
      // Counted within the organisation: the indexes by client lead with it.
      _count: {
        select: {
          visits: { where: { organisationId: advisor.organisationId } },
          cases: { where: { organisationId: advisor.organisationId } },
        },
      },
    },
  });
  return others.map(({ phone, _count, ...other }) => {
    const digits = phone?.replace(/\D/g, "") ?? "";
    return {
      ...other,
      phoneEnd: digits.length >= 3 ? digits.slice(-3) : null,
      visits: _count.visits,
      cases: _count.cases,
    };
  });
}
