-- Rate limits of the public forms (issue 18): each submission of the online booking form, counted
-- per network address and per phone number or e-mail address, as a keyed hash, kept one day.

-- CreateTable
CREATE TABLE "PublicFormAttempt" (
    "id" BIGSERIAL NOT NULL,
    "form" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "attemptedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicFormAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicFormAttempt_form_key_attemptedAt_idx" ON "PublicFormAttempt"("form", "key", "attemptedAt");

-- CreateIndex
CREATE INDEX "PublicFormAttempt_attemptedAt_idx" ON "PublicFormAttempt"("attemptedAt");
