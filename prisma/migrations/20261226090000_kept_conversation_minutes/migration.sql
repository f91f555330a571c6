-- The minutes written for a conversation (corrections included), kept on its visit by triggers on
-- the time entries, as the counted domains are kept on a case: the presence of the hours report
-- and the national format adds a conversation that ran past the session's end, and looked up the
-- minutes of each of a year's conversations to find its end (issue 21, fast counts).
ALTER TABLE "Visit" ADD COLUMN "conversationMinutes" INTEGER NOT NULL DEFAULT 0;

-- The visits are locked first, in a statement of their own, so that the sum is read once every
-- other writer of their minutes has committed (see "Case_recount_legal_domains"); in the order of
-- their ids, so that two writers cannot deadlock.
CREATE FUNCTION "Visit_recount_conversation_minutes"(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Visit" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "Visit" v
  SET "conversationMinutes" = counted."minutes"
  FROM (
    SELECT k."id",
           (SELECT COALESCE(SUM(t."minutes"), 0)::int FROM "TimeEntry" t
            WHERE t."visitId" = k."id" AND t."kind" = 'CONSULTATION') AS "minutes"
    FROM "Visit" k WHERE k."id" = ANY(ids)
  ) counted
  WHERE v."id" = counted."id" AND v."conversationMinutes" <> counted."minutes";
END
$$;

CREATE FUNCTION "TimeEntry_recount_conversation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    ids := ARRAY(SELECT "visitId" FROM changed WHERE "visitId" IS NOT NULL
                 UNION SELECT "visitId" FROM previous WHERE "visitId" IS NOT NULL);
  ELSE
    ids := ARRAY(SELECT DISTINCT "visitId" FROM changed WHERE "visitId" IS NOT NULL);
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM "Visit_recount_conversation_minutes"(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "TimeEntry_recount_conversation_insert" AFTER INSERT ON "TimeEntry"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "TimeEntry_recount_conversation"();
CREATE TRIGGER "TimeEntry_recount_conversation_update" AFTER UPDATE ON "TimeEntry"
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "TimeEntry_recount_conversation"();
CREATE TRIGGER "TimeEntry_recount_conversation_delete" AFTER DELETE ON "TimeEntry"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "TimeEntry_recount_conversation"();

-- Every visit with minutes gets a new row version here, which leaves the reports' index-only scans
-- of "Visit" reading the table until (auto)vacuum has run: on the scale data (770,000 visits) the
-- contacts statement took twice as long until `VACUUM (ANALYZE) "Visit"`, which took a second.
UPDATE "Visit" v
SET "conversationMinutes" = counted."minutes"
FROM (
  SELECT "visitId", SUM("minutes")::int AS "minutes" FROM "TimeEntry"
  WHERE "visitId" IS NOT NULL AND "kind" = 'CONSULTATION' GROUP BY 1
) counted
WHERE v."id" = counted."visitId" AND counted."minutes" <> 0;
