// What "anonymise a client" means, in one place for the erasure request and the retention job.
// Everything that names or describes the person goes; what the reports count stays: the legal
// domain, the month, the outcome, the time worked, the benefit amounts, the postcode area (four
// digits) and the birth year the age band is computed from. docs/privacy.md explains the choice.
import type { Prisma } from "@/lib/generated/prisma/client";
import { documentStorage } from "@/lib/documents/storage";
import { closeWaitingPlaces, lockLiveOffersOfClients } from "@/lib/waiting-list/close-places";
import { endWaitingListConsent } from "./waiting-list-consent";

type Tx = Prisma.TransactionClient;

export const ANONYMISED_NAME = "Geanonimiseerd";
/** Required text columns cannot be empty of meaning; this says why they are. */
const ERASED_TEXT = "[gewist]";

export type AnonymisedCounts = { cases: number; documents: number };

/**
 * Clears one client's personal data inside the caller's transaction. Rows stay (so every count
 * and sum in the reports stays the same); their free text and the document bytes do not.
 * Callers run it once per client: `anonymisedAt` marks the client as done.
 */
export async function anonymiseClient(
  tx: Tx,
  organisationId: string,
  clientId: string,
  now: Date,
): Promise<AnonymisedCounts> {
  await lockLiveOffersOfClients(tx, organisationId, [clientId], now);
  // Then, as the retention job does: the desk adding this client to a waiting list meanwhile
  // (it reads the client under a share lock) waits, then finds them gone.
  await tx.$queryRaw`SELECT 1 FROM "Client" WHERE "id" = ${clientId} AND "organisationId" = ${organisationId} FOR UPDATE`;
  const cases = await tx.case.findMany({ where: { organisationId, clientId }, select: { id: true } });
  const caseIds = cases.map((found) => found.id);
  const visits = await tx.visit.findMany({ where: { organisationId, clientId }, select: { id: true } });
  const visitIds = visits.map((visit) => visit.id);
  const ofCases = { organisationId, caseId: { in: caseIds } };
  const ofCaseOrVisit = { organisationId, OR: [{ caseId: { in: caseIds } }, { visitId: { in: visitIds } }] };

  // A document deleted earlier already lost its bytes (lib/documents/delete-document.ts); removing
  // again is harmless and covers a store that failed to then.
  const documents = await tx.document.findMany({ where: ofCases, select: { storageKey: true, deletedAt: true } });
  const storage = documentStorage();
  for (const document of documents) await storage.remove(document.storageKey, tx);
  await tx.document.updateMany({ where: ofCases, data: { fileName: ERASED_TEXT, sha256: "" } });
  await tx.document.updateMany({ where: { ...ofCases, deletedAt: null }, data: { deletedAt: now } });

  await tx.caseNote.updateMany({ where: ofCases, data: { body: ERASED_TEXT } });
  // Earlier wordings of a note are as personal as the note: they go, not blanked one by one.
  await tx.caseNoteRevision.deleteMany({ where: { organisationId, note: ofCases } });
  await tx.caseAction.updateMany({ where: ofCases, data: { description: null } });
  await tx.caseReopening.updateMany({ where: ofCases, data: { reason: ERASED_TEXT } });
  await tx.dossierContact.updateMany({ where: ofCases, data: { note: null } });
  await tx.caseHandover.updateMany({ where: ofCases, data: { note: ERASED_TEXT } });
  await tx.deadline.updateMany({ where: ofCases, data: { title: ERASED_TEXT } });
  await tx.costBenefitItem.updateMany({ where: ofCases, data: { description: null } });
  await tx.aftercareTask.updateMany({ where: ofCaseOrVisit, data: { title: ERASED_TEXT } });
  // Time written on an aftercare task names neither case nor visit itself: found through the task.
  await tx.timeEntry.updateMany({
    where: { organisationId, OR: [...ofCaseOrVisit.OR, { aftercareTask: { OR: ofCaseOrVisit.OR } }] },
    data: { description: null },
  });
  // The worker who referred through a partner's link goes with the reason: with it, a name could be found again.
  await tx.referral.updateMany({
    where: { organisationId, clientId },
    data: { reason: null, referrerName: null, referrerEmail: null },
  });
  await tx.consent.updateMany({ where: { organisationId, clientId }, data: { scope: null } });
  // A personal link would still open the appointment of someone who is no longer known.
  await tx.appointmentLink.deleteMany({ where: { organisationId, visitId: { in: visitIds } } });
  await tx.case.updateMany({ where: { organisationId, id: { in: caseIds } }, data: { question: null } });
  // A letter under review: its text and the reviewer's comments are about the client.
  await tx.letterReview.updateMany({ where: { organisationId, caseId: { in: caseIds } }, data: { text: ERASED_TEXT } });
  await tx.letterReviewEvent.updateMany({
    where: { review: { organisationId, caseId: { in: caseIds } }, comment: { not: null } },
    data: { comment: ERASED_TEXT },
  });
  // A typed other party may be a person (a private landlord): the name goes, the count of typed ones stays.
  await tx.case.updateMany({
    where: { organisationId, id: { in: caseIds }, otherPartyName: { not: null } },
    data: { otherPartyName: ERASED_TEXT },
  });
  await tx.case.updateMany({
    where: { organisationId, id: { in: caseIds }, anonymisedAt: null },
    data: { anonymisedAt: now },
  });

  // The waiting list is counted like the visits (monitoring's "Wachtlijst" and its offers), so its
  // rows stay, without the desk's note. Someone no longer known cannot be called or mailed: their
  // open places close, and no offer link opens any more.
  await closeWaitingPlaces(tx, { organisationId, clientId }, now);
  await tx.slotOffer.updateMany({ where: { organisationId, entry: { clientId } }, data: { tokenHash: null } });
  await tx.waitingListEntry.updateMany({ where: { organisationId, clientId }, data: { note: null } });
  await endWaitingListConsent(tx, { organisationId, clientId }, now);

  await tx.client.update({
    where: { id: clientId },
    data: {
      displayName: ANONYMISED_NAME,
      phone: null,
      email: null,
      preferredLanguage: "nl",
      needsInterpreter: false,
      anonymisedAt: now,
    },
  });
  return { cases: caseIds.length, documents: documents.filter((document) => document.deletedAt === null).length };
}
