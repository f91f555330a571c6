-- A session is held once it has ended and was not cancelled: the stored "HELD" goes (nothing in
-- the app ever set it; only the demo data did), and its sessions are plain planned ones again.
UPDATE "Session" SET "status" = 'PLANNED' WHERE "status" = 'HELD';

BEGIN;
CREATE TYPE "SessionStatus_new" AS ENUM ('PLANNED', 'CANCELLED');
ALTER TABLE "public"."Session" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Session" ALTER COLUMN "status" TYPE "SessionStatus_new" USING ("status"::text::"SessionStatus_new");
ALTER TYPE "SessionStatus" RENAME TO "SessionStatus_old";
ALTER TYPE "SessionStatus_new" RENAME TO "SessionStatus";
DROP TYPE "public"."SessionStatus_old";
ALTER TABLE "Session" ALTER COLUMN "status" SET DEFAULT 'PLANNED';
COMMIT;

-- A plan applies from the week it starts. A library's plan set before this change held for every
-- week so far, and keeps doing so: it starts on the Monday of the first ISO week of 2000.
DROP INDEX "HoursPlan_organisationId_role_kind_key";
ALTER TABLE "HoursPlan" ADD COLUMN "validFrom" DATE NOT NULL DEFAULT DATE '2000-01-03';
ALTER TABLE "HoursPlan" ALTER COLUMN "validFrom" DROP DEFAULT;
CREATE UNIQUE INDEX "HoursPlan_organisationId_role_kind_validFrom_key" ON "HoursPlan"("organisationId", "role", "kind", "validFrom");
