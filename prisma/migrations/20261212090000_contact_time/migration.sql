-- AlterTable
ALTER TABLE "TimeEntry" ADD COLUMN     "dossierContactId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "TimeEntry_dossierContactId_key" ON "TimeEntry"("dossierContactId");

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_dossierContactId_fkey" FOREIGN KEY ("dossierContactId") REFERENCES "DossierContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Contacts recorded before this column wrote their time in the same transaction: link each to
-- the entry written with it, so the dossier stops showing that time twice. Contacts and entries
-- alike are numbered within (case, advisor, day, minutes) by when they were written, and the
-- n-th contact takes the n-th entry, if that was written within seconds of it: one entry per
-- contact, also when a contact was recorded twice.
WITH contact AS (
  SELECT c."id", c."createdAt",
         row_number() OVER (PARTITION BY c."caseId", c."advisorId", c."occurredOn", c."minutes" ORDER BY c."createdAt", c."id") AS n,
         c."caseId", c."advisorId", c."occurredOn", c."minutes"
  FROM "DossierContact" c
), entry AS (
  SELECT e."id", e."createdAt",
         row_number() OVER (PARTITION BY e."caseId", e."userId", e."workedOn", e."minutes" ORDER BY e."createdAt", e."id") AS n,
         e."caseId", e."userId", e."workedOn", e."minutes"
  FROM "TimeEntry" e
  WHERE e."kind" = 'CONSULTATION'
    AND e."caseId" IS NOT NULL
    AND e."description" IS NULL
    AND e."caseActionId" IS NULL
    AND e."visitId" IS NULL
    AND e."aftercareTaskId" IS NULL
    AND e."correctsId" IS NULL
)
UPDATE "TimeEntry" AS t
SET "dossierContactId" = contact."id"
FROM contact
JOIN entry
  ON entry."caseId" = contact."caseId"
 AND entry."userId" = contact."advisorId"
 AND entry."workedOn" = contact."occurredOn"
 AND entry."minutes" = contact."minutes"
 AND entry.n = contact.n
 AND entry."createdAt" BETWEEN contact."createdAt" - interval '5 seconds' AND contact."createdAt" + interval '5 seconds'
WHERE t."id" = entry."id";
