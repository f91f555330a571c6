// The WAITING_LIST consent: what a client agreed to by going on a location's waiting list, online
// (the public form's words, lib/waiting-list/join-online.ts) or at the desk (the host ticks that
// the client agreed; one of the two scopes below). Its purpose is the wait: "zolang je op de
// wachtlijst staat". When the client's last open entry of the organisation closes (an offer taken,
// taken off the list, the last day passed), the consent is withdrawn in the same transaction.
import { recordAudit, type AuditEntry } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * The desk's words for a client who agreed to wait and to be called (messages/nl/waiting-list.json).
 * Stored with each such consent and compared by mailableWaitingListConsent: edited, the consents
 * given in the old words would read as consents to mail. New words need a constant of their own,
 * listed there beside this one.
 */
export const DESK_LIST_CONSENT_SCOPE =
  "Naam en telefoonnummer of e-mailadres bewaren zolang de cliënt op de wachtlijst staat; de balie neemt contact op als er een tijd vrijkomt.";

/** The desk's words for a client who also agreed to be offered a freed time by e-mail. */
export const DESK_MAIL_CONSENT_SCOPE =
  "Naam en telefoonnummer of e-mailadres bewaren zolang de cliënt op de wachtlijst staat; een vrijgekomen tijd per e-mail aanbieden.";

/**
 * A standing WAITING_LIST consent that covers mailing an offer: the online form's and the desk's
 * mail consent cover it; the desk's consent to wait and be called does not.
 */
export const mailableWaitingListConsent: Prisma.ConsentWhereInput = {
  purpose: "WAITING_LIST",
  withdrawnAt: null,
  OR: [{ scope: null }, { scope: { not: DESK_LIST_CONSENT_SCOPE } }],
};

/**
 * One client's entries and WAITING_LIST consent change one at a time: an entry added while another
 * closes either is seen by the closing (the consent stays) or finds the consent withdrawn and
 * records its own. Closings take it after their entry's row; adding takes it first and then only
 * inserts, so the two orders cannot wait for each other.
 */
export async function lockWaitingListClient(tx: Tx, clientId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`waiting-list-client:${clientId}`}, 0))`;
}

/**
 * Withdraws the client's standing WAITING_LIST consent once none of their entries of the
 * organisation is open, in the caller's transaction, right after it closed one; a client still
 * waiting elsewhere keeps it. Each withdrawal is audited with why; `actor` is the host who closed
 * the entry, none when the client or the sweep did.
 */
export async function endWaitingListConsent(
  tx: Tx,
  { organisationId, clientId }: { organisationId: string; clientId: string },
  now: Date,
  actor?: AuditEntry["actor"],
): Promise<void> {
  await lockWaitingListClient(tx, clientId);
  if ((await tx.waitingListEntry.count({ where: { organisationId, clientId, closedAt: null } })) > 0) return;
  const standing = await tx.consent.findMany({
    where: { organisationId, clientId, purpose: "WAITING_LIST", withdrawnAt: null },
    select: { id: true },
  });
  if (standing.length === 0) return;
  await tx.consent.updateMany({
    where: { id: { in: standing.map((consent) => consent.id) } },
    data: { withdrawnAt: now },
  });
  for (const consent of standing)
    await recordAudit(
      {
        actor,
        organisationId,
        action: "consent.withdraw",
        access: "WRITE",
        entityType: "Consent",
        entityId: consent.id,
        clientId,
        details: { purpose: "WAITING_LIST", reason: "waitingListClosed" },
      },
      tx,
    );
}
