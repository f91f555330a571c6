-- A partnership's admin lets a programme or funder read its aggregated figures (issue 21 item 6).
-- CreateTable
CREATE TABLE "ProgrammeGrant" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgrammeGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeGrant_programmeId_idx" ON "ProgrammeGrant"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeGrant_organisationId_programmeId_key" ON "ProgrammeGrant"("organisationId", "programmeId");

-- AddForeignKey
ALTER TABLE "ProgrammeGrant" ADD CONSTRAINT "ProgrammeGrant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeGrant" ADD CONSTRAINT "ProgrammeGrant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeGrant" ADD CONSTRAINT "ProgrammeGrant_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

