import type { Actor } from "@/lib/auth/actor";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { SIGNAL_RAISE_ROLES, SIGNAL_REGISTER_ROLES } from "@/lib/auth/policy";
import { readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";
import { FINISHED_SIGNAL_STATUSES } from "./themes";

const DOSSIER_STEPS = new Set(["signal.raise", "signal.join"]);

const SIGNAL_SUMMARY = {
  id: true,
  theme: true,
  description: true,
  status: true,
  otherParty: { select: { id: true, name: true } },
  _count: { select: { dossiers: true } },
} as const;

/**
 * What the dossier's signal panel shows: the signals this dossier is in, and the open signals of
 * the organisation it could join, those about the dossier's own other party first. Null when the
 * advisor cannot read the dossier.
 */
export async function listSignalsForDossier(actor: Actor | null, caseId: string) {
  const advisor = requireRole(actor, SIGNAL_RAISE_ROLES);
  const dossier = await db.case.findFirst({
    where: { ...readableCases(advisor), id: caseId },
    select: { id: true, otherPartyId: true },
  });
  if (!dossier) return null;
  const signals = await db.signal.findMany({
    where: {
      ...scopedToOrganisation(advisor),
      mergedIntoId: null,
      OR: [{ dossiers: { some: { caseId: dossier.id } } }, { status: { notIn: [...FINISHED_SIGNAL_STATUSES] } }],
    },
    orderBy: [{ updatedAt: "desc" }],
    select: { ...SIGNAL_SUMMARY, dossiers: { where: { caseId: dossier.id }, select: { caseId: true } } },
  });
  const summary = (signal: (typeof signals)[number]) => ({
    id: signal.id,
    theme: signal.theme,
    description: signal.description,
    status: signal.status,
    otherParty: signal.otherParty,
    dossierCount: signal._count.dossiers,
  });
  const linked = signals.filter((signal) => signal.dossiers.length > 0).map(summary);
  const joinable = signals
    .filter((signal) => signal.dossiers.length === 0)
    .map(summary)
    .sort(
      (a, b) => Number(b.otherParty.id === dossier.otherPartyId) - Number(a.otherParty.id === dossier.otherPartyId),
    );
  return { linked, joinable, otherPartyId: dossier.otherPartyId };
}

/**
 * The coordinator's register: every signal with its counts (dossiers, advisors who saw it), when
 * it was first and last seen, its steps, and its history from the audit log. No dossier, no client.
 */
export async function listSignalRegister(actor: Actor | null) {
  const coordinator = requireRole(actor, SIGNAL_REGISTER_ROLES);
  const signals = await db.signal.findMany({
    where: { ...scopedToOrganisation(coordinator), mergedIntoId: null },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      theme: true,
      description: true,
      status: true,
      raisedWith: true,
      raisedOn: true,
      answer: true,
      answeredOn: true,
      createdAt: true,
      otherParty: { select: { id: true, name: true } },
      dossiers: { select: { addedById: true, addedAt: true } },
      mergedFrom: { select: { id: true } },
    },
  });
  const history = await db.auditEvent.findMany({
    where: {
      organisationId: coordinator.organisationId,
      entityType: "Signal",
      entityId: { in: signals.flatMap((signal) => [signal.id, ...signal.mergedFrom.map((merged) => merged.id)]) },
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: { entityId: true, action: true, occurredAt: true, actor: { select: { name: true } } },
  });
  return signals.map(({ dossiers, mergedFrom, ...signal }) => {
    const seen = dossiers.map((link) => link.addedAt.getTime());
    const own = new Set([signal.id, ...mergedFrom.map((merged) => merged.id)]);
    return {
      ...signal,
      dossierCount: dossiers.length,
      advisorCount: new Set(dossiers.map((link) => link.addedById)).size,
      firstSeen: seen.length ? new Date(Math.min(...seen)) : signal.createdAt,
      lastSeen: seen.length ? new Date(Math.max(...seen)) : signal.createdAt,
      mergedCount: mergedFrom.length,
      history: history
        .filter((event) => event.entityId !== null && own.has(event.entityId))
        // Who added a dossier, and when to the minute, would let a coordinator who also sees the
        // desk match a signal to a client: those steps show the day only, without the advisor.
        .map((event) => ({
          action: event.action,
          at: event.occurredAt,
          by: DOSSIER_STEPS.has(event.action) ? null : (event.actor?.name ?? null),
          dayOnly: DOSSIER_STEPS.has(event.action),
        })),
    };
  });
}
