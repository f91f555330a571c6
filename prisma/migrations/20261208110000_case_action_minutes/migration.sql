-- AlterEnum
ALTER TYPE "CaseActionKind" ADD VALUE 'CALL_OTHER_PARTY';

-- AlterTable
ALTER TABLE "CaseAction" ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "minutes" INTEGER;

-- AlterTable
ALTER TABLE "TimeEntry" ADD COLUMN     "caseActionId" TEXT;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_caseActionId_fkey" FOREIGN KEY ("caseActionId") REFERENCES "CaseAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Actions written before this migration were written when they were performed.
UPDATE "CaseAction" SET "createdAt" = "performedAt";

-- An action takes some time, and no more than a day.
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_minutes_in_a_day" CHECK ("minutes" IS NULL OR ("minutes" > 0 AND "minutes" <= 1440));

-- The time of one action (its entry and corrections), found when the action changes.
CREATE INDEX "TimeEntry_caseActionId_idx" ON "TimeEntry"("caseActionId");
