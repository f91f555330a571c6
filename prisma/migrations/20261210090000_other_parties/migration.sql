-- CreateEnum
CREATE TYPE "OtherPartyKind" AS ENUM ('TAX_AUTHORITY', 'ALLOWANCES_SERVICE', 'UWV', 'SVB', 'CAK', 'CJIB', 'DUO', 'MUNICIPALITY', 'BAILIFF', 'HOUSING_CORPORATION', 'ENERGY_SUPPLIER', 'HEALTH_INSURER', 'CREDITOR', 'OTHER');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "otherPartyId" TEXT,
ADD COLUMN     "otherPartyName" TEXT;

-- CreateTable
CREATE TABLE "OtherParty" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OtherPartyKind" NOT NULL,
    "department" TEXT,
    "postalAddress" TEXT,
    "postcodeTown" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OtherParty_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OtherParty_organisationId_name_key" ON "OtherParty"("organisationId", "name");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_otherPartyId_fkey" FOREIGN KEY ("otherPartyId") REFERENCES "OtherParty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtherParty" ADD CONSTRAINT "OtherParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A dossier names its other party from the list or by a typed name, never both.
ALTER TABLE "Case" ADD CONSTRAINT "Case_other_party_one_way" CHECK ("otherPartyId" IS NULL OR "otherPartyName" IS NULL);
