-- A client's first contact, kept by the database, as the counted domains are kept on a case and the
-- conversation minutes on a visit. The monitoring figures call a client of the period "returning"
-- when they had more than one contact up to its end; to tell, the contacts statement read every
-- contact of the library up to the end of the period (three years on the 150 × 3 data set) where
-- the period's own would do: one contact in the period and a first contact before it is two.
-- A contact is as lib/reports/monitoring-queries.ts defines it: a finished visit at its counted
-- moment, a quick contact no finished visit holds at its opening, a contact outside the hours at
-- the start of its Amsterdam day. A client without any has no row.
--
-- Kept in a table of its own, without a foreign key, and recounted when the writing transaction
-- commits, so that keeping it never waits for a lock another use case may hold: a merge or an
-- erasure locks the client first and then moves or changes its visits and questions, while the
-- desk changes a visit first. Recounting at once, on the client's row, deadlocked the two
-- (a review found it). At commit a transaction has done all its other writes; the recount then
-- takes a lock of its own per client (an advisory one, in the order of the ids), so that it reads
-- the client's contacts once every other transaction that changed them has committed.
CREATE TABLE "ClientFirstContact" (
    "clientId" TEXT NOT NULL,
    "firstContactAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClientFirstContact_pkey" PRIMARY KEY ("clientId")
);

-- `ids` are clients; `case_ids` questions whose client counts, looked up again after each lock: a
-- merge may move a question to another client and commit while this one waits, and the client it
-- moved to must be recounted too (a second review found that race for a contact outside the hours).
CREATE FUNCTION "Client_recount_first_contact"(ids TEXT[], case_ids TEXT[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  locked TEXT[] := '{}';
  wanted TEXT[];
BEGIN
  LOOP
    wanted := ARRAY(
      SELECT DISTINCT id FROM unnest(ids || ARRAY(SELECT q."clientId" FROM "Case" q WHERE q."id" = ANY(case_ids))) AS id
      WHERE id IS NOT NULL AND NOT id = ANY(locked) ORDER BY id);
    EXIT WHEN cardinality(wanted) = 0;
    PERFORM pg_advisory_xact_lock(hashtextextended('ClientFirstContact ' || id, 0))
    FROM unnest(wanted) AS id ORDER BY id;
    locked := locked || wanted;
  END LOOP;
  ids := locked;
  WITH counted AS (
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
  ),
  gone AS (
    DELETE FROM "ClientFirstContact" f
    WHERE f."clientId" = ANY(ids) AND NOT EXISTS (SELECT 1 FROM counted WHERE counted."id" = f."clientId" AND counted."first" IS NOT NULL)
  )
  INSERT INTO "ClientFirstContact" ("clientId", "firstContactAt")
  SELECT "id", "first" FROM counted WHERE "first" IS NOT NULL
  ON CONFLICT ("clientId") DO UPDATE SET "firstContactAt" = EXCLUDED."firstContactAt"
  WHERE "ClientFirstContact"."firstContactAt" IS DISTINCT FROM EXCLUDED."firstContactAt";
END
$$;

-- Row triggers, as a trigger deferred to the commit must be; each recounts the clients its row
-- touches. Only the changes that can move a first contact fire them (the WHEN clauses): most
-- updates of a visit (the desk's steps, its kept minutes) and of a question do not.
CREATE FUNCTION "Visit_recount_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A visit counts for its client; holding a quick contact or letting it go, for the question's.
  PERFORM "Client_recount_first_contact"(
    ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."clientId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."clientId" END],
    ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."caseId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."caseId" END]);
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Visit_recount_first_contact_insert" AFTER INSERT ON "Visit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."status" = 'DONE')
  EXECUTE FUNCTION "Visit_recount_first_contact"();
CREATE CONSTRAINT TRIGGER "Visit_recount_first_contact_update" AFTER UPDATE ON "Visit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."status" = 'DONE' OR NEW."status" = 'DONE')
        AND (OLD."status" IS DISTINCT FROM NEW."status"
             OR OLD."countedAt" IS DISTINCT FROM NEW."countedAt"
             OR OLD."clientId" IS DISTINCT FROM NEW."clientId"
             OR OLD."caseId" IS DISTINCT FROM NEW."caseId"))
  EXECUTE FUNCTION "Visit_recount_first_contact"();
CREATE CONSTRAINT TRIGGER "Visit_recount_first_contact_delete" AFTER DELETE ON "Visit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD."status" = 'DONE')
  EXECUTE FUNCTION "Visit_recount_first_contact"();

CREATE FUNCTION "Case_recount_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "Client_recount_first_contact"(
    ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."clientId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."clientId" END]);
  RETURN NULL;
END
$$;

-- A quick contact counts by itself; a dossier through its contacts outside the hours, which
-- move with it to another client (a merge) and go with it when it is deleted.
CREATE CONSTRAINT TRIGGER "Case_recount_first_contact_insert" AFTER INSERT ON "Case"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."kind" = 'QUICK_CONTACT')
  EXECUTE FUNCTION "Case_recount_first_contact"();
CREATE CONSTRAINT TRIGGER "Case_recount_first_contact_update" AFTER UPDATE ON "Case"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."kind" IS DISTINCT FROM NEW."kind"
        OR OLD."clientId" IS DISTINCT FROM NEW."clientId"
        OR (NEW."kind" = 'QUICK_CONTACT' AND OLD."openedAt" IS DISTINCT FROM NEW."openedAt"))
  EXECUTE FUNCTION "Case_recount_first_contact"();
CREATE CONSTRAINT TRIGGER "Case_recount_first_contact_delete" AFTER DELETE ON "Case"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "Case_recount_first_contact"();

-- A contact outside the hours belongs to its dossier's client. When the dossier itself is deleted,
-- its contacts go with it and the question's own trigger recounts the client.
CREATE FUNCTION "DossierContact_recount_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "Client_recount_first_contact"(
    '{}',
    ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."caseId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."caseId" END]);
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "DossierContact_recount_first_contact_insert" AFTER INSERT ON "DossierContact"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "DossierContact_recount_first_contact"();
CREATE CONSTRAINT TRIGGER "DossierContact_recount_first_contact_update" AFTER UPDATE ON "DossierContact"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD."occurredOn" IS DISTINCT FROM NEW."occurredOn" OR OLD."caseId" IS DISTINCT FROM NEW."caseId")
  EXECUTE FUNCTION "DossierContact_recount_first_contact"();
CREATE CONSTRAINT TRIGGER "DossierContact_recount_first_contact_delete" AFTER DELETE ON "DossierContact"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "DossierContact_recount_first_contact"();

-- A client that is deleted takes its row along (there is no foreign key to do it).
CREATE FUNCTION "Client_forget_first_contact"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ClientFirstContact" WHERE "clientId" = OLD."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Client_forget_first_contact" AFTER DELETE ON "Client"
  FOR EACH ROW EXECUTE FUNCTION "Client_forget_first_contact"();

-- The contacts of every client, as the recount counts them; within one organisation, as the
-- reports count per organisation.
INSERT INTO "ClientFirstContact" ("clientId", "firstContactAt")
SELECT "clientId", MIN(at) FROM (
  SELECT v."clientId", v."countedAt" AS at
  FROM "Visit" v JOIN "Client" c ON c."id" = v."clientId" AND c."organisationId" = v."organisationId"
  WHERE v."status" = 'DONE'
  UNION ALL
  SELECT q."clientId", q."openedAt"
  FROM "Case" q JOIN "Client" c ON c."id" = q."clientId" AND c."organisationId" = q."organisationId"
  WHERE q."kind" = 'QUICK_CONTACT' AND NOT EXISTS (SELECT 1 FROM "Visit" d WHERE d."caseId" = q."id" AND d."status" = 'DONE')
  UNION ALL
  SELECT q."clientId", o."occurredOn"::timestamp AT TIME ZONE 'Europe/Amsterdam'
  FROM "DossierContact" o JOIN "Case" q ON q."id" = o."caseId"
  JOIN "Client" c ON c."id" = q."clientId" AND c."organisationId" = q."organisationId"
) contact
GROUP BY 1;
