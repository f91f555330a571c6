-- A closed dossier opened again keeps the closing it undid (lib/cases/reopen-case.ts).
-- CreateTable
CREATE TABLE "CaseReopening" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "closedAt" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "CaseOutcome" NOT NULL,
    "reopenedAt" TIMESTAMPTZ(3) NOT NULL,
    "reopenedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "CaseReopening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseReopening_organisationId_caseId_idx" ON "CaseReopening"("organisationId", "caseId");

-- AddForeignKey
ALTER TABLE "CaseReopening" ADD CONSTRAINT "CaseReopening_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReopening" ADD CONSTRAINT "CaseReopening_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReopening" ADD CONSTRAINT "CaseReopening_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

