import type { Actor } from "@/lib/auth/actor";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { CASE_ROLES, OTHER_PARTY_EDIT_ROLES } from "@/lib/auth/policy";
import { requireRole } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { OTHER_PARTY_KINDS } from "./kinds";

const byKindThenName = <T extends { kind: string; name: string }>(entries: T[]) =>
  entries.sort(
    (a, b) =>
      OTHER_PARTY_KINDS.indexOf(a.kind as never) - OTHER_PARTY_KINDS.indexOf(b.kind as never) ||
      a.name.localeCompare(b.name, "nl"),
  );

/** The coordinator's list, active and not, with how many dossiers name each entry (no more). */
export async function listOtherParties(actor: Actor | null) {
  const coordinator = requireRole(actor, OTHER_PARTY_EDIT_ROLES);
  const entries = await db.otherParty.findMany({
    where: scopedToOrganisation(coordinator),
    select: {
      id: true,
      name: true,
      kind: true,
      department: true,
      postalAddress: true,
      postcodeTown: true,
      active: true,
      _count: { select: { cases: true } },
    },
  });
  return byKindThenName(entries).map(({ _count, ...entry }) => ({ ...entry, dossiers: _count.cases }));
}

/** What an advisor chooses from on a dossier: the active entries, by kind and name. */
export async function listOtherPartyChoices(actor: Actor | null) {
  const advisor = requireRole(actor, CASE_ROLES);
  const entries = await db.otherParty.findMany({
    where: { ...scopedToOrganisation(advisor), active: true },
    select: { id: true, name: true, kind: true },
  });
  return byKindThenName(entries);
}
