-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "postcode" TEXT;
