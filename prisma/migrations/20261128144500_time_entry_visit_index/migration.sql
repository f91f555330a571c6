-- The time written on a dossier's visits (lib/costs/inputs.ts, on every dossier view): found by
-- visit instead of by scanning every time entry without a case (EXPLAIN on the scale data set).

-- CreateIndex
CREATE INDEX "TimeEntry_visitId_idx" ON "TimeEntry"("visitId");
