-- A client's first contact, kept by triggers, as the counted domains are kept on a case and the
-- conversation minutes on a visit. The monitoring figures call a client of the period "returning"
-- when they had more than one contact up to its end; to tell, the contacts statement read every
-- contact of the library up to the end of the period (three years on the 150 × 3 data set) where
-- the period's own would do: one contact in the period and a first contact before it is two.
-- A contact is as lib/reports/monitoring-queries.ts defines it: a finished visit at its counted
-- moment, a quick contact no finished visit holds at its opening, a contact outside the hours at
-- the start of its Amsterdam day.
ALTER TABLE "Client" ADD COLUMN "firstContactAt" TIMESTAMPTZ(3);

-- The clients are locked first, in a statement of their own and in the order of their ids, so that
-- the first contact is read once every other writer of the same client's contacts has committed
-- (see "Case_recount_legal_domains"). A merge of two clients locks both before it moves anything,
-- so it waits here like any other writer.
CREATE FUNCTION "Client_recount_first_contact"(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Client" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "Client" k
  SET "firstContactAt" = counted."first"
  FROM (
    SELECT c."id", LEAST(
      (SELECT MIN(v."countedAt") FROM "Visit" v
       WHERE v."organisationId" = c."organisationId" AND v."clientId" = c."id" AND v."status" = 'DONE'),
      (SELECT MIN(q."openedAt") FROM "Case" q
       WHERE q."organisationId" = c."organisationId" AND q."clientId" = c."id" AND q."kind" = 'QUICK_CONTACT'
         AND NOT EXISTS (SELECT 1 FROM "Visit" d WHERE d."caseId" = q."id" AND d."status" = 'DONE')),
      (SELECT MIN(o."occurredOn"::timestamp AT TIME ZONE 'Europe/Amsterdam') FROM "Case" q
       JOIN "DossierContact" o ON o."caseId" = q."id"
       WHERE q."organisationId" = c."organisationId" AND q."clientId" = c."id")
    ) AS "first"
    FROM "Client" c WHERE c."id" = ANY(ids)
  ) counted
  WHERE k."id" = counted."id" AND k."firstContactAt" IS DISTINCT FROM counted."first";
END
$$;

-- A visit changes a first contact when it is finished or no longer is, moves in time or to another
-- client, or comes to hold a quick contact or lets it go (then that question's client too). Most
-- updates of a visit (the desk's steps, its kept minutes) change none of that and recount nothing.
CREATE FUNCTION "Visit_recount_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    ids := ARRAY(
      WITH moved AS (
        SELECT p."clientId" AS "before", c."clientId" AS "after", p."caseId" AS "caseBefore", c."caseId" AS "caseAfter"
        FROM previous p JOIN changed c ON c."id" = p."id"
        WHERE (p."status" = 'DONE' OR c."status" = 'DONE')
          AND (p."status" IS DISTINCT FROM c."status"
               OR p."countedAt" IS DISTINCT FROM c."countedAt"
               OR p."clientId" IS DISTINCT FROM c."clientId"
               OR p."caseId" IS DISTINCT FROM c."caseId")
      )
      SELECT "before" FROM moved UNION SELECT "after" FROM moved
      UNION SELECT q."clientId" FROM "Case" q WHERE q."id" IN (SELECT "caseBefore" FROM moved UNION SELECT "caseAfter" FROM moved));
  ELSE
    ids := ARRAY(
      SELECT "clientId" FROM changed WHERE "status" = 'DONE'
      UNION SELECT q."clientId" FROM "Case" q WHERE q."id" IN (SELECT "caseId" FROM changed WHERE "status" = 'DONE'));
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM "Client_recount_first_contact"(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Visit_recount_first_contact_insert" AFTER INSERT ON "Visit"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "Visit_recount_first_contact"();
CREATE TRIGGER "Visit_recount_first_contact_update" AFTER UPDATE ON "Visit"
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "Visit_recount_first_contact"();
CREATE TRIGGER "Visit_recount_first_contact_delete" AFTER DELETE ON "Visit"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "Visit_recount_first_contact"();

-- A question changes a first contact when it is opened, deleted, moved in time or to another client
-- (a merge), or becomes a quick contact or stops being one.
CREATE FUNCTION "Case_recount_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    ids := ARRAY(
      WITH moved AS (
        SELECT p."clientId" AS "before", c."clientId" AS "after"
        FROM previous p JOIN changed c ON c."id" = p."id"
        WHERE p."kind" IS DISTINCT FROM c."kind"
           OR p."openedAt" IS DISTINCT FROM c."openedAt"
           OR p."clientId" IS DISTINCT FROM c."clientId"
      )
      SELECT "before" FROM moved UNION SELECT "after" FROM moved);
  ELSE
    ids := ARRAY(SELECT DISTINCT "clientId" FROM changed);
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM "Client_recount_first_contact"(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Case_recount_first_contact_insert" AFTER INSERT ON "Case"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "Case_recount_first_contact"();
CREATE TRIGGER "Case_recount_first_contact_update" AFTER UPDATE ON "Case"
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "Case_recount_first_contact"();
CREATE TRIGGER "Case_recount_first_contact_delete" AFTER DELETE ON "Case"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "Case_recount_first_contact"();

-- A contact outside the hours belongs to its dossier's client. When the dossier itself is deleted,
-- its contacts go with it and the question's own trigger recounts the client.
CREATE FUNCTION "DossierContact_recount_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    ids := ARRAY(
      SELECT q."clientId" FROM "Case" q WHERE q."id" IN (
        SELECT p."caseId" FROM previous p JOIN changed c ON c."id" = p."id"
        WHERE p."occurredOn" IS DISTINCT FROM c."occurredOn" OR p."caseId" IS DISTINCT FROM c."caseId"
        UNION
        SELECT c."caseId" FROM previous p JOIN changed c ON c."id" = p."id"
        WHERE p."occurredOn" IS DISTINCT FROM c."occurredOn" OR p."caseId" IS DISTINCT FROM c."caseId"));
  ELSE
    ids := ARRAY(SELECT DISTINCT q."clientId" FROM "Case" q WHERE q."id" IN (SELECT "caseId" FROM changed));
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM "Client_recount_first_contact"(ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "DossierContact_recount_first_contact_insert" AFTER INSERT ON "DossierContact"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "DossierContact_recount_first_contact"();
CREATE TRIGGER "DossierContact_recount_first_contact_update" AFTER UPDATE ON "DossierContact"
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "DossierContact_recount_first_contact"();
CREATE TRIGGER "DossierContact_recount_first_contact_delete" AFTER DELETE ON "DossierContact"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "DossierContact_recount_first_contact"();

-- Every client with a contact gets a new row version here; the reports read clients by key, so no
-- index-only scan waits for vacuum, but `VACUUM (ANALYZE) "Client"` after a large backfill is
-- cheap (on the 150 × 3 data set, about 100,000 clients).
UPDATE "Client" k
SET "firstContactAt" = counted."first"
FROM (
  SELECT "clientId", MIN(at) AS "first" FROM (
    SELECT v."clientId", v."countedAt" AS at FROM "Visit" v WHERE v."status" = 'DONE'
    UNION ALL
    SELECT q."clientId", q."openedAt" FROM "Case" q
    WHERE q."kind" = 'QUICK_CONTACT' AND NOT EXISTS (SELECT 1 FROM "Visit" d WHERE d."caseId" = q."id" AND d."status" = 'DONE')
    UNION ALL
    SELECT q."clientId", o."occurredOn"::timestamp AT TIME ZONE 'Europe/Amsterdam' FROM "DossierContact" o JOIN "Case" q ON q."id" = o."caseId"
  ) contact
  GROUP BY 1
) counted
WHERE k."id" = counted."clientId";
