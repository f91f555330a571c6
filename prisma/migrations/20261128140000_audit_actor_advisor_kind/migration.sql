-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorAdvisorKind" "AdvisorKind";
