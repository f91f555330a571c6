-- CreateEnum
CREATE TYPE "SignalTheme" AS ENUM ('LETTER_UNCLEAR', 'UNREACHABLE', 'WRONG_OR_LATE_DECISION', 'HARSH_RULE', 'BENEFIT_NOT_TAKEN_UP', 'REPAYMENT_OR_COLLECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "SignalStatus" AS ENUM ('NEW', 'RAISED', 'ANSWERED', 'RESOLVED', 'CLOSED');

-- CreateTable
CREATE TABLE "Signal" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "otherPartyId" TEXT NOT NULL,
    "theme" "SignalTheme" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "SignalStatus" NOT NULL DEFAULT 'NEW',
    "raisedWith" TEXT,
    "raisedOn" DATE,
    "answer" TEXT,
    "answeredOn" DATE,
    "mergedIntoId" TEXT,
    "raisedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Signal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalDossier" (
    "signalId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignalDossier_pkey" PRIMARY KEY ("signalId","caseId")
);

-- CreateIndex
CREATE INDEX "Signal_organisationId_otherPartyId_idx" ON "Signal"("organisationId", "otherPartyId");

-- CreateIndex
CREATE INDEX "SignalDossier_caseId_idx" ON "SignalDossier"("caseId");

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_otherPartyId_fkey" FOREIGN KEY ("otherPartyId") REFERENCES "OtherParty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Signal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalDossier" ADD CONSTRAINT "SignalDossier_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalDossier" ADD CONSTRAINT "SignalDossier_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalDossier" ADD CONSTRAINT "SignalDossier_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

