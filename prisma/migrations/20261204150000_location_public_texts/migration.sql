-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "accessibility" TEXT,
ADD COLUMN     "bringAlso" TEXT,
ADD COLUMN     "publicTexts" JSONB NOT NULL DEFAULT '{}';
