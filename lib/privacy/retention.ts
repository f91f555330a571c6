// The retention job (AVG: keep no longer than needed). Per organisation, a client is anonymised
// when nothing of theirs is younger than the organisation's retention period:
// - every case (dossier or quick contact) is closed, and closed before the cut-off day;
// - every visit (also one that never became a case) happened before the cut-off day, and none is
//   still booked, waiting or in conversation;
// - no referral and no open aftercare task is younger or still open;
// - no waiting-list entry is still open (the list would lose them, or offer a time to no one) or
//   closed on or after the cut-off day: one who only ever waited goes like one with an old contact;
// - the client was registered before the cut-off day.
// So one recent contact keeps the whole client: their older dossiers may be needed again.
// The cut-off day is the Amsterdam day `retentionMonths` months before today.
import { recordAudit } from "@/lib/audit";
import { addCalendarMonths, amsterdamDay, amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { anonymiseClient } from "./anonymise";
import { clock } from "@/lib/clock";

type RetentionOrganisationReport = {
  organisation: string;
  retentionMonths: number;
  /** Clients whose last contact was before this day (yyyy-MM-dd) are anonymised. */
  cutOffDay: string;
  clients: number;
  cases: number;
  documents: number;
};

export type RetentionReport = { dryRun: boolean; organisations: RetentionOrganisationReport[] };

type Tx = Prisma.TransactionClient;

// Each history table is asked by the client's organisation too: their indexes by client lead
// with it, and by client alone PostgreSQL reads every library's rows.
function expiredClients(organisationId: string, cutOff: Date, onlyClientId?: string) {
  const one = onlyClientId ? Prisma.sql`AND c."id" = ${onlyClientId}` : Prisma.empty;
  return Prisma.sql`
    SELECT c."id" FROM "Client" c
    WHERE c."organisationId" = ${organisationId} AND c."anonymisedAt" IS NULL AND c."mergedIntoId" IS NULL
      AND c."createdAt" < ${cutOff}::timestamptz ${one}
      AND NOT EXISTS (SELECT 1 FROM "Case" k WHERE k."organisationId" = c."organisationId" AND k."clientId" = c."id" AND (k."status" <> 'CLOSED' OR k."closedAt" >= ${cutOff}::timestamptz))
      AND NOT EXISTS (
        SELECT 1 FROM "Visit" v WHERE v."organisationId" = c."organisationId" AND v."clientId" = c."id"
          AND (v."status" IN ('BOOKED', 'WAITING', 'IN_CONVERSATION')
               OR COALESCE(v."startedAt", v."arrivedAt", v."plannedStartsAt", v."createdAt") >= ${cutOff}::timestamptz))
      AND NOT EXISTS (SELECT 1 FROM "Referral" r WHERE r."organisationId" = c."organisationId" AND r."clientId" = c."id" AND r."createdAt" >= ${cutOff}::timestamptz)
      AND NOT EXISTS (
        SELECT 1 FROM "WaitingListEntry" w WHERE w."clientId" = c."id"
          AND (w."closedAt" IS NULL OR w."closedAt" >= ${cutOff}::timestamptz))
      AND NOT EXISTS (
        SELECT 1 FROM "AftercareTask" a
        WHERE a."organisationId" = c."organisationId" AND a."status" = 'OPEN'
          AND (a."caseId" IN (SELECT k."id" FROM "Case" k WHERE k."organisationId" = c."organisationId" AND k."clientId" = c."id")
               OR a."visitId" IN (SELECT v."id" FROM "Visit" v WHERE v."organisationId" = c."organisationId" AND v."clientId" = c."id")))
    ORDER BY c."id"`;
}

async function countWouldClear(organisationId: string, clientIds: string[]) {
  const ofClients = { organisationId, clientId: { in: clientIds } };
  const [cases, documents] = await Promise.all([
    db.case.count({ where: ofClients }),
    db.document.count({ where: { organisationId, deletedAt: null, case: ofClients } }),
  ]);
  return { cases, documents };
}

/**
 * Anonymises every expired client of every organisation; `dryRun` only counts and writes nothing.
 * Each client is one transaction with its audit entry, so a failure leaves the others done and
 * the next run picks up the rest; the condition is checked again inside that transaction.
 */
export async function applyRetention({
  now = clock.now(),
  dryRun = false,
}: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionReport> {
  const organisations = await db.organisation.findMany({
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, retentionMonths: true },
  });
  const reports: RetentionOrganisationReport[] = [];
  for (const organisation of organisations) {
    const cutOffDay = addCalendarMonths(amsterdamDay(now), -organisation.retentionMonths);
    const cutOff = amsterdamMoment(cutOffDay, 0);
    const candidates = (await db.$queryRaw<{ id: string }[]>(expiredClients(organisation.id, cutOff))).map(
      (row) => row.id,
    );
    const report = {
      organisation: organisation.slug,
      retentionMonths: organisation.retentionMonths,
      cutOffDay,
      clients: 0,
      cases: 0,
      documents: 0,
    };
    if (dryRun) {
      Object.assign(report, { clients: candidates.length, ...(await countWouldClear(organisation.id, candidates)) });
    } else {
      for (const clientId of candidates) {
        const counts = await db.$transaction((tx) =>
          anonymiseIfStillExpired(tx, organisation.id, clientId, cutOff, now),
        );
        if (!counts) continue;
        report.clients += 1;
        report.cases += counts.cases;
        report.documents += counts.documents;
      }
    }
    reports.push(report);
  }
  return { dryRun, organisations: reports };
}

async function anonymiseIfStillExpired(tx: Tx, organisationId: string, clientId: string, cutOff: Date, now: Date) {
  // Lock the client row: a desk registering a visit for them right now waits for, or beats, this.
  await tx.$queryRaw`SELECT 1 FROM "Client" WHERE "id" = ${clientId} FOR UPDATE`;
  const still = await tx.$queryRaw<{ id: string }[]>(expiredClients(organisationId, cutOff, clientId));
  if (still.length === 0) return null;
  const counts = await anonymiseClient(tx, organisationId, clientId, now);
  await recordAudit(
    {
      organisationId,
      action: "client.anonymise",
      access: "WRITE",
      entityType: "Client",
      entityId: clientId,
      clientId,
      details: { reason: "retention", ...counts },
    },
    tx,
  );
  return counts;
}

/** One line for the log: what the job did (or would do) per organisation. */
export function describeRetention(report: RetentionReport): string {
  const parts = report.organisations.map(
    (org) =>
      `${org.organisation}: ${org.clients} cliënten, ${org.cases} zaken, ${org.documents} documenten (vóór ${org.cutOffDay})`,
  );
  return `[retention]${report.dryRun ? " proefdraai, niets gewijzigd:" : ""} ${parts.join("; ") || "geen organisaties"}`;
}
