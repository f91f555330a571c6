-- The free half hours of a library's coming weeks (the desk's appointment form, the public booking
-- page) are asked by organisation and time. With no index on them, PostgreSQL read every library's
-- slots of those weeks through the advisors' index and kept one in 150: 14 ms on the scale data set.
CREATE INDEX "Slot_organisationId_startsAt_idx" ON "Slot"("organisationId", "startsAt");
