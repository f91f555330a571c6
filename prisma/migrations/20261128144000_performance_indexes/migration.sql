-- Indexes chosen from EXPLAIN ANALYZE of the real queries on the national scale data set
-- (docs/performance.md): both turned a sequential scan of a national table, run on every view of
-- a dossier, into an index lookup.

-- CreateIndex
CREATE INDEX "TimeEntry_aftercareTaskId_idx" ON "TimeEntry"("aftercareTaskId");

-- CreateIndex
CREATE INDEX "Referral_visitId_idx" ON "Referral"("visitId");
