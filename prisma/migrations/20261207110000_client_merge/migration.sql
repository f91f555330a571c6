-- A second record of one person merged into the first (lib/clients/merge-clients.ts).
-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "mergedAt" TIMESTAMPTZ(3),
ADD COLUMN     "mergedIntoId" TEXT;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Merged into another record, never into itself, and always with the moment it happened.
ALTER TABLE "Client" ADD CONSTRAINT "Client_merged_into_another" CHECK (
  ("mergedIntoId" IS NULL AND "mergedAt" IS NULL)
  OR ("mergedIntoId" IS NOT NULL AND "mergedAt" IS NOT NULL AND "mergedIntoId" <> "id")
);
