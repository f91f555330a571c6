-- CreateTable
CREATE TABLE "CaseHandover" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "fromAdvisorId" TEXT,
    "toAdvisorId" TEXT NOT NULL,
    "handedOverById" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "handedOverAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseHandover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseHandover_caseId_handedOverAt_idx" ON "CaseHandover"("caseId", "handedOverAt");

-- AddForeignKey
ALTER TABLE "CaseHandover" ADD CONSTRAINT "CaseHandover_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandover" ADD CONSTRAINT "CaseHandover_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandover" ADD CONSTRAINT "CaseHandover_fromAdvisorId_fkey" FOREIGN KEY ("fromAdvisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandover" ADD CONSTRAINT "CaseHandover_toAdvisorId_fkey" FOREIGN KEY ("toAdvisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandover" ADD CONSTRAINT "CaseHandover_handedOverById_fkey" FOREIGN KEY ("handedOverById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

