-- A person may hold several roles (one who advises and coordinates, or hosts and coordinates).
ALTER TABLE "User" ADD COLUMN "roles" "Role"[];
UPDATE "User" SET "roles" = ARRAY["role"];
ALTER TABLE "User" ADD CONSTRAINT "User_roles_not_empty" CHECK ("roles" IS NOT NULL AND cardinality("roles") > 0);

DROP INDEX "User_organisationId_role_idx";
ALTER TABLE "User" DROP COLUMN "role";
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");
