-- The coordinator's list: a leaving advisor's open dossiers can wait there, without an advisor,
-- until the coordinator gives each to a colleague; their aftercare tasks wait with them.
ALTER TABLE "Case" ALTER COLUMN "responsibleAdvisorId" DROP NOT NULL;
ALTER TABLE "Case" ADD CONSTRAINT "Case_closed_has_advisor" CHECK ("responsibleAdvisorId" IS NOT NULL OR "status" <> 'CLOSED');

ALTER TABLE "AftercareTask" ALTER COLUMN "assigneeId" DROP NOT NULL;
ALTER TABLE "AftercareTask" ADD CONSTRAINT "AftercareTask_unassigned_waits_with_its_dossier" CHECK ("assigneeId" IS NOT NULL OR "caseId" IS NOT NULL);
