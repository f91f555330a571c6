// Spreekuur hours are presence, as the guide plans them ("6 uur spreekuur"): an advisor staffed on
// a held session gets its length, visitors or not, and a conversation running past the end adds
// its extra minutes. Contacts with a client outside the hours and time written by hand are
// spreekuur of their own. Conversation minutes lie within the presence: they add nothing, and show
// how much of it went to clients. The weekly report and "my hours" both count here, so a person's
// own week and the coordinator's report cannot disagree.
import { TIME_ZONE } from "@/lib/dates";
import { amsterdamMoment } from "@/lib/dates";
import { db } from "@/lib/db";
import { keptPlan } from "@/lib/kept-plan";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimeKind } from "@/lib/generated/prisma/enums";
import { mulDivHalfUp } from "@/lib/money";

export type SpreekuurMinutes = {
  /** Staffed at a held session: its length, from the advisor's first half hour in it. */
  presence: number;
  /** A conversation that ran past the end of the session. */
  overtime: number;
  /** Contacts with a dossier's client outside the hours (phone, e-mail, office). */
  outsideHours: number;
  /** Written by hand: own hours or time on a dossier, not from a conversation or a contact. */
  byHand: number;
  /** In conversation with clients at held sessions: part of the presence, not added to it. */
  inConversation: number;
};

/** In the order reports show them: what makes up the spreekuur hours, then the conversations within. */
export const SPREEKUUR_PARTS = ["presence", "overtime", "outsideHours", "byHand", "inConversation"] as const;

export const noSpreekuur = (): SpreekuurMinutes => ({
  presence: 0,
  overtime: 0,
  outsideHours: 0,
  byHand: 0,
  inConversation: 0,
});

/** The spreekuur hours: every part but the conversations, which lie within the presence. */
export const spreekuurHours = (parts: SpreekuurMinutes) =>
  parts.presence + parts.overtime + parts.outsideHours + parts.byHand;

/** Minutes in conversation per minute at the hour (overtime included), in whole per cent; null when never there. */
export function utilisationPercent(parts: SpreekuurMinutes): number | null {
  const present = parts.presence + parts.overtime;
  return present > 0 ? mulDivHalfUp(parts.inConversation, 100, present) : null;
}

type Filter = { userId?: string; locationId?: string };

type WrittenPart = Exclude<keyof SpreekuurMinutes, "presence" | "overtime"> | "pending";
type WrittenRow = { kind: TimeKind; part: WrittenPart; minutes: number };
type PresenceRow = { presence: number; overtime: number };
type PerDay = { day: string; userId: string };

/**
 * What was written, per Amsterdam day (yyyy-MM-dd), person and kind, and for consultation where it
 * comes from: "pending" is a conversation at a session that has not ended yet (it counts once the
 * session has). A correction is an entry of its own with signed minutes on the day of the entry it
 * corrects, so plain sums count it; it counts as what it corrects.
 *
 * Entries carry no location. With one, an entry counts there when it belongs to a conversation at
 * that location: the conversation itself, and aftercare written on a task that came out of it.
 */
export function writtenPerDay(
  organisationId: string,
  firstDay: string,
  endDay: string,
  now: Date,
  filter: Filter = {},
): Promise<(WrittenRow & PerDay)[]> {
  return written(organisationId, firstDay, endDay, now, filter, true);
}

/**
 * The same as writtenPerDay, added up over the whole period: a few rows where a year per day and
 * person is about a thousand, each of which the database sends and this process reads.
 */
export function writtenInPeriod(
  organisationId: string,
  firstDay: string,
  endDay: string,
  now: Date,
): Promise<WrittenRow[]> {
  return written(organisationId, firstDay, endDay, now, {}, false);
}

function written(organisationId: string, firstDay: string, endDay: string, now: Date, filter: Filter, perDay: boolean) {
  const ofUser = filter.userId ? Prisma.sql`AND t."userId" = ${filter.userId}` : Prisma.empty;
  // Two lookups by key, not one through COALESCE: that one read the library's visits for every
  // entry, over a second for a year at one location (the scale data set).
  const atLocation = filter.locationId
    ? Prisma.sql`AND (
        EXISTS (
          SELECT 1 FROM "Visit" v
          WHERE v."id" = t."visitId" AND v."organisationId" = ${organisationId} AND v."locationId" = ${filter.locationId})
        OR (t."visitId" IS NULL AND EXISTS (
          SELECT 1 FROM "AftercareTask" a JOIN "Visit" v ON v."id" = a."visitId"
          WHERE a."id" = t."aftercareTaskId" AND v."organisationId" = ${organisationId} AND v."locationId" = ${filter.locationId})))`
    : Prisma.empty;
  // The visits whose session is not held (cancelled, not ended yet, or gone) are few, so they are
  // read once and looked up per entry: a join per entry to its visit and session let the planner
  // hash every visit and session in the country (EXPLAIN on the scale data set). The same holds
  // for the entry a correction corrects, read per correction by its key. Grouped by the day's date,
  // not its text, the entries come grouped in the index's order: sorting a year's entries by text
  // took a third of the statement.
  const dayAndPerson = perDay
    ? Prisma.sql`to_char(t."workedOn", 'YYYY-MM-DD') AS "day", t."userId" AS "userId",`
    : Prisma.empty;
  // The part by its place in the list: by its name, a column "part" added to TimeEntry one day
  // would silently win over it.
  const groupBy = perDay ? Prisma.sql`t."workedOn", t."userId", t."kind", 4` : Prisma.sql`t."kind", 2`;
  return db.$queryRaw<(WrittenRow & PerDay)[]>(keptPlan`
    WITH not_held AS (
      SELECT v."id" FROM "Visit" v
      WHERE v."organisationId" = ${organisationId} AND v."sessionId" IS NULL
      UNION ALL
      SELECT v."id" FROM "Session" s JOIN "Visit" v ON v."organisationId" = s."organisationId" AND v."sessionId" = s."id"
      WHERE s."organisationId" = ${organisationId} AND (s."status" <> 'PLANNED' OR s."endsAt" > ${now})
    )
    SELECT ${dayAndPerson} t."kind"::text AS "kind",
           CASE
             WHEN t."kind" <> 'CONSULTATION' THEN 'byHand'
             WHEN t."visitId" IS NOT NULL THEN
               CASE WHEN t."visitId" IN (SELECT "id" FROM not_held) THEN 'pending' ELSE 'inConversation' END
             WHEN COALESCE(t."dossierContactId", (SELECT o."dossierContactId" FROM "TimeEntry" o WHERE o."id" = t."correctsId")) IS NOT NULL
               THEN 'outsideHours'
             ELSE 'byHand'
           END AS "part",
           SUM(t."minutes")::int AS "minutes"
    FROM "TimeEntry" t
    WHERE t."organisationId" = ${organisationId}
      AND t."workedOn" >= ${firstDay}::date AND t."workedOn" < ${endDay}::date
      ${ofUser} ${atLocation}
    GROUP BY ${groupBy}`);
}

/**
 * Presence per Amsterdam day and advisor: for each held session (ended by `now`, not cancelled)
 * every advisor on its staff, a stand-in instead of the one replaced, from their first half hour in
 * it (an advisor who joined a running session came later) to its end; and the minutes their last
 * conversation there ran past the end, by the minutes written for it (corrections included, kept
 * on the visit by the database: Visit.conversationMinutes), so a conversation closed at the desk
 * the next morning and put right counts what was put right.
 */
export function presencePerDay(
  organisationId: string,
  firstDay: string,
  endDay: string,
  now: Date,
  filter: Filter = {},
): Promise<(PresenceRow & PerDay)[]> {
  return presence(organisationId, firstDay, endDay, now, filter, true);
}

/** The same as presencePerDay, added up over the whole period and everyone: one row. */
export function presenceInPeriod(
  organisationId: string,
  firstDay: string,
  endDay: string,
  now: Date,
): Promise<PresenceRow[]> {
  return presence(organisationId, firstDay, endDay, now, {}, false);
}

function presence(
  organisationId: string,
  firstDay: string,
  endDay: string,
  now: Date,
  filter: Filter,
  perDay: boolean,
) {
  const ofUser = filter.userId ? Prisma.sql`AND ss."advisorId" = ${filter.userId}` : Prisma.empty;
  const atLocation = filter.locationId ? Prisma.sql`AND s."locationId" = ${filter.locationId}` : Prisma.empty;
  // The held sessions are read once, and their conversations per session by the library's index:
  // per advisor on the staff, the planner scanned the whole visit index for every row, and hashed
  // every library's staff rows (EXPLAIN on the scale data set). Only a conversation that ran past
  // the end can add overtime, so only those few look up their half hour's advisor: looking it up
  // for each of a year's thousand conversations was half of this statement.
  const dayAndPerson = perDay
    ? Prisma.sql`to_char(s."startsAt" AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM-DD') AS "day", ss."advisorId" AS "userId",`
    : Prisma.empty;
  const groupBy = perDay ? Prisma.sql`GROUP BY 1, 2` : Prisma.empty;
  return db.$queryRaw<(PresenceRow & PerDay)[]>(keptPlan`
    WITH held AS MATERIALIZED (
      SELECT s."id", s."startsAt", s."endsAt" FROM "Session" s
      WHERE s."organisationId" = ${organisationId}
        AND s."status" = 'PLANNED' AND s."endsAt" <= ${now}
        AND s."startsAt" >= ${amsterdamMoment(firstDay, 0)} AND s."startsAt" < ${amsterdamMoment(endDay, 0)}
        ${atLocation}
    ),
    last AS (
      SELECT v."sessionId", sl."advisorId",
             MAX(v."startedAt" + interval '1 minute' * v."conversationMinutes") AS "endedAt"
      FROM held h
      JOIN "Visit" v ON v."organisationId" = ${organisationId} AND v."sessionId" = h."id"
      JOIN "Slot" sl ON sl."id" = v."slotId"
      WHERE v."startedAt" + interval '1 minute' * v."conversationMinutes" > h."endsAt"
      GROUP BY 1, 2
    )
    SELECT ${dayAndPerson}
           COALESCE(SUM(ROUND(EXTRACT(EPOCH FROM s."endsAt" - GREATEST(s."startsAt", COALESCE(first."startsAt", s."startsAt"))) / 60)), 0)::int AS "presence",
           COALESCE(SUM(GREATEST(0, CEIL(EXTRACT(EPOCH FROM COALESCE(last."endedAt", s."endsAt") - s."endsAt") / 60))), 0)::int AS "overtime"
    FROM held s
    JOIN "SessionStaff" ss ON ss."sessionId" = s."id"
    LEFT JOIN last ON last."sessionId" = s."id" AND last."advisorId" = ss."advisorId"
    CROSS JOIN LATERAL (
      SELECT MIN(sl."startsAt") AS "startsAt" FROM "Slot" sl WHERE sl."sessionId" = s."id" AND sl."advisorId" = ss."advisorId"
    ) first
    WHERE TRUE ${ofUser}
    ${groupBy}`);
}

/** A tally of minutes per kind and spreekuur part, filled from the rows above. */
export function tallySpreekuur(
  into: { minutes: Record<TimeKind, number>; spreekuur: SpreekuurMinutes },
  row: WrittenRow | PresenceRow,
) {
  if ("presence" in row) {
    into.minutes.CONSULTATION += row.presence + row.overtime;
    into.spreekuur.presence += row.presence;
    into.spreekuur.overtime += row.overtime;
  } else if (row.kind !== "CONSULTATION") {
    into.minutes[row.kind] += row.minutes;
  } else if (row.part === "inConversation") {
    into.spreekuur.inConversation += row.minutes;
  } else if (row.part !== "pending") {
    into.minutes.CONSULTATION += row.minutes;
    into.spreekuur[row.part] += row.minutes;
  }
}
