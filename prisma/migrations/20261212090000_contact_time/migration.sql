-- AlterTable
ALTER TABLE "TimeEntry" ADD COLUMN     "dossierContactId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "TimeEntry_dossierContactId_key" ON "TimeEntry"("dossierContactId");

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_dossierContactId_fkey" FOREIGN KEY ("dossierContactId") REFERENCES "DossierContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Contacts recorded before this column wrote their time in the same transaction: link each to
-- the one entry written with it, so the dossier stops showing that time twice.
UPDATE "TimeEntry" AS t
SET "dossierContactId" = m."contactId"
FROM (
  SELECT DISTINCT ON (c."id") c."id" AS "contactId", e."id" AS "entryId"
  FROM "DossierContact" c
  JOIN "TimeEntry" e
    ON e."caseId" = c."caseId"
   AND e."userId" = c."advisorId"
   AND e."workedOn" = c."occurredOn"
   AND e."minutes" = c."minutes"
   AND e."kind" = 'CONSULTATION'
   AND e."description" IS NULL
   AND e."caseActionId" IS NULL
   AND e."visitId" IS NULL
   AND e."aftercareTaskId" IS NULL
   AND e."createdAt" BETWEEN c."createdAt" - interval '5 seconds' AND c."createdAt" + interval '5 seconds'
  ORDER BY c."id", abs(extract(epoch FROM e."createdAt" - c."createdAt"))
) AS m
WHERE t."id" = m."entryId";
