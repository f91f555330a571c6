-- The waiting list (issue 18 item 4): clients waiting for a freed half hour at one location, and
-- the offers of a freed half hour to them, held while an offer is live. An offer link is stored
-- only as its hash.

-- AlterEnum
ALTER TYPE "ConsentPurpose" ADD VALUE 'WAITING_LIST';

-- CreateEnum
CREATE TYPE "WaitingListChannel" AS ENUM ('DESK', 'ONLINE');
CREATE TYPE "WaitingListClosure" AS ENUM ('BOOKED', 'WITHDRAWN', 'EXPIRED');

-- CreateTable
CREATE TABLE "WaitingListEntry" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "addedVia" "WaitingListChannel" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "until" DATE NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "closedReason" "WaitingListClosure",

    CONSTRAINT "WaitingListEntry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SlotOffer" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "tokenHash" TEXT,
    "offeredAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "mailedAt" TIMESTAMPTZ(3),
    "takenAt" TIMESTAMPTZ(3),
    "declinedAt" TIMESTAMPTZ(3),
    "visitId" TEXT,

    CONSTRAINT "SlotOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WaitingListEntry_organisationId_locationId_closedAt_created_idx" ON "WaitingListEntry"("organisationId", "locationId", "closedAt", "createdAt");
CREATE INDEX "WaitingListEntry_clientId_idx" ON "WaitingListEntry"("clientId");
CREATE UNIQUE INDEX "SlotOffer_tokenHash_key" ON "SlotOffer"("tokenHash");
CREATE UNIQUE INDEX "SlotOffer_visitId_key" ON "SlotOffer"("visitId");
CREATE INDEX "SlotOffer_slotId_expiresAt_idx" ON "SlotOffer"("slotId", "expiresAt");
CREATE INDEX "SlotOffer_entryId_idx" ON "SlotOffer"("entryId");
CREATE INDEX "SlotOffer_organisationId_idx" ON "SlotOffer"("organisationId");

-- AddForeignKey
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "WaitingListEntry" ADD CONSTRAINT "WaitingListEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WaitingListEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
