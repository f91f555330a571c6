-- CreateEnum
CREATE TYPE "LetterReviewStatus" AS ENUM ('AWAITING_REVIEW', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "LetterReviewStep" AS ENUM ('SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "reviewVolunteerLetters" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "LetterReview" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "LetterReviewStatus" NOT NULL DEFAULT 'AWAITING_REVIEW',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LetterReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterReviewEvent" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "step" "LetterReviewStep" NOT NULL,
    "comment" TEXT,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterReviewEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterReview_documentId_key" ON "LetterReview"("documentId");

-- CreateIndex
CREATE INDEX "LetterReview_organisationId_status_idx" ON "LetterReview"("organisationId", "status");

-- CreateIndex
CREATE INDEX "LetterReviewEvent_reviewId_at_idx" ON "LetterReviewEvent"("reviewId", "at");

-- AddForeignKey
ALTER TABLE "LetterReview" ADD CONSTRAINT "LetterReview_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReview" ADD CONSTRAINT "LetterReview_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReview" ADD CONSTRAINT "LetterReview_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReview" ADD CONSTRAINT "LetterReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReviewEvent" ADD CONSTRAINT "LetterReviewEvent_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "LetterReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReviewEvent" ADD CONSTRAINT "LetterReviewEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

