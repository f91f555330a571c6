import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HourlyCost } from "@/lib/reports/cost-benefit";

/**
 * All advisor time on each case, in minutes: consultation and aftercare ("spreek- en nazorguren"),
 * corrections included, summed in the database. The desk books a conversation's minutes on the
 * visit before any dossier exists, so an entry without a case counts for the case its visit
 * belongs to; an entry that names its case is never counted twice. Cases without time are absent.
 */
export async function minutesPerCase(organisationId: string, caseIds: readonly string[]): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const ids = [...caseIds];
  const rows = await db.$queryRaw<{ caseId: string; minutes: number }[]>`
    SELECT "caseId", SUM("minutes")::int AS "minutes" FROM (
      SELECT te."caseId", te."minutes"
        FROM "TimeEntry" te
       WHERE te."organisationId" = ${organisationId} AND te."caseId" = ANY(${ids}) AND te."kind" IN ('CONSULTATION', 'AFTERCARE')
      UNION ALL
      SELECT v."caseId", te."minutes"
        FROM "TimeEntry" te JOIN "Visit" v ON v."id" = te."visitId"
       WHERE te."organisationId" = ${organisationId} AND te."caseId" IS NULL AND v."caseId" = ANY(${ids}) AND te."kind" IN ('CONSULTATION', 'AFTERCARE')
    ) AS time_on_case
    GROUP BY "caseId"`;
  return new Map(rows.map((row) => [row.caseId, row.minutes]));
}

/** Every hourly rate the organisation has set, for `rateOn` to pick the one valid on a day. */
export async function costRatesOf(organisationId: string): Promise<(HourlyCost & { validFrom: Date })[]> {
  return db.costRate.findMany({
    where: { organisationId },
    orderBy: { validFrom: "desc" },
    select: { validFrom: true, advisorHourCents: true, projectHourCents: true, serviceHourCents: true },
  });
}

/**
 * A case's legal domain for reports: the top level of its primary domain ("Belastingrecht", not
 * "Belastingrecht > Toeslagen"), the level the report counts questions at and coarse enough not to
 * single anyone out.
 */
export const primaryDomainSelect = {
  orderBy: [{ primary: "desc" }, { legalDomainId: "asc" }],
  take: 1,
  select: {
    legalDomain: {
      select: { id: true, nameNl: true, nameEn: true, parent: { select: { id: true, nameNl: true, nameEn: true } } },
    },
  },
} satisfies Prisma.CaseLegalDomainFindManyArgs;

export type DomainName = { id: string; nameNl: string; nameEn: string };

export function topLevelDomain(
  legalDomains: readonly { legalDomain: DomainName & { parent: DomainName | null } }[],
): DomainName | null {
  const domain = legalDomains[0]?.legalDomain;
  if (!domain) return null;
  const { id, nameNl, nameEn } = domain.parent ?? domain;
  return { id, nameNl, nameEn };
}
