-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('PHONE', 'EMAIL', 'OFFICE', 'HOME_VISIT');

-- CreateTable
CREATE TABLE "DossierContact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT,
    "advisorId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DossierContact_organisationId_occurredOn_idx" ON "DossierContact"("organisationId", "occurredOn");

-- CreateIndex
CREATE INDEX "DossierContact_caseId_occurredOn_idx" ON "DossierContact"("caseId", "occurredOn");

-- AddForeignKey
ALTER TABLE "DossierContact" ADD CONSTRAINT "DossierContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierContact" ADD CONSTRAINT "DossierContact_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierContact" ADD CONSTRAINT "DossierContact_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A contact takes some time, and no more than a day.
ALTER TABLE "DossierContact" ADD CONSTRAINT "DossierContact_minutes_in_a_day" CHECK ("minutes" > 0 AND "minutes" <= 1440);
