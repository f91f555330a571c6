-- The retention period is what the admin can choose on Beheer > Privacy (lib/privacy/schema.ts):
-- shorter than six months would erase files still being worked on, longer than ten years is no
-- longer "no longer than needed".
ALTER TABLE "Organisation"
  ADD CONSTRAINT "Organisation_retention_months" CHECK ("retentionMonths" BETWEEN 6 AND 120);
