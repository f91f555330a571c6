import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { auditCaseRead, readableCase } from "@/lib/cases/access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ok } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { CONSENT_PURPOSES } from "./purposes";
import { privacySearchSchema } from "./schema";
import { recordIdFromUrl } from "@/lib/record-id";
import { ADMIN_ROLES } from "@/lib/auth/policy";

const PRIVACY_SEARCH_LIMIT = 20;

export type PrivacyClientMatch = {
  id: string;
  displayName: string;
  birthYear: number | null;
  phone: string | null;
  anonymised: boolean;
};

/**
 * The admin finds a client: by name, phone number or client number (the id on an export or in
 * the audit log). Anonymised clients are only found by their number. Audited, with the page it
 * served. One search for the privacy page and the audit log alike.
 */
export async function findClients(admin: Actor, query: string, view: "privacy" | "audit") {
  const digits = query.replace(/\D/g, "");
  const or: Prisma.ClientWhereInput[] = [
    { id: query },
    { anonymisedAt: null, mergedIntoId: null, displayName: { contains: query, mode: "insensitive" } },
  ];
  if (digits.length >= 4) or.push({ anonymisedAt: null, mergedIntoId: null, phone: { contains: digits.slice(-8) } });
  const clients = await db.client.findMany({
    where: { ...scopedToOrganisation(admin), OR: or },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    take: PRIVACY_SEARCH_LIMIT,
    select: { id: true, displayName: true, birthYear: true, phone: true, anonymisedAt: true },
  });
  await recordAudit({
    actor: admin,
    action: "client.search",
    access: "READ",
    entityType: "Client",
    details: { results: clients.length, view },
  });
  return clients;
}

export const searchPrivacyClients = defineUseCase({
  name: "privacy.searchClients",
  roles: ADMIN_ROLES,
  input: privacySearchSchema,
  run: async (actor, { query }) => {
    const clients = await findClients(actor, query, "privacy");
    const value: PrivacyClientMatch[] = clients.map(({ anonymisedAt, ...client }) => ({
      ...client,
      anonymised: anonymisedAt !== null,
    }));
    return ok(value);
  },
});

export type ConsentState = {
  purpose: (typeof CONSENT_PURPOSES)[number];
  /** Every time it was given, newest first, with its withdrawal if any. */
  history: { id: string; givenAt: Date; withdrawnAt: Date | null; scope: string | null; recordedBy: string | null }[];
  standing: boolean;
};

/** The client's privacy page for the admin: who they are, counts, and consent per purpose. Audited. */
export async function getClientPrivacy(actor: Actor | null, clientId: string) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const id = recordIdFromUrl(clientId);
  const client = await db.client.findFirst({
    where: { ...scopedToOrganisation(admin), id },
    select: {
      id: true,
      displayName: true,
      phone: true,
      email: true,
      birthYear: true,
      postcodeArea: true,
      heardVia: true,
      anonymisedAt: true,
      createdAt: true,
      mergedAt: true,
      mergedInto: { select: { id: true, displayName: true } },
      _count: { select: { visits: true, cases: true, referrals: true } },
    },
  });
  await recordAudit({
    actor: admin,
    action: client ? "client.privacy_read" : "client.privacy_read_refused",
    access: "READ",
    entityType: "Client",
    entityId: id,
    clientId: client?.id,
  });
  if (!client) return null;
  return { ...client, consents: await consentStates(admin.organisationId, client.id) };
}

async function consentStates(organisationId: string, clientId: string): Promise<ConsentState[]> {
  const consents = await db.consent.findMany({
    where: { organisationId, clientId },
    orderBy: [{ givenAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      purpose: true,
      givenAt: true,
      withdrawnAt: true,
      scope: true,
      recordedBy: { select: { name: true } },
    },
  });
  return CONSENT_PURPOSES.map((purpose) => {
    const history = consents
      .filter((consent) => consent.purpose === purpose)
      .map((consent) => ({
        id: consent.id,
        givenAt: consent.givenAt,
        withdrawnAt: consent.withdrawnAt,
        scope: consent.scope,
        recordedBy: consent.recordedBy?.name ?? null,
      }));
    return { purpose, history, standing: history.some((consent) => consent.withdrawnAt === null) };
  });
}

/** The organisation's retention period, for the admin's privacy page. */
export async function getRetentionSetting(actor: Actor | null) {
  const admin = requireRole(actor, ADMIN_ROLES);
  return db.organisation.findUniqueOrThrow({
    where: { id: admin.organisationId },
    select: { name: true, retentionMonths: true },
  });
}

/**
 * The advisor's view of the consents of a dossier's client, to record or withdraw one in the
 * conversation. Only for a case the advisor may read; every look is audited as a dossier read.
 */
export async function getCaseClientConsents(actor: Actor | null, caseId: string) {
  const found = await readableCase(actor, recordIdFromUrl(caseId));
  const advisor = actor as Actor;
  await auditCaseRead(advisor, caseId, found?.clientId, "consents");
  if (!found) return null;
  return {
    caseId: found.id,
    client: { id: found.clientId, displayName: found.client.displayName },
    consents: await consentStates(advisor.organisationId, found.clientId),
  };
}
