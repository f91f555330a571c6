// The SQL behind the monitoring figures and the national export. Every figure is counted by
// PostgreSQL (GROUP BY, COUNT DISTINCT, percentiles), so no client row ever reaches this process;
// only numbers per category come back. Callers authorise first: these functions trust their scope.
//
// Definitions, also shown on the page:
// - A visit happens at its start; a visit that never started (no-show, cancelled) at its arrival,
//   planned time or registration, the first of these that is known.
// - A contact is a finished visit (status DONE), a quick contact that no finished visit points
//   at (logged without a visit, or during a conversation that was never closed at the desk), or a
//   contact with a dossier's client outside a consultation hour (phone, e-mail, office), on the
//   start of its Amsterdam day. A quick contact on a finished visit is that visit's contact, so
//   nothing is counted twice.
// - A question is a case (quick contact or dossier), counted when it was opened, under its primary
//   legal domain; a case without a primary domain under its first domain; without any, "unknown".
import { amsterdamDay, amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { keptPlan } from "@/lib/kept-plan";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodMonths } from "./monitoring-period";

export type QueryScope = { organisationId: string; start: Date; end: Date };

/** The client the counts are read with: the app's, or a transaction's for one snapshot of them all. */
export type CountReader = Pick<Prisma.TransactionClient, "$queryRaw">;

// The database generates it from the start, arrival, planned time and registration, and indexes it
// per library and status, so a period's visits are one index range (prisma/schema.prisma).
const visitMoment = Prisma.sql`v."countedAt"`;

/**
 * The Amsterdam month ("yyyy-MM") of a moment in the period, found among the months' first moments
 * (width_bucket): per row a comparison of instants, where a time-zone conversion and formatting
 * took a microsecond or more per row.
 */
function monthOf(moment: Prisma.Sql, { start, end }: QueryScope): Prisma.Sql {
  const months = periodMonths({ from: amsterdamDay(start), to: amsterdamDay(new Date(end.getTime() - 1)) });
  const firsts = months.map((month) => amsterdamMoment(`${month}-01`, 0).toISOString());
  return Prisma.sql`(${months}::text[])[width_bucket(${moment}, ${firsts}::timestamptz[])]`;
}

/** Every contact of the organisation in the period: who, when, and which kind. */
// The organisation in the NOT EXISTS changes no result (a case's visits are its library's) but keeps
// the planner from hashing every finished visit in the country (EXPLAIN on the scale data set).
function contactsInPeriod({ organisationId, start, end }: QueryScope): Prisma.Sql {
  const outsideHoursAt = Prisma.sql`o."occurredOn"::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
  return Prisma.sql`
    SELECT v."clientId" AS "clientId", ${visitMoment} AS at, 'VISIT' AS source
    FROM "Visit" v
    WHERE v."organisationId" = ${organisationId} AND v."status" = 'DONE'
      AND ${visitMoment} >= ${start}::timestamptz AND ${visitMoment} < ${end}::timestamptz
    UNION ALL
    SELECT c."clientId", c."openedAt", 'QUICK_CONTACT'
    FROM "Case" c
    WHERE c."organisationId" = ${organisationId} AND c."kind" = 'QUICK_CONTACT'
      AND c."openedAt" >= ${start}::timestamptz AND c."openedAt" < ${end}::timestamptz
      AND NOT EXISTS (SELECT 1 FROM "Visit" d WHERE d."caseId" = c."id" AND d."organisationId" = ${organisationId} AND d."status" = 'DONE')
    UNION ALL
    SELECT c."clientId", ${outsideHoursAt}, 'OUTSIDE_HOURS'
    FROM "DossierContact" o JOIN "Case" c ON c."id" = o."caseId"
    WHERE o."organisationId" = ${organisationId}
      AND ${outsideHoursAt} >= ${start}::timestamptz AND ${outsideHoursAt} < ${end}::timestamptz`;
}

/**
 * The questions opened in the period, each with the one legal domain it is counted under, which the
 * database keeps on the case (a trigger on its domains), so the period is read from one index.
 */
function questionsInPeriod({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT c."kind"::text AS kind, c."countedLegalDomainId" AS "domainId",
           ${monthOf(Prisma.sql`c."openedAt"`, { organisationId, start, end })} AS month
    FROM "Case" c
    WHERE c."organisationId" = ${organisationId} AND c."openedAt" >= ${start}::timestamptz AND c."openedAt" < ${end}::timestamptz`;
}

type ContactTotals = {
  visits: number;
  quickContacts: number;
  outsideHours: number;
  returningClients: number;
  onceClients: number;
};
type ReachRow = { dimension: "age" | "language" | "postcode" | "channel"; value: string | null; count: number };

/**
 * What the figures count of the period's contacts, in one pass over them: contacts per kind;
 * clients with more than one contact up to the end (returning: two in the period, or one in it and
 * a first contact before it, which the database keeps per client) and with just one; per
 * Amsterdam month the contacts and the different clients among them; and the reach, the period's
 * clients split four ways (`dimension`). A split's `value` of null is not known: no birth year,
 * or one after the period's `year`; the language of an anonymised client, which the erasure
 * cleared (lib/privacy/anonymise.ts). The age is a ten-year band by its first year (30 for 30 to
 * 39), with 10 standing for anyone under 20 and 80 for 80 and over. Each split adds up to all
 * clients of the period.
 */
export async function countContactsAndClients(scope: QueryScope, year: number, reader: CountReader = db) {
  const [row] = await reader.$queryRaw<
    [{ totals: ContactTotals; months: { month: string; contacts: number; clients: number }[]; reach: ReachRow[] }]
  >(keptPlan`
    WITH contact AS MATERIALIZED (${contactsInPeriod(scope)}),
    per_client AS (SELECT "clientId", COUNT(*) AS in_period FROM contact GROUP BY "clientId"),
    client AS MATERIALIZED (
      SELECT p.in_period >= 2 OR COALESCE(f."firstContactAt" < ${scope.start}::timestamptz, false) AS is_returning,
             ${year}::int - k."birthYear" AS years,
             CASE WHEN k."anonymisedAt" IS NULL THEN k."preferredLanguage" END AS language,
             k."postcodeArea" AS postcode, k."heardVia"::text AS channel
      FROM per_client p JOIN "Client" k ON k."id" = p."clientId"
      LEFT JOIN "ClientFirstContact" f ON f."clientId" = p."clientId"
    ),
    person AS (
      -- GREATEST and LEAST skip a NULL: an unknown year would land in the first band.
      SELECT CASE WHEN years IS NULL OR years < 0 THEN NULL ELSE LEAST(GREATEST(years / 10 * 10, 10), 80)::text END AS age,
             language, postcode, channel
      FROM client
    ),
    reach AS (
      SELECT 'age' AS dimension, age AS value, COUNT(*)::int AS count FROM person GROUP BY 2
      UNION ALL SELECT 'language', language, COUNT(*)::int FROM person GROUP BY 2
      UNION ALL SELECT 'postcode', postcode, COUNT(*)::int FROM person GROUP BY 2
      UNION ALL SELECT 'channel', channel, COUNT(*)::int FROM person GROUP BY 2
    ),
    per_month AS (
      SELECT ${monthOf(Prisma.sql`at`, scope)} AS month, COUNT(*)::int AS contacts,
             COUNT(DISTINCT "clientId")::int AS clients
      FROM contact GROUP BY 1
    )
    SELECT
      (SELECT jsonb_build_object(
         'visits', COUNT(*) FILTER (WHERE source = 'VISIT'),
         'quickContacts', COUNT(*) FILTER (WHERE source = 'QUICK_CONTACT'),
         'outsideHours', COUNT(*) FILTER (WHERE source = 'OUTSIDE_HOURS')) FROM contact)
      || (SELECT jsonb_build_object(
         'returningClients', COUNT(*) FILTER (WHERE is_returning),
         'onceClients', COUNT(*) FILTER (WHERE NOT is_returning)) FROM client) AS totals,
      (SELECT COALESCE(jsonb_agg(m), '[]') FROM per_month m) AS months,
      (SELECT COALESCE(jsonb_agg(r), '[]') FROM reach r) AS reach`);
  return row;
}

/**
 * The questions opened in the period, counted five ways in one pass (`grouping`): per kind (quick
 * contact or dossier); per top-level legal domain (`domainId` null, `topId` null: no domain); per
 * domain within its top level; per Juridisch Loket category of the domain (null: no domain); and
 * per Amsterdam month.
 */
export async function countQuestions(scope: QueryScope, reader: CountReader = db) {
  return reader.$queryRaw<
    {
      grouping: "kind" | "top" | "domain" | "category" | "month";
      kind: string | null;
      topId: string | null;
      domainId: string | null;
      category: string | null;
      month: string | null;
      count: number;
    }[]
  >(keptPlan`
    WITH question AS (${questionsInPeriod(scope)}),
    -- Counted first, then named: the taxonomy is joined to a few hundred counts, not to every case.
    counted AS (SELECT kind, "domainId", month, COUNT(*)::int AS count FROM question GROUP BY 1, 2, 3),
    named AS (
      SELECT q.kind, d."id" AS "domainId", COALESCE(d."parentId", d."id") AS "topId",
             d."juridischLoketCategory"::text AS "jlCategory", q.month, q.count
      FROM counted q LEFT JOIN "LegalDomain" d ON d."id" = q."domainId"
    )
    SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING("domainId") = 0 THEN 'domain'
                WHEN GROUPING("topId") = 0 THEN 'top' WHEN GROUPING("jlCategory") = 0 THEN 'category'
                ELSE 'month' END AS grouping,
           kind, "topId", "domainId", "jlCategory" AS category, month, SUM(count)::int AS count
    FROM named
    GROUP BY GROUPING SETS ((kind), ("topId"), ("topId", "domainId"), ("jlCategory"), (month))`);
}

/**
 * The other legal domains of the questions opened in the period, per top-level domain: how many
 * questions also touched it beside their primary domain. A question counts once per top-level
 * domain, and not under the top-level domain of its primary one, where it is counted already.
 */
function otherLegalDomainsPerTop({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT COALESCE(d."parentId", d."id") AS "topId", COUNT(DISTINCT c."id")::int AS count
    FROM "Case" c
    JOIN "CaseLegalDomain" l ON l."caseId" = c."id" AND NOT l."primary"
    JOIN "LegalDomain" d ON d."id" = l."legalDomainId"
    -- The count of other domains kept on the case reads only the questions that have one, where a
    -- join let the planner scan every library's domains (EXPLAIN on the scale data set).
    WHERE c."organisationId" = ${organisationId} AND c."openedAt" >= ${start}::timestamptz AND c."openedAt" < ${end}::timestamptz
      AND c."otherLegalDomainCount" > 0
      AND NOT EXISTS (
        SELECT 1 FROM "CaseLegalDomain" p JOIN "LegalDomain" pd ON pd."id" = p."legalDomainId"
        WHERE p."caseId" = c."id" AND p."primary" AND COALESCE(pd."parentId", pd."id") = COALESCE(d."parentId", d."id")
      )
    GROUP BY 1`;
}

/**
 * Dossiers per kind of other party: an entry of the coordinator's list by its kind, a typed name
 * as "TYPED", none as null. Names are never counted: a typed one may be a private landlord. A quick
 * contact has no other party to record, so it is not counted here.
 */
function otherPartiesPerKind({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT CASE WHEN o."kind" IS NOT NULL THEN o."kind"::text WHEN c."otherPartyName" IS NOT NULL THEN 'TYPED' END AS kind,
           COUNT(*)::int AS count
    FROM "Case" c
    LEFT JOIN "OtherParty" o ON o."id" = c."otherPartyId"
    WHERE c."organisationId" = ${organisationId} AND c."kind" = 'DOSSIER'
      AND c."openedAt" >= ${start}::timestamptz AND c."openedAt" < ${end}::timestamptz
    GROUP BY 1`;
}

/** Actions per kind, counted when they were performed. */
function actionsPerKind({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT a."kind"::text AS kind, COUNT(*)::int AS count
    FROM "CaseAction" a
    WHERE a."organisationId" = ${organisationId} AND a."performedAt" >= ${start}::timestamptz AND a."performedAt" < ${end}::timestamptz
    GROUP BY 1`;
}

/** Referrals in and out per partner type, counted when they were recorded. */
function referralsPerPartnerType({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT r."direction"::text AS direction, p."type"::text AS type, COUNT(*)::int AS count
    FROM "Referral" r JOIN "Partner" p ON p."id" = r."partnerId"
    WHERE r."organisationId" = ${organisationId} AND r."createdAt" >= ${start}::timestamptz AND r."createdAt" < ${end}::timestamptz
    GROUP BY 1, 2`;
}

/**
 * Cases closed in the period per outcome (`outcome` null is the total), with how many of them were
 * solved without a referral and for how many that is known.
 */
function outcomesOfClosedCases({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT c."outcome"::text AS outcome, COUNT(*)::int AS count,
           COUNT(*) FILTER (WHERE c."solvedWithoutReferral")::int AS "solvedWithoutReferral",
           COUNT(c."solvedWithoutReferral")::int AS known
    FROM "Case" c
    WHERE c."organisationId" = ${organisationId} AND c."status" = 'CLOSED' AND c."closedAt" >= ${start}::timestamptz AND c."closedAt" < ${end}::timestamptz
    GROUP BY ROLLUP (c."outcome")`;
}

/**
 * The period's visits, read once and counted three ways: finished visits per kind and visits that
 * did not happen (`outcomes`); waiting at the desk from arrival to the start of the conversation, in
 * minutes, per kind of visit (`waits`, `kind` null: all visits), where a start before the arrival
 * is a registration slip and is left out; and finished visits per location (`locations`), so that
 * they add up to the contacts that are visits, with the location's name, for an archived location
 * too. A visit counts on its moment (a started visit at its start).
 */
export async function countVisitsInPeriod({ organisationId, start, end }: QueryScope, reader: CountReader = db) {
  const [row] = await reader.$queryRaw<
    [
      {
        outcomes: { kind: string; status: string; count: number }[];
        waits: { kind: string | null; observations: number; median: number | null; p90: number | null }[];
        locations: { slug: string; name: string; count: number }[];
      },
    ]
  >(keptPlan`
    WITH visit AS MATERIALIZED (
      SELECT v."kind", v."status", v."locationId",
             CASE WHEN v."arrivedAt" IS NOT NULL AND v."startedAt" >= v."arrivedAt"
                  THEN (EXTRACT(EPOCH FROM v."startedAt" - v."arrivedAt") / 60)::float8 END AS wait
      FROM "Visit" v
      WHERE v."organisationId" = ${organisationId}
        AND ${visitMoment} >= ${start}::timestamptz AND ${visitMoment} < ${end}::timestamptz
    )
    SELECT
      (SELECT COALESCE(jsonb_agg(o), '[]') FROM (
         SELECT kind::text, status::text, COUNT(*)::int AS count FROM visit
         WHERE status IN ('DONE', 'NO_SHOW', 'CANCELLED') GROUP BY kind, status) o) AS outcomes,
      (SELECT COALESCE(jsonb_agg(w), '[]') FROM (
         SELECT kind::text, COUNT(*)::int AS observations,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY wait) AS median,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY wait) AS p90
         FROM visit WHERE wait IS NOT NULL GROUP BY ROLLUP (kind)) w) AS waits,
      (SELECT COALESCE(jsonb_agg(l ORDER BY l.name, l.slug), '[]') FROM (
         SELECT l."slug", l."name", counted.count
         FROM (SELECT "locationId", COUNT(*)::int AS count FROM visit WHERE status = 'DONE' GROUP BY 1) counted
         JOIN "Location" l ON l."id" = counted."locationId") l) AS locations`);
  return row;
}

/**
 * The period's appointments (visits booked ahead, at their moment): per way they were booked
 * (`channels`: at the desk, online, through a partner's link), and for the appointments that were
 * held or missed, per whether a reminder mail went out, how many there were and how many clients
 * did not come (`reminders`). A cancelled appointment was neither: it is left out of that split.
 */
function appointmentsPerChannelAndReminder({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    WITH appointment AS MATERIALIZED (
      SELECT v."bookedVia"::text AS channel, v."status"::text AS status,
             EXISTS (SELECT 1 FROM "AppointmentReminder" r WHERE r."visitId" = v."id"
                       AND r."forStartsAt" = v."plannedStartsAt" AND r."status" = 'SENT') AS reminded
      FROM "Visit" v
      WHERE v."organisationId" = ${organisationId} AND v."kind" = 'APPOINTMENT'
        AND ${visitMoment} >= ${start}::timestamptz AND ${visitMoment} < ${end}::timestamptz
    )
    SELECT
      (SELECT COALESCE(jsonb_agg(c), '[]') FROM (
         SELECT channel, COUNT(*)::int AS count FROM appointment GROUP BY 1) c) AS channels,
      (SELECT COALESCE(jsonb_agg(r), '[]') FROM (
         SELECT reminded, COUNT(*)::int AS appointments, COUNT(*) FILTER (WHERE status = 'NO_SHOW')::int AS "noShows"
         FROM appointment WHERE status IN ('DONE', 'NO_SHOW') GROUP BY 1) r) AS reminders`;
}

/**
 * The waiting list in the period: clients put on it, per way (at the desk, online), and the freed
 * half hours offered to them, per answer: taken, declined, or no answer (the offer ran out, or is
 * still open when the period runs to today). Both by when it happened, not by the half hour's day.
 */
function waitingListPerChannelAndAnswer({ organisationId, start, end }: QueryScope): Prisma.Sql {
  return Prisma.sql`
    SELECT
      (SELECT COALESCE(jsonb_agg(e), '[]') FROM (
         SELECT "addedVia"::text AS channel, COUNT(*)::int AS count FROM "WaitingListEntry"
         WHERE "organisationId" = ${organisationId}
           AND "createdAt" >= ${start}::timestamptz AND "createdAt" < ${end}::timestamptz
         GROUP BY 1) e) AS entries,
      (SELECT COALESCE(jsonb_agg(o), '[]') FROM (
         SELECT CASE WHEN "takenAt" IS NOT NULL THEN 'TAKEN'
                     WHEN "declinedAt" IS NOT NULL THEN 'DECLINED'
                     ELSE 'NO_ANSWER' END AS answer,
                COUNT(*)::int AS count
         FROM "SlotOffer"
         WHERE "organisationId" = ${organisationId}
           AND "offeredAt" >= ${start}::timestamptz AND "offeredAt" < ${end}::timestamptz
         GROUP BY 1) o) AS offers`;
}

type SmallerFigures = {
  organisation: { name: string; slug: string; municipality: string };
  otherLegalDomains: { topId: string; count: number }[];
  otherParties: { kind: string | null; count: number }[];
  actions: { kind: string; count: number }[];
  referrals: { direction: "IN" | "OUT"; type: string; count: number }[];
  outcomes: { outcome: string | null; count: number; solvedWithoutReferral: number; known: number }[];
  appointments: {
    channels: { channel: string; count: number }[];
    reminders: { reminded: boolean; appointments: number; noShows: number }[];
  };
  waitingList: { entries: { channel: string; count: number }[]; offers: { answer: string; count: number }[] };
};

/**
 * The library's name and the period's smaller counts, each of a few rows, in one statement. Each
 * was a statement of its own, with a round trip and a plan: together about 2 of the monitoring
 * figures' 18 ms of SQL (bench, 150 × 3), for a few dozen numbers.
 */
export async function countSmallerFigures(scope: QueryScope, reader: CountReader = db): Promise<SmallerFigures> {
  const rows = (sql: Prisma.Sql) => Prisma.sql`(SELECT COALESCE(jsonb_agg(x), '[]') FROM (${sql}) x)`;
  const row = (sql: Prisma.Sql) => Prisma.sql`(SELECT to_jsonb(x) FROM (${sql}) x)`;
  const [figures] = await reader.$queryRaw<[SmallerFigures]>(keptPlan`
    SELECT
      (SELECT jsonb_build_object('name', o."name", 'slug', o."slug", 'municipality', o."municipality")
       FROM "Organisation" o WHERE o."id" = ${scope.organisationId}) AS organisation,
      ${rows(otherLegalDomainsPerTop(scope))} AS "otherLegalDomains",
      ${rows(otherPartiesPerKind(scope))} AS "otherParties",
      ${rows(actionsPerKind(scope))} AS actions,
      ${rows(referralsPerPartnerType(scope))} AS referrals,
      ${rows(outcomesOfClosedCases(scope))} AS outcomes,
      ${row(appointmentsPerChannelAndReminder(scope))} AS appointments,
      ${row(waitingListPerChannelAndAnswer(scope))} AS "waitingList"`);
  if (figures.organisation === null) throw new Error(`No organisation ${scope.organisationId}`);
  return figures;
}
