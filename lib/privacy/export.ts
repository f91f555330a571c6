// The subject-access request (AVG art. 15): everything Spreekuur holds about one client, for the
// admin to hand over. One collection feeds both the JSON download and the printable page, so the
// two can never tell a different story.
//
// Document bytes are included in the JSON, base64-encoded: the client is entitled to a copy of
// the data itself, the admin cannot open dossier documents any other way (only advisors read a
// dossier), and one self-contained file is what a client can keep or take to a lawyer. Uploads are
// capped at 10 MB each (lib/documents/schema.ts), so the file stays a size a browser handles.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { requireRole, scopedToOrganisation } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { documentStorage } from "@/lib/documents/storage";
import { recordIdFromUrl } from "@/lib/record-id";
import { clock } from "@/lib/clock";
import { ADMIN_ROLES } from "@/lib/auth/policy";

const name = { select: { name: true } } as const;
const timeEntry = { id: true, kind: true, minutes: true, workedOn: true, description: true, user: name } as const;
/** Time written on a task alone names neither case nor visit: it is listed with its task. */
const aftercareTask = {
  id: true,
  title: true,
  dueOn: true,
  status: true,
  completedAt: true,
  assignee: name,
  timeEntries: { where: { caseId: null, visitId: null }, orderBy: { createdAt: "asc" }, select: timeEntry },
} as const;
const domain = { select: { primary: true, legalDomain: { select: { code: true, nameNl: true } } } } as const;

async function collect(organisationId: string, clientId: string) {
  const client = await db.client.findFirst({
    where: { organisationId, id: clientId },
    select: {
      id: true,
      displayName: true,
      phone: true,
      email: true,
      birthYear: true,
      postcodeArea: true,
      preferredLanguage: true,
      needsInterpreter: true,
      heardVia: true,
      anonymisedAt: true,
      createdAt: true,
      organisation: { select: { name: true, municipality: true } },
      mergedFrom: { select: { id: true } },
    },
  });
  if (!client) return null;
  // Also what was written about a second record of the client, merged into this one.
  const clientIds = [clientId, ...client.mergedFrom.map((merged) => merged.id)];
  const ofClient = { organisationId, clientId };
  const [consents, visits, waitingList, cases, referrals, audit] = await Promise.all([
    db.consent.findMany({
      where: ofClient,
      orderBy: { givenAt: "asc" },
      select: {
        id: true,
        purpose: true,
        legalBasis: true,
        givenAt: true,
        withdrawnAt: true,
        scope: true,
        recordedBy: name,
      },
    }),
    db.visit.findMany({
      where: ofClient,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        status: true,
        caseId: true,
        plannedStartsAt: true,
        arrivedAt: true,
        startedAt: true,
        endedAt: true,
        createdAt: true,
        location: { select: { name: true } },
        category: { select: { nameNl: true } },
        registeredBy: name,
        aftercareTasks: { where: { caseId: null }, orderBy: { createdAt: "asc" }, select: aftercareTask },
        timeEntries: { where: { caseId: null }, orderBy: { createdAt: "asc" }, select: timeEntry },
      },
    }),
    // The places on a waiting list and the half hours offered from them; never the offer link's hash.
    // Also a merged record's: merges before the waiting list moved with them left places there.
    db.waitingListEntry.findMany({
      where: { organisationId, clientId: { in: clientIds } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        addedVia: true,
        note: true,
        createdAt: true,
        until: true,
        closedAt: true,
        closedReason: true,
        location: { select: { name: true } },
        offers: {
          orderBy: { offeredAt: "asc" },
          select: {
            id: true,
            offeredAt: true,
            expiresAt: true,
            mailedAt: true,
            takenAt: true,
            declinedAt: true,
            slot: { select: { startsAt: true } },
          },
        },
      },
    }),
    db.case.findMany({
      where: ofClient,
      orderBy: { openedAt: "asc" },
      select: {
        id: true,
        kind: true,
        question: true,
        otherParty: { select: { name: true } },
        otherPartyName: true,
        status: true,
        openedAt: true,
        closedAt: true,
        outcome: true,
        solvedWithoutReferral: true,
        anonymisedAt: true,
        responsibleAdvisor: { select: { name: true, advisorKind: true } },
        legalDomains: domain,
        notes: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            body: true,
            createdAt: true,
            updatedAt: true,
            author: name,
            // An earlier wording of a note is data about the client too.
            revisions: {
              orderBy: { version: "asc" },
              select: { version: true, body: true, replacedAt: true, writtenBy: name },
            },
          },
        },
        actions: {
          orderBy: { performedAt: "asc" },
          select: { id: true, kind: true, description: true, minutes: true, performedAt: true, performedBy: name },
        },
        reopenings: {
          orderBy: { reopenedAt: "asc" },
          select: { id: true, closedAt: true, outcome: true, reopenedAt: true, reason: true, reopenedBy: name },
        },
        handovers: {
          orderBy: { handedOverAt: "asc" },
          select: {
            id: true,
            handedOverAt: true,
            note: true,
            fromAdvisor: name,
            toAdvisor: name,
            handedOverBy: name,
          },
        },
        contacts: {
          orderBy: { occurredOn: "asc" },
          select: { id: true, channel: true, occurredOn: true, minutes: true, note: true, advisor: name },
        },
        letterReviews: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            title: true,
            text: true,
            status: true,
            createdAt: true,
            author: name,
            steps: { orderBy: { at: "asc" }, select: { step: true, comment: true, at: true, by: name } },
          },
        },
        deadlines: {
          orderBy: { dueOn: "asc" },
          select: { id: true, kind: true, title: true, decisionSentOn: true, dueOn: true, completedAt: true },
        },
        documents: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            kind: true,
            fileName: true,
            contentType: true,
            sizeBytes: true,
            sha256: true,
            storageKey: true,
            createdAt: true,
            deletedAt: true,
            uploadedBy: name,
          },
        },
        aftercareTasks: { orderBy: { createdAt: "asc" }, select: aftercareTask },
        costBenefitItems: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            category: true,
            beneficiary: true,
            amountCents: true,
            description: true,
            createdAt: true,
          },
        },
        timeEntries: { orderBy: { createdAt: "asc" }, select: timeEntry },
      },
    }),
    db.referral.findMany({
      where: ofClient,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        direction: true,
        caseId: true,
        reason: true,
        handover: true,
        status: true,
        followUpOn: true,
        feedbackRequested: true,
        feedbackGivenAt: true,
        createdAt: true,
        partner: { select: { name: true, type: true } },
        consent: { select: { id: true, scope: true, givenAt: true, withdrawnAt: true } },
      },
    }),
    db.auditEvent.findMany({
      where: {
        organisationId,
        OR: [{ clientId: { in: clientIds } }, { entityType: "Client", entityId: { in: clientIds } }],
      },
      orderBy: { id: "asc" },
      select: {
        action: true,
        access: true,
        entityType: true,
        entityId: true,
        occurredAt: true,
        actorRole: true,
        actor: name,
      },
    }),
  ]);
  return { client, consents, visits, waitingList, cases, referrals, audit };
}

type Collected = NonNullable<Awaited<ReturnType<typeof collect>>>;

async function withContent(cases: Collected["cases"]) {
  const storage = documentStorage();
  return Promise.all(
    cases.map(async ({ documents, ...found }) => ({
      ...found,
      letters: documents.filter((document) => document.kind === "GENERATED_LETTER").map((document) => document.id),
      documents: await Promise.all(
        documents.map(async ({ storageKey, ...document }) => {
          const bytes = document.deletedAt ? null : await storage.get(storageKey);
          return { ...document, contentBase64: bytes ? Buffer.from(bytes).toString("base64") : null };
        }),
      ),
    })),
  );
}

/** Everything about one client of the admin's organisation, or null ("not found"). Audited, also when refused. */
export async function exportClientData(
  actor: Actor | null,
  clientId: string,
  format: "json" | "html",
  now = clock.now(),
) {
  const admin = requireRole(actor, ADMIN_ROLES);
  const id = recordIdFromUrl(clientId);
  const collected = await collect(scopedToOrganisation(admin).organisationId, id);
  await recordAudit({
    actor: admin,
    action: collected ? "client.export" : "client.export_refused",
    access: "READ",
    entityType: "Client",
    entityId: id,
    clientId: collected?.client.id,
    details: { format },
  });
  if (!collected) return null;
  const cases = format === "json" ? await withContent(collected.cases) : collected.cases;
  const waitingList = collected.waitingList.map((place) => ({
    ...place,
    offers: place.offers.map((offer) => ({ ...offer, outcome: offerOutcome(offer, now) })),
  }));
  return { exportedAt: now, exportedBy: admin.name, schema: "spreekuur-inzage/1", ...collected, waitingList, cases };
}

/** What became of a half hour offered to the client, as it stood when the data was exported. */
function offerOutcome(
  offer: { takenAt: Date | null; declinedAt: Date | null; expiresAt: Date },
  at: Date,
): "taken" | "declined" | "open" | "expired" {
  if (offer.takenAt) return "taken";
  if (offer.declinedAt) return "declined";
  return offer.expiresAt > at ? "open" : "expired";
}
