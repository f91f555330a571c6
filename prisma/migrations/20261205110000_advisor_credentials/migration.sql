-- CreateEnum
CREATE TYPE "CredentialKind" AS ENUM ('REGISTER', 'LIABILITY_INSURANCE', 'TRAINING');

-- CreateTable
CREATE TABLE "AdvisorCredential" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "CredentialKind" NOT NULL,
    "description" TEXT NOT NULL,
    "validUntil" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdvisorCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdvisorCredential_organisationId_validUntil_idx" ON "AdvisorCredential"("organisationId", "validUntil");

-- CreateIndex
CREATE INDEX "AdvisorCredential_userId_idx" ON "AdvisorCredential"("userId");

-- AddForeignKey
ALTER TABLE "AdvisorCredential" ADD CONSTRAINT "AdvisorCredential_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisorCredential" ADD CONSTRAINT "AdvisorCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
