-- Referral in by partners (issue 18 item 5): a partner's personal link, stored only as its hash,
-- and on an incoming referral the worker who referred (for the feedback mail) and the link used.

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "partnerLinkId" TEXT,
ADD COLUMN     "referrerEmail" TEXT,
ADD COLUMN     "referrerName" TEXT;

-- CreateTable
CREATE TABLE "PartnerLink" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" TEXT,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PartnerLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerLink_tokenHash_key" ON "PartnerLink"("tokenHash");
CREATE INDEX "PartnerLink_organisationId_partnerId_idx" ON "PartnerLink"("organisationId", "partnerId");
CREATE INDEX "PartnerLink_locationId_idx" ON "PartnerLink"("locationId");
CREATE INDEX "Referral_partnerLinkId_idx" ON "Referral"("partnerLinkId");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_partnerLinkId_fkey" FOREIGN KEY ("partnerLinkId") REFERENCES "PartnerLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PartnerLink" ADD CONSTRAINT "PartnerLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PartnerLink" ADD CONSTRAINT "PartnerLink_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PartnerLink" ADD CONSTRAINT "PartnerLink_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PartnerLink" ADD CONSTRAINT "PartnerLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PartnerLink" ADD CONSTRAINT "PartnerLink_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
